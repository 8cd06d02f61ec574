package token

import (
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/token/bindings"
)

// revertDecoder knows the custom errors of all three contracts (a call may bubble up another
// contract's error: the registry calls the budget ledger, the token calls the registry).
var revertDecoder = sync.OnceValue(func() *ErrorDecoder {
	d, err := NewErrorDecoder(bindings.StudyRegistryMetaData.ABI, bindings.RewardTokenMetaData.ABI,
		bindings.PrivacyBudgetLedgerMetaData.ABI)
	if err != nil {
		panic(err) // generated ABIs always parse
	}
	return d
})

// domainError maps a revert to the marketplace error a client sees, with a message that names
// the cause. Arguments that are addresses are pseudonymous; nothing personal is ever on chain.
func domainError(op string, err error) error {
	name, args, ok := revertDecoder().DecodeError(err)
	if !ok {
		return fmt.Errorf("token.%s: %w", op, err)
	}
	if mapped := revertError(name, args); mapped != nil {
		return mapped
	}
	return fmt.Errorf("token.%s: %s%v: %w", op, name, args, err)
}

// revertError maps a decoded custom error to a marketplace error, or returns nil for an error
// it does not know.
func revertError(name string, args []any) error {
	arg := func(i int) string {
		if i < len(args) {
			switch v := args[i].(type) {
			case common.Address:
				return v.Hex()
			case [32]byte:
				return common.Hash(v).Hex()
			default:
				return fmt.Sprint(v)
			}
		}
		return ""
	}
	e := func(code, format string, a ...any) error { return marketplace.Errorf(code, format, a...) }
	switch name {
	case "InvalidSignature":
		return e(marketplace.EUNAUTHORIZED, "the signature is not %s's over these values, this contract and this chain", arg(0))
	case "ECDSAInvalidSignature", "ECDSAInvalidSignatureLength", "ERC2612InvalidSigner":
		return e(marketplace.EUNAUTHORIZED, "the signature does not match the signer and the signed values")
	case "MalleableSignature", "ECDSAInvalidSignatureS":
		return e(marketplace.EUNAUTHORIZED, "the signature is malleable (high s); sign again")
	case "Expired":
		return e(marketplace.EUNAUTHORIZED, "the signature's deadline %s has passed", arg(1))
	case "ERC2612ExpiredSignature":
		return e(marketplace.EUNAUTHORIZED, "the permit's deadline has passed")
	case "BadNonce":
		return e(marketplace.ECONFLICT, "the signature's nonce was already used or is out of order (%s's next nonce is %s)", arg(0), arg(1))
	case "InvalidAccountNonce":
		return e(marketplace.ECONFLICT, "the signature's nonce was already used or is out of order (the account's current nonce is %s)", arg(1))
	case "NotEthicsBoard":
		return e(marketplace.EFORBIDDEN, "%s does not hold the ETHICS_BOARD role", arg(0))
	case "NotResearcher":
		return e(marketplace.EFORBIDDEN, "%s is not the study's researcher", arg(0))
	case "UnknownStudy":
		return e(marketplace.ENOTFOUND, "no study with id %s", arg(0))
	case "WrongStatus":
		return e(marketplace.EFORBIDDEN, "study %s is %s, which does not allow this", arg(0), statusName(args))
	case "ProtocolMismatch":
		return &marketplace.Error{Code: marketplace.ECONFLICT, Field: "protocolHash", Message: fmt.Sprintf("the study's current protocol hash is %s, not %s", arg(0), arg(1))}
	case "BudgetExceeded":
		return e(marketplace.EBUDGET, "study %s has not enough privacy budget left", arg(0))
	case "AlreadySpent":
		return e(marketplace.ECONFLICT, "query %s was already released", arg(0))
	case "AlreadyConsented":
		return e(marketplace.ECONFLICT, "%s already holds a valid consent to this study", arg(0))
	case "NotConsented":
		return e(marketplace.EFORBIDDEN, "%s holds no valid consent to this study", arg(0))
	case "AlreadyPaid":
		return e(marketplace.ECONFLICT, "%s was already paid by this study", arg(0))
	case "CapReached":
		return e(marketplace.EFORBIDDEN, "study %s has reached its participant cap", arg(0))
	case "InsufficientEscrow":
		return e(marketplace.EFORBIDDEN, "study %s's escrow does not cover the payout", arg(0))
	case "InvalidValue":
		return &marketplace.Error{Code: marketplace.EINVALID, Field: arg(0), Message: "is not acceptable to the contract"}
	case "NotRegistry":
		return e(marketplace.EFORBIDDEN, "only the study registry may do this")
	case "ERC20InsufficientBalance":
		return e(marketplace.EFORBIDDEN, "%s holds too few reward tokens", arg(0))
	case "ERC20InsufficientAllowance":
		return e(marketplace.EFORBIDDEN, "the escrow may not move that many tokens (allowance %s)", arg(1))
	case "AccessControlUnauthorizedAccount":
		return e(marketplace.EFORBIDDEN, "%s lacks the role for this action", arg(0))
	}
	return nil
}

// revertSubject returns the account a revert names as the one at fault: the signer or
// participant of the offending record of a batch. ok is false for errors about the study or
// the batch as a whole.
func revertSubject(err error) (addr common.Address, name string, ok bool) {
	name, args, decoded := revertDecoder().DecodeError(err)
	if !decoded || len(args) == 0 {
		return common.Address{}, name, false
	}
	switch name {
	case "InvalidSignature", "MalleableSignature", "Expired", "BadNonce", "AlreadyConsented", "NotConsented", "AlreadyPaid":
		a, ok := args[0].(common.Address)
		return a, name, ok
	}
	return common.Address{}, name, false
}

// statusNames are the StudyStatus values by their uint8 in the ABI.
var statusNames = []marketplace.StudyStatus{"NONE", marketplace.StatusRegistered, marketplace.StatusApproved,
	marketplace.StatusRejected, marketplace.StatusRecruiting, marketplace.StatusSuspended, marketplace.StatusClosed}

func statusName(args []any) string {
	if len(args) > 1 {
		if s, ok := args[1].(uint8); ok && int(s) < len(statusNames) {
			return string(statusNames[s])
		}
	}
	return "in another state"
}

package he

import (
	"github.com/medmarket/medmarket/marketplace"
)

// Sentinel errors. They are *marketplace.Error values, so marketplace.ErrorCode gives their
// code, and errors.Is matches them through the wrapping this package adds.
var (
	// ErrAlreadyDecrypted: this party already released a decryption share for the same
	// ciphertext or the same request id.
	ErrAlreadyDecrypted = &marketplace.Error{Code: marketplace.ECONFLICT, Message: "this ciphertext or request was already decrypted; a second decryption is refused"}
	// ErrBoardShareMissing: a decryption was attempted without the ethics board's share.
	ErrBoardShareMissing = &marketplace.Error{Code: marketplace.EFORBIDDEN, Message: "decryption needs the ethics board's share"}
	// ErrNotEnoughVaults: a decryption names, or combines, fewer vaults than the threshold.
	ErrNotEnoughVaults = &marketplace.Error{Code: marketplace.EFORBIDDEN, Message: "decryption needs shares from a threshold of vaults"}
	// ErrNoNoise: the board was asked for a decryption share without a DP noise vector.
	ErrNoNoise = &marketplace.Error{Code: marketplace.EFORBIDDEN, Message: "the ethics board releases a decryption share only with differential-privacy noise"}
	// ErrMalformed: a serialized object failed validation (see the wrapped message).
	ErrMalformed = &marketplace.Error{Code: marketplace.EINVALID, Message: "malformed homomorphic-encryption object"}
	// ErrParamsMismatch: an object was made under different HE parameters.
	ErrParamsMismatch = &marketplace.Error{Code: marketplace.EINVALID, Message: "object was made under different homomorphic-encryption parameters"}
	// ErrSetupIncomplete: a party was used before its key setup finished.
	ErrSetupIncomplete = &marketplace.Error{Code: marketplace.EFORBIDDEN, Message: "key setup is not complete for this party"}
)

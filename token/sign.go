package token

import (
	"crypto/ecdsa"
	"crypto/hkdf"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/medmarket/medmarket/marketplace"
)

// EIP-712 domains. Every domain is EIP712Domain(string name,string version,uint256 chainId,
// address verifyingContract) with version DomainVersion.
const (
	RegistryDomainName = "MedMarket StudyRegistry"   // StudyRegistry; also off-chain requests
	ConsentDomainName  = "MedMarket ConsentRegistry" // consents, at SigningDomain.ConsentRegistry (the RewardToken)
	TokenDomainName    = "MedMarket Reward"          // RewardToken's ERC-2612 permits
	DomainVersion      = "1"

	DomainType = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
)

// EIP-712 type strings of the signed actions, exactly as the contracts hash them.
const (
	RegisterType = "Register(bytes32 protocolHash,uint64 epsilonBudget,uint64 deltaBudget,uint256 reward,uint32 cap,uint256 nonce,uint256 deadline)"
	AmendType    = "Amend(uint256 studyId,bytes32 protocolHash,uint256 nonce,uint256 deadline)"
	ApproveType  = "Approve(uint256 studyId,bytes32 protocolHash,uint256 nonce,uint256 deadline)"
	RejectType   = "Reject(uint256 studyId,bytes32 protocolHash,uint256 nonce,uint256 deadline)"
	RecruitType  = "Recruit(uint256 studyId,bool open,uint256 nonce,uint256 deadline)"
	SuspendType  = "Suspend(uint256 studyId,bool suspend,uint256 nonce,uint256 deadline)"
	CloseType    = "Close(uint256 studyId,uint256 nonce,uint256 deadline)"
	ConsentType  = "Consent(uint256 studyId,address participant,bytes32 scope,uint64 expiry,uint256 nonce,uint256 deadline)"
	RevokeType   = "Revoke(uint256 studyId,address participant,uint256 nonce,uint256 deadline)"
	PermitType   = "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"
	RequestType  = "Request(string action,uint256 studyId,uint256 nonce,uint256 deadline)"
)

// field is one member of an EIP-712 struct. Value is a uint64 or *big.Int (integers), a
// marketplace.Hash (bytes32), a marketplace.Address (address), a bool or a string.
type typedField struct {
	Name, Type string
	Value      any
}

// message is an EIP-712 struct of atomic members, enough for every medmarket action.
type typedMessage struct {
	Primary  string
	TypeSpec string // the exported type string; encodeType must equal it
	Fields   []typedField
}

// encodeType builds the type string from the fields (a test checks it against TypeSpec).
func (m typedMessage) encodeType() string {
	parts := make([]string, len(m.Fields))
	for i, f := range m.Fields {
		parts[i] = f.Type + " " + f.Name
	}
	return m.Primary + "(" + strings.Join(parts, ",") + ")"
}

// hashStruct is keccak256(typeHash || enc(field_1) || ... || enc(field_n)).
func (m typedMessage) hashStruct() (common.Hash, error) {
	buf := make([]byte, 0, 32*(len(m.Fields)+1))
	buf = append(buf, crypto.Keccak256([]byte(m.TypeSpec))...)
	for _, f := range m.Fields {
		w, err := encodeField(f)
		if err != nil {
			return common.Hash{}, err
		}
		buf = append(buf, w[:]...)
	}
	return crypto.Keccak256Hash(buf), nil
}

func encodeField(f typedField) ([32]byte, error) {
	var w [32]byte
	switch v := f.Value.(type) {
	case uint64:
		new(big.Int).SetUint64(v).FillBytes(w[:])
	case *big.Int:
		if v == nil {
			v = new(big.Int)
		}
		if v.Sign() < 0 || v.BitLen() > 256 {
			return w, marketplace.FieldError(f.Name, "must be an unsigned 256-bit integer")
		}
		v.FillBytes(w[:])
	case marketplace.Hash:
		w = v
	case marketplace.Address:
		copy(w[12:], v[:])
	case bool:
		if v {
			w[31] = 1
		}
	case string:
		w = crypto.Keccak256Hash([]byte(v))
	default:
		return w, fmt.Errorf("eip712: unsupported value %T for %s", v, f.Name)
	}
	return w, nil
}

// DomainSeparator returns the EIP-712 domain separator of a medmarket contract.
func DomainSeparator(name string, chainID uint64, contract marketplace.Address) marketplace.Hash {
	var chain, addr [32]byte
	new(big.Int).SetUint64(chainID).FillBytes(chain[:])
	copy(addr[12:], contract[:])
	return marketplace.Hash(crypto.Keccak256Hash(
		crypto.Keccak256([]byte(DomainType)),
		crypto.Keccak256([]byte(name)),
		crypto.Keccak256([]byte(DomainVersion)),
		chain[:],
		addr[:],
	))
}

// typedDigest is keccak256("\x19\x01" || domainSeparator || hashStruct(message)).
func typedDigest(sep marketplace.Hash, m typedMessage) (marketplace.Hash, error) {
	sh, err := m.hashStruct()
	if err != nil {
		return marketplace.Hash{}, err
	}
	return marketplace.Hash(crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], sh[:])), nil
}

func mustDigest(sep marketplace.Hash, m typedMessage) marketplace.Hash {
	h, err := typedDigest(sep, m)
	if err != nil {
		panic(err) // only uint64, Hash and Address fields: cannot fail
	}
	return h
}

func registryDomain(d marketplace.SigningDomain) marketplace.Hash {
	return DomainSeparator(RegistryDomainName, d.ChainID, d.StudyRegistry)
}

func consentDomain(d marketplace.SigningDomain) marketplace.Hash {
	return DomainSeparator(ConsentDomainName, d.ChainID, d.ConsentRegistry)
}

func tokenDomain(d marketplace.SigningDomain) marketplace.Hash {
	return DomainSeparator(TokenDomainName, d.ChainID, d.RewardToken)
}

func registerMessage(r marketplace.Registration, nonce, deadline uint64) typedMessage {
	return typedMessage{"Register", RegisterType, []typedField{
		{"protocolHash", "bytes32", r.ProtocolHash},
		{"epsilonBudget", "uint64", r.EpsilonBudget},
		{"deltaBudget", "uint64", r.DeltaBudget},
		{"reward", "uint256", r.RewardPerParticipant},
		{"cap", "uint32", uint64(r.ParticipantCap)},
		{"nonce", "uint256", nonce},
		{"deadline", "uint256", deadline},
	}}
}

func reviewMessage(primary, spec string, studyID uint64, protocolHash marketplace.Hash, nonce, deadline uint64) typedMessage {
	return typedMessage{primary, spec, []typedField{
		{"studyId", "uint256", studyID},
		{"protocolHash", "bytes32", protocolHash},
		{"nonce", "uint256", nonce},
		{"deadline", "uint256", deadline},
	}}
}

func flagMessage(primary, spec, flag string, studyID uint64, on bool, nonce, deadline uint64) typedMessage {
	return typedMessage{primary, spec, []typedField{
		{"studyId", "uint256", studyID},
		{flag, "bool", on},
		{"nonce", "uint256", nonce},
		{"deadline", "uint256", deadline},
	}}
}

func closeMessage(studyID, nonce, deadline uint64) typedMessage {
	return typedMessage{"Close", CloseType, []typedField{
		{"studyId", "uint256", studyID},
		{"nonce", "uint256", nonce},
		{"deadline", "uint256", deadline},
	}}
}

func consentMessage(c marketplace.Consent, nonce, deadline uint64) typedMessage {
	return typedMessage{"Consent", ConsentType, []typedField{
		{"studyId", "uint256", c.StudyID},
		{"participant", "address", c.Participant},
		{"scope", "bytes32", c.Scope},
		{"expiry", "uint64", c.Expiry},
		{"nonce", "uint256", nonce},
		{"deadline", "uint256", deadline},
	}}
}

func revokeMessage(studyID uint64, participant marketplace.Address, nonce, deadline uint64) typedMessage {
	return typedMessage{"Revoke", RevokeType, []typedField{
		{"studyId", "uint256", studyID},
		{"participant", "address", participant},
		{"nonce", "uint256", nonce},
		{"deadline", "uint256", deadline},
	}}
}

func permitMessage(owner, spender marketplace.Address, value *big.Int, nonce, deadline uint64) typedMessage {
	return typedMessage{"Permit", PermitType, []typedField{
		{"owner", "address", owner},
		{"spender", "address", spender},
		{"value", "uint256", value},
		{"nonce", "uint256", nonce},
		{"deadline", "uint256", deadline},
	}}
}

func requestMessage(action string, studyID, nonce, deadline uint64) typedMessage {
	return typedMessage{"Request", RequestType, []typedField{
		{"action", "string", action},
		{"studyId", "uint256", studyID},
		{"nonce", "uint256", nonce},
		{"deadline", "uint256", deadline},
	}}
}

// RegisterDigest is the EIP-712 digest a researcher signs to register a study (StudyRegistry
// domain). It fails only for a negative or over-long reward.
func RegisterDigest(d marketplace.SigningDomain, r marketplace.Registration, nonce, deadline uint64) (marketplace.Hash, error) {
	return typedDigest(registryDomain(d), registerMessage(r, nonce, deadline))
}

// ApproveDigest is the digest an ethics board signs to approve exactly protocolHash.
func ApproveDigest(d marketplace.SigningDomain, studyID uint64, protocolHash marketplace.Hash, nonce, deadline uint64) marketplace.Hash {
	return mustDigest(registryDomain(d), reviewMessage("Approve", ApproveType, studyID, protocolHash, nonce, deadline))
}

// AmendDigest is the digest a researcher signs to append protocolHash as the study's new
// protocol version (which then needs a new approval).
func AmendDigest(d marketplace.SigningDomain, studyID uint64, protocolHash marketplace.Hash, nonce, deadline uint64) marketplace.Hash {
	return mustDigest(registryDomain(d), reviewMessage("Amend", AmendType, studyID, protocolHash, nonce, deadline))
}

// RecruitDigest is the digest a researcher signs to open (true) or stop (false) recruitment.
func RecruitDigest(d marketplace.SigningDomain, studyID uint64, open bool, nonce, deadline uint64) marketplace.Hash {
	return mustDigest(registryDomain(d), flagMessage("Recruit", RecruitType, "open", studyID, open, nonce, deadline))
}

// SuspendDigest is the digest an ethics board signs to suspend (true) or reinstate (false) a
// study.
func SuspendDigest(d marketplace.SigningDomain, studyID uint64, suspend bool, nonce, deadline uint64) marketplace.Hash {
	return mustDigest(registryDomain(d), flagMessage("Suspend", SuspendType, "suspend", studyID, suspend, nonce, deadline))
}

// RejectDigest is the digest an ethics board signs to reject a study's protocolHash.
func RejectDigest(d marketplace.SigningDomain, studyID uint64, protocolHash marketplace.Hash, nonce, deadline uint64) marketplace.Hash {
	return mustDigest(registryDomain(d), reviewMessage("Reject", RejectType, studyID, protocolHash, nonce, deadline))
}

// CloseDigest is the digest a researcher signs to close a study.
func CloseDigest(d marketplace.SigningDomain, studyID, nonce, deadline uint64) marketplace.Hash {
	return mustDigest(registryDomain(d), closeMessage(studyID, nonce, deadline))
}

// ConsentDigest is the digest a participant signs to consent (ConsentRegistry domain).
func ConsentDigest(d marketplace.SigningDomain, c marketplace.Consent, nonce, deadline uint64) marketplace.Hash {
	return mustDigest(consentDomain(d), consentMessage(c, nonce, deadline))
}

// RevokeDigest is the digest a participant signs to revoke a consent.
func RevokeDigest(d marketplace.SigningDomain, studyID uint64, participant marketplace.Address, nonce, deadline uint64) marketplace.Hash {
	return mustDigest(consentDomain(d), revokeMessage(studyID, participant, nonce, deadline))
}

// PermitDigest is the ERC-2612 permit digest by which owner lets the StudyEscrow move value
// reward tokens (RewardToken domain). It fails only for a negative or over-long value.
func PermitDigest(d marketplace.SigningDomain, owner marketplace.Address, value *big.Int, nonce, deadline uint64) (marketplace.Hash, error) {
	return typedDigest(tokenDomain(d), permitMessage(owner, d.StudyEscrow, value, nonce, deadline))
}

// RequestDigest is the digest of an off-chain request such as running an analysis
// (StudyRegistry domain).
func RequestDigest(d marketplace.SigningDomain, action string, studyID, nonce, deadline uint64) marketplace.Hash {
	return mustDigest(registryDomain(d), requestMessage(action, studyID, nonce, deadline))
}

// SignDigest signs a digest with key and returns the 65-byte r||s||v signature, v = 27 or 28
// and s in the lower half of the curve order.
func SignDigest(key *ecdsa.PrivateKey, digest marketplace.Hash) ([]byte, error) {
	if key == nil {
		return nil, errors.New("token.SignDigest: no key")
	}
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("token.SignDigest: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

func signAuth(op string, key *ecdsa.PrivateKey, digest marketplace.Hash, nonce, deadline uint64) (marketplace.Auth, error) {
	sig, err := SignDigest(key, digest)
	if err != nil {
		return marketplace.Auth{}, fmt.Errorf("token.%s: %w", op, err)
	}
	return marketplace.Auth{Signer: AddressOf(key), Nonce: nonce, Deadline: deadline, Signature: sig}, nil
}

// SignRegister signs a study registration as the researcher.
func SignRegister(key *ecdsa.PrivateKey, d marketplace.SigningDomain, r marketplace.Registration, nonce, deadline uint64) (marketplace.Auth, error) {
	digest, err := RegisterDigest(d, r, nonce, deadline)
	if err != nil {
		return marketplace.Auth{}, fmt.Errorf("token.SignRegister: %w", err)
	}
	return signAuth("SignRegister", key, digest, nonce, deadline)
}

// SignApprove signs an ethics board's approval of exactly protocolHash.
func SignApprove(key *ecdsa.PrivateKey, d marketplace.SigningDomain, studyID uint64, protocolHash marketplace.Hash, nonce, deadline uint64) (marketplace.Auth, error) {
	return signAuth("SignApprove", key, ApproveDigest(d, studyID, protocolHash, nonce, deadline), nonce, deadline)
}

// SignReject signs an ethics board's rejection of protocolHash.
func SignReject(key *ecdsa.PrivateKey, d marketplace.SigningDomain, studyID uint64, protocolHash marketplace.Hash, nonce, deadline uint64) (marketplace.Auth, error) {
	return signAuth("SignReject", key, RejectDigest(d, studyID, protocolHash, nonce, deadline), nonce, deadline)
}

// SignAmend signs a researcher's amendment: protocolHash becomes the study's new version.
func SignAmend(key *ecdsa.PrivateKey, d marketplace.SigningDomain, studyID uint64, protocolHash marketplace.Hash, nonce, deadline uint64) (marketplace.Auth, error) {
	return signAuth("SignAmend", key, AmendDigest(d, studyID, protocolHash, nonce, deadline), nonce, deadline)
}

// SignRecruit signs a researcher's opening (open true) or stopping of recruitment.
func SignRecruit(key *ecdsa.PrivateKey, d marketplace.SigningDomain, studyID uint64, open bool, nonce, deadline uint64) (marketplace.Auth, error) {
	return signAuth("SignRecruit", key, RecruitDigest(d, studyID, open, nonce, deadline), nonce, deadline)
}

// SignSuspend signs an ethics board's suspension (suspend true) or reinstatement of a study.
func SignSuspend(key *ecdsa.PrivateKey, d marketplace.SigningDomain, studyID uint64, suspend bool, nonce, deadline uint64) (marketplace.Auth, error) {
	return signAuth("SignSuspend", key, SuspendDigest(d, studyID, suspend, nonce, deadline), nonce, deadline)
}

// SignClose signs a researcher's closing of a study.
func SignClose(key *ecdsa.PrivateKey, d marketplace.SigningDomain, studyID, nonce, deadline uint64) (marketplace.Auth, error) {
	return signAuth("SignClose", key, CloseDigest(d, studyID, nonce, deadline), nonce, deadline)
}

// SignConsent signs a consent with the participant's (per-study) key. A zero
// c.Participant is taken to be the key's address; any other address must be it.
func SignConsent(key *ecdsa.PrivateKey, d marketplace.SigningDomain, c marketplace.Consent, nonce, deadline uint64) (marketplace.Auth, error) {
	if key == nil {
		return marketplace.Auth{}, errors.New("token.SignConsent: no key")
	}
	if c.Participant.IsZero() {
		c.Participant = AddressOf(key)
	} else if c.Participant != AddressOf(key) {
		return marketplace.Auth{}, fmt.Errorf("token.SignConsent: %w",
			marketplace.FieldError("participant", "must be the address of the signing key"))
	}
	return signAuth("SignConsent", key, ConsentDigest(d, c, nonce, deadline), nonce, deadline)
}

// SignRevoke signs the revocation of the key's consent to a study.
func SignRevoke(key *ecdsa.PrivateKey, d marketplace.SigningDomain, studyID, nonce, deadline uint64) (marketplace.Auth, error) {
	if key == nil {
		return marketplace.Auth{}, errors.New("token.SignRevoke: no key")
	}
	return signAuth("SignRevoke", key, RevokeDigest(d, studyID, AddressOf(key), nonce, deadline), nonce, deadline)
}

// SignPermit signs an ERC-2612 permit letting the StudyEscrow move value of the key's
// reward tokens. nonce is the key's RewardToken nonce.
func SignPermit(key *ecdsa.PrivateKey, d marketplace.SigningDomain, value *big.Int, nonce, deadline uint64) (marketplace.Auth, error) {
	if key == nil {
		return marketplace.Auth{}, errors.New("token.SignPermit: no key")
	}
	digest, err := PermitDigest(d, AddressOf(key), value, nonce, deadline)
	if err != nil {
		return marketplace.Auth{}, fmt.Errorf("token.SignPermit: %w", err)
	}
	return signAuth("SignPermit", key, digest, nonce, deadline)
}

// SignRequest signs an off-chain request (for instance action "runAnalysis").
func SignRequest(key *ecdsa.PrivateKey, d marketplace.SigningDomain, action string, studyID, nonce, deadline uint64) (marketplace.Auth, error) {
	return signAuth("SignRequest", key, RequestDigest(d, action, studyID, nonce, deadline), nonce, deadline)
}

// secp256k1halfN is half the order of the secp256k1 group: canonical signatures have s at
// most this.
var secp256k1halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

func errUnauthorized(msg string) error {
	return marketplace.Errorf(marketplace.EUNAUTHORIZED, "%s", msg)
}

// RecoverSigner returns the address that made a 65-byte r||s||v signature over digest. It
// accepts only canonical signatures, as the contracts (OpenZeppelin ECDSA) do: v must be 27
// or 28 and s in the lower half of the curve order. Failures are EUNAUTHORIZED *Errors.
func RecoverSigner(digest marketplace.Hash, sig []byte) (marketplace.Address, error) {
	if len(sig) != 65 {
		return marketplace.Address{}, errUnauthorized("signature must be 65 bytes (r, s, v)")
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return marketplace.Address{}, errUnauthorized("signature v must be 27 or 28")
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(secp256k1halfN) > 0 {
		return marketplace.Address{}, errUnauthorized("signature s is in the upper half of the curve order (malleable); sign again")
	}
	if !crypto.ValidateSignatureValues(v-27, r, s, true) {
		return marketplace.Address{}, errUnauthorized("signature r or s is out of range")
	}
	rsv := make([]byte, 65)
	copy(rsv, sig)
	rsv[64] = v - 27
	pub, err := crypto.SigToPub(digest[:], rsv)
	if err != nil {
		return marketplace.Address{}, errUnauthorized("signature does not recover to a public key")
	}
	return FromCommon(crypto.PubkeyToAddress(*pub)), nil
}

// VerifyAuth checks an Auth over digest at time now: the deadline has not passed (a
// signature is good up to and including its deadline second, as on chain), the signature is
// canonical and was made by auth.Signer. Failures are EUNAUTHORIZED *Errors naming the
// problem.
func VerifyAuth(digest marketplace.Hash, auth marketplace.Auth, now time.Time) error {
	if auth.Signer.IsZero() {
		return errUnauthorized("the signer is missing")
	}
	if unix := now.Unix(); unix < 0 || uint64(unix) > auth.Deadline {
		return errUnauthorized("the signature's deadline has passed")
	}
	signer, err := RecoverSigner(digest, auth.Signature)
	if err != nil {
		return err
	}
	if signer != auth.Signer {
		return errUnauthorized("the signature was not made by the signer over these values and this domain")
	}
	return nil
}

// Requests verifies signed off-chain requests; it implements marketplace.Requests. It does
// not track nonces: a request stays valid, and replayable, until its deadline, so actions
// behind it must be idempotent (a re-run analysis returns the stored release).
type Requests struct {
	Domain marketplace.SigningDomain
	// Now returns the current time; nil means time.Now.
	Now func() time.Time
}

var _ marketplace.Requests = Requests{}

// NewRequests returns a verifier for requests signed in d's StudyRegistry domain.
func NewRequests(d marketplace.SigningDomain) Requests { return Requests{Domain: d} }

// VerifyRequest checks auth over Request(action, studyID, auth.Nonce, auth.Deadline) and
// returns the signer, or an EUNAUTHORIZED *Error naming what is wrong.
func (r Requests) VerifyRequest(action string, studyID uint64, auth marketplace.Auth) (marketplace.Address, error) {
	now := time.Now
	if r.Now != nil {
		now = r.Now
	}
	if err := VerifyAuth(RequestDigest(r.Domain, action, studyID, auth.Nonce, auth.Deadline), auth, now()); err != nil {
		return marketplace.Address{}, err
	}
	return auth.Signer, nil
}

// StudyKey derives a patient's pseudonymous key for one study from their master secret:
// HKDF-SHA256 (RFC 5869) with salt "medmarket/study-key/v1" and info
// "study/<id>/<counter>", the 32-byte output taken as the scalar, and the counter raised in
// the (negligibly rare) case it is not in [1, n-1]. Different studies get unrelated
// addresses, so the chain cannot link a patient's consents; the same master and study always
// give the same key. master must be a secret of at least 16 random bytes (32 recommended);
// StudyKey panics on a shorter one, which would make the keys guessable.
func StudyKey(master []byte, studyID uint64) *ecdsa.PrivateKey {
	if len(master) < 16 {
		panic("token.StudyKey: master secret shorter than 16 bytes")
	}
	for counter := 0; ; counter++ {
		info := "study/" + strconv.FormatUint(studyID, 10) + "/" + strconv.Itoa(counter)
		b, err := hkdf.Key(sha256.New, master, []byte("medmarket/study-key/v1"), info, 32)
		if err != nil {
			panic("token.StudyKey: " + err.Error()) // only for over-long outputs
		}
		if key, err := crypto.ToECDSA(b); err == nil {
			return key
		}
	}
}

// AddressOf returns the address of key.
func AddressOf(key *ecdsa.PrivateKey) marketplace.Address {
	return FromCommon(crypto.PubkeyToAddress(key.PublicKey))
}

// ToCommon converts a domain address to go-ethereum's type.
func ToCommon(a marketplace.Address) common.Address { return common.Address(a) }

// FromCommon converts a go-ethereum address to the domain's type.
func FromCommon(a common.Address) marketplace.Address { return marketplace.Address(a) }

// ToHash converts a domain hash to go-ethereum's type.
func ToHash(h marketplace.Hash) common.Hash { return common.Hash(h) }

// FromHash converts a go-ethereum hash to the domain's type.
func FromHash(h common.Hash) marketplace.Hash { return marketplace.Hash(h) }

package token

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/token/bindings"
)

var testDomain = marketplace.SigningDomain{
	ChainID:         1337,
	RewardToken:     marketplace.Address(common.HexToAddress("0x1000000000000000000000000000000000000001")),
	StudyRegistry:   marketplace.Address(common.HexToAddress("0x2000000000000000000000000000000000000002")),
	ConsentRegistry: marketplace.Address(common.HexToAddress("0x3000000000000000000000000000000000000003")),
	StudyEscrow:     marketplace.Address(common.HexToAddress("0x4000000000000000000000000000000000000004")),
}

func testKey(t *testing.T, seed byte) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(bytes.Repeat([]byte{seed}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// typedCase is one signed action: the message our encoder hashes, its domain, and the
// digest function the package exports for it.
type typedCase struct {
	msg        typedMessage
	domainName string
	contract   marketplace.Address
	digest     marketplace.Hash
}

func typedCases(t *testing.T) []typedCase {
	t.Helper()
	d := testDomain
	ph := marketplace.Hash(crypto.Keccak256Hash([]byte("protocol")))
	scope := marketplace.Hash(crypto.Keccak256Hash([]byte("DUO:0000007")))
	participant := marketplace.Address(common.HexToAddress("0x5000000000000000000000000000000000000005"))
	owner := marketplace.Address(common.HexToAddress("0x6000000000000000000000000000000000000006"))
	reward, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	reg := marketplace.Registration{ProtocolHash: ph, EpsilonBudget: 1_500_000, DeltaBudget: 1 << 63, RewardPerParticipant: reward, ParticipantCap: 4_000_000_000}
	consent := marketplace.Consent{StudyID: 9, Participant: participant, Scope: scope, Expiry: 1_900_000_000}
	const nonce, deadline = uint64(3), uint64(1_800_000_000)

	regDigest, err := RegisterDigest(d, reg, nonce, deadline)
	if err != nil {
		t.Fatal(err)
	}
	permitDigest, err := PermitDigest(d, owner, reward, nonce, deadline)
	if err != nil {
		t.Fatal(err)
	}
	return []typedCase{
		{registerMessage(reg, nonce, deadline), RegistryDomainName, d.StudyRegistry, regDigest},
		{reviewMessage("Approve", ApproveType, 9, ph, nonce, deadline), RegistryDomainName, d.StudyRegistry, ApproveDigest(d, 9, ph, nonce, deadline)},
		{reviewMessage("Reject", RejectType, 9, ph, nonce, deadline), RegistryDomainName, d.StudyRegistry, RejectDigest(d, 9, ph, nonce, deadline)},
		{reviewMessage("Amend", AmendType, 9, ph, nonce, deadline), RegistryDomainName, d.StudyRegistry, AmendDigest(d, 9, ph, nonce, deadline)},
		{flagMessage("Recruit", RecruitType, "open", 9, true, nonce, deadline), RegistryDomainName, d.StudyRegistry, RecruitDigest(d, 9, true, nonce, deadline)},
		{flagMessage("Suspend", SuspendType, "suspend", 9, false, nonce, deadline), RegistryDomainName, d.StudyRegistry, SuspendDigest(d, 9, false, nonce, deadline)},
		{closeMessage(9, nonce, deadline), RegistryDomainName, d.StudyRegistry, CloseDigest(d, 9, nonce, deadline)},
		{consentMessage(consent, nonce, deadline), ConsentDomainName, d.ConsentRegistry, ConsentDigest(d, consent, nonce, deadline)},
		{revokeMessage(9, participant, nonce, deadline), ConsentDomainName, d.ConsentRegistry, RevokeDigest(d, 9, participant, nonce, deadline)},
		{permitMessage(owner, d.StudyEscrow, reward, nonce, deadline), TokenDomainName, d.RewardToken, permitDigest},
		{requestMessage("runAnalysis", 9, nonce, deadline), RegistryDomainName, d.StudyRegistry, RequestDigest(d, "runAnalysis", 9, nonce, deadline)},
	}
}

func TestTypeStrings(t *testing.T) {
	want := map[string]string{
		"Register": "Register(bytes32 protocolHash,uint64 epsilonBudget,uint64 deltaBudget,uint256 reward,uint32 cap,uint256 nonce,uint256 deadline)",
		"Approve":  "Approve(uint256 studyId,bytes32 protocolHash,uint256 nonce,uint256 deadline)",
		"Reject":   "Reject(uint256 studyId,bytes32 protocolHash,uint256 nonce,uint256 deadline)",
		"Close":    "Close(uint256 studyId,uint256 nonce,uint256 deadline)",
		"Amend":    "Amend(uint256 studyId,bytes32 protocolHash,uint256 nonce,uint256 deadline)",
		"Recruit":  "Recruit(uint256 studyId,bool open,uint256 nonce,uint256 deadline)",
		"Suspend":  "Suspend(uint256 studyId,bool suspend,uint256 nonce,uint256 deadline)",
		"Consent":  "Consent(uint256 studyId,address participant,bytes32 scope,uint64 expiry,uint256 nonce,uint256 deadline)",
		"Revoke":   "Revoke(uint256 studyId,address participant,uint256 nonce,uint256 deadline)",
		"Permit":   "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)",
		"Request":  "Request(string action,uint256 studyId,uint256 nonce,uint256 deadline)",
	}
	for _, c := range typedCases(t) {
		if got := c.msg.encodeType(); got != c.msg.TypeSpec || got != want[c.msg.Primary] {
			t.Errorf("%s: fields give %q, constant %q, want %q", c.msg.Primary, got, c.msg.TypeSpec, want[c.msg.Primary])
		}
	}
}

// parseTypeString turns "Name(type a,type b)" into apitypes members, independently of the
// field lists the encoder uses.
func parseTypeString(t *testing.T, s string) (string, []apitypes.Type) {
	t.Helper()
	open := strings.IndexByte(s, '(')
	if open < 0 || !strings.HasSuffix(s, ")") {
		t.Fatalf("bad type string %q", s)
	}
	var members []apitypes.Type
	for _, m := range strings.Split(s[open+1:len(s)-1], ",") {
		typ, name, ok := strings.Cut(m, " ")
		if !ok {
			t.Fatalf("bad member %q", m)
		}
		members = append(members, apitypes.Type{Name: name, Type: typ})
	}
	return s[:open], members
}

func apiValue(t *testing.T, v any) any {
	t.Helper()
	switch v := v.(type) {
	case uint64:
		return strconv.FormatUint(v, 10)
	case *big.Int:
		return v.String()
	case marketplace.Hash:
		return hexutil.Encode(v[:])
	case marketplace.Address:
		return common.Address(v).Hex()
	case string:
		return v
	case bool:
		return v
	}
	t.Fatalf("value %T", v)
	return nil
}

// TestDigestsMatchAPITypes computes every digest a second way, with go-ethereum's EIP-712
// implementation (signer/core/apitypes, as used by clef and eth_signTypedData_v4).
func TestDigestsMatchAPITypes(t *testing.T) {
	for _, c := range typedCases(t) {
		primary, members := parseTypeString(t, c.msg.TypeSpec)
		msg := apitypes.TypedDataMessage{}
		for _, f := range c.msg.Fields {
			msg[f.Name] = apiValue(t, f.Value)
		}
		td := apitypes.TypedData{
			Types: apitypes.Types{
				"EIP712Domain": {
					{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
					{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"},
				},
				primary: members,
			},
			PrimaryType: primary,
			Domain: apitypes.TypedDataDomain{
				Name: c.domainName, Version: DomainVersion,
				ChainId:           math.NewHexOrDecimal256(int64(testDomain.ChainID)),
				VerifyingContract: common.Address(c.contract).Hex(),
			},
			Message: msg,
		}
		want, _, err := apitypes.TypedDataAndHash(td)
		if err != nil {
			t.Fatalf("%s: %v", primary, err)
		}
		if !bytes.Equal(want, c.digest[:]) {
			t.Errorf("%s: digest %x, apitypes %x", primary, c.digest, want)
		}
		sep, err := td.HashStruct("EIP712Domain", td.Domain.Map())
		if err != nil {
			t.Fatal(err)
		}
		if got := DomainSeparator(c.domainName, testDomain.ChainID, c.contract); !bytes.Equal(sep, got[:]) {
			t.Errorf("%s: domain separator %x, apitypes %x", primary, got, sep)
		}
	}
}

func TestSignAndRecover(t *testing.T) {
	key := testKey(t, 7)
	me := AddressOf(key)
	d := testDomain
	ph := marketplace.Hash{1}
	reg := marketplace.Registration{ProtocolHash: ph, EpsilonBudget: 1, DeltaBudget: 2, RewardPerParticipant: big.NewInt(3), ParticipantCap: 4}
	consent := marketplace.Consent{StudyID: 5, Scope: marketplace.Hash{6}, Expiry: 7}
	regDigest, _ := RegisterDigest(d, reg, 1, 2)
	permitDigest, _ := PermitDigest(d, me, big.NewInt(10), 1, 2)
	consentWithMe := consent
	consentWithMe.Participant = me

	for _, c := range []struct {
		name   string
		sign   func() (marketplace.Auth, error)
		digest marketplace.Hash
	}{
		{"register", func() (marketplace.Auth, error) { return SignRegister(key, d, reg, 1, 2) }, regDigest},
		{"approve", func() (marketplace.Auth, error) { return SignApprove(key, d, 5, ph, 1, 2) }, ApproveDigest(d, 5, ph, 1, 2)},
		{"reject", func() (marketplace.Auth, error) { return SignReject(key, d, 5, ph, 1, 2) }, RejectDigest(d, 5, ph, 1, 2)},
		{"close", func() (marketplace.Auth, error) { return SignClose(key, d, 5, 1, 2) }, CloseDigest(d, 5, 1, 2)},
		{"consent", func() (marketplace.Auth, error) { return SignConsent(key, d, consent, 1, 2) }, ConsentDigest(d, consentWithMe, 1, 2)},
		{"revoke", func() (marketplace.Auth, error) { return SignRevoke(key, d, 5, 1, 2) }, RevokeDigest(d, 5, me, 1, 2)},
		{"permit", func() (marketplace.Auth, error) { return SignPermit(key, d, big.NewInt(10), 1, 2) }, permitDigest},
		{"request", func() (marketplace.Auth, error) { return SignRequest(key, d, "runAnalysis", 5, 1, 2) }, RequestDigest(d, "runAnalysis", 5, 1, 2)},
	} {
		auth, err := c.sign()
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if auth.Signer != me || auth.Nonce != 1 || auth.Deadline != 2 || len(auth.Signature) != 65 {
			t.Errorf("%s: auth %+v", c.name, auth)
		}
		if v := auth.Signature[64]; v != 27 && v != 28 {
			t.Errorf("%s: v = %d", c.name, v)
		}
		got, err := RecoverSigner(c.digest, auth.Signature)
		if err != nil || got != me {
			t.Errorf("%s: recovered %v, %v", c.name, got, err)
		}
		if err := VerifyAuth(c.digest, auth, time.Unix(2, 0)); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}

	// A consent for someone else's address cannot be signed.
	other := consent
	other.Participant = marketplace.Address{9}
	if _, err := SignConsent(key, d, other, 1, 2); marketplace.ErrorCode(err) != marketplace.EINVALID {
		t.Errorf("consent for another address: %v", err)
	}
	// Nor a negative reward or permit value.
	if _, err := SignRegister(key, d, marketplace.Registration{RewardPerParticipant: big.NewInt(-1)}, 1, 2); err == nil {
		t.Error("negative reward signed")
	}
	if _, err := SignPermit(key, d, new(big.Int).Lsh(big.NewInt(1), 256), 1, 2); err == nil {
		t.Error("permit value above 2^256-1 signed")
	}
}

func wantUnauthorized(t *testing.T, what string, err error, phrase string) {
	t.Helper()
	if marketplace.ErrorCode(err) != marketplace.EUNAUTHORIZED {
		t.Errorf("%s: %v, want EUNAUTHORIZED", what, err)
		return
	}
	if !strings.Contains(marketplace.ErrorMessage(err), phrase) {
		t.Errorf("%s: message %q does not say %q", what, marketplace.ErrorMessage(err), phrase)
	}
}

func TestRecoverSignerRejectsMalleableAndBadV(t *testing.T) {
	key := testKey(t, 8)
	digest := RequestDigest(testDomain, "runAnalysis", 1, 0, 100)
	auth, err := SignRequest(key, testDomain, "runAnalysis", 1, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	// The twin signature (r, n-s, flipped v) is valid for plain ECDSA recovery...
	n := crypto.S256().Params().N
	high := bytes.Clone(auth.Signature)
	new(big.Int).Sub(n, new(big.Int).SetBytes(high[32:64])).FillBytes(high[32:64])
	high[64] = 27 + 28 - high[64]
	raw := bytes.Clone(high)
	raw[64] -= 27
	pub, err := crypto.SigToPub(digest[:], raw)
	if err != nil || FromCommon(crypto.PubkeyToAddress(*pub)) != AddressOf(key) {
		t.Fatalf("test setup: twin signature does not recover: %v", err)
	}
	// ...but not canonical, and rejected.
	_, err = RecoverSigner(digest, high)
	wantUnauthorized(t, "high s", err, "upper half")
	_, err = NewRequests(testDomain).VerifyRequest("runAnalysis", 1, marketplace.Auth{Signer: AddressOf(key), Nonce: 0, Deadline: 100, Signature: high})
	if marketplace.ErrorCode(err) != marketplace.EUNAUTHORIZED {
		t.Errorf("VerifyRequest accepted a high-s signature: %v", err)
	}

	for _, v := range []byte{0, 1, 29, 35} {
		bad := bytes.Clone(auth.Signature)
		bad[64] = v
		_, err := RecoverSigner(digest, bad)
		wantUnauthorized(t, "v="+strconv.Itoa(int(v)), err, "27 or 28")
	}
	_, err = RecoverSigner(digest, auth.Signature[:64])
	wantUnauthorized(t, "short", err, "65 bytes")
	zeroR := bytes.Clone(auth.Signature)
	clear(zeroR[:32])
	_, err = RecoverSigner(digest, zeroR)
	wantUnauthorized(t, "r = 0", err, "out of range")
}

func TestVerifyRequest(t *testing.T) {
	key := testKey(t, 9)
	me := AddressOf(key)
	const deadline = 1_700_000_000
	at := func(unix int64) Requests {
		r := NewRequests(testDomain)
		r.Now = func() time.Time { return time.Unix(unix, 0) }
		return r
	}
	auth, err := SignRequest(key, testDomain, "runAnalysis", 4, 11, deadline)
	if err != nil {
		t.Fatal(err)
	}

	// Good up to and including the deadline second.
	for _, now := range []int64{deadline - 3600, deadline} {
		got, err := at(now).VerifyRequest("runAnalysis", 4, auth)
		if err != nil || got != me {
			t.Errorf("at %d: %v %v", now, got, err)
		}
	}
	_, err = at(deadline+1).VerifyRequest("runAnalysis", 4, auth)
	wantUnauthorized(t, "expired", err, "deadline has passed")

	r := at(deadline - 10)
	// Any change to what was signed breaks it.
	_, err = r.VerifyRequest("faucet", 4, auth)
	wantUnauthorized(t, "other action", err, "not made by the signer")
	_, err = r.VerifyRequest("runAnalysis", 5, auth)
	wantUnauthorized(t, "other study", err, "not made by the signer")
	bumped := auth
	bumped.Nonce++
	_, err = r.VerifyRequest("runAnalysis", 4, bumped)
	wantUnauthorized(t, "other nonce", err, "not made by the signer")
	extended := auth
	extended.Deadline += 3600
	_, err = r.VerifyRequest("runAnalysis", 4, extended)
	wantUnauthorized(t, "other deadline", err, "not made by the signer")

	// A forged signer: a valid signature by someone else, claimed for me.
	forged, _ := SignRequest(testKey(t, 10), testDomain, "runAnalysis", 4, 11, deadline)
	forged.Signer = me
	_, err = r.VerifyRequest("runAnalysis", 4, forged)
	wantUnauthorized(t, "forged signer", err, "not made by the signer")

	// Signed for another domain: another chain, or another registry, or the consent domain.
	for name, d := range map[string]marketplace.SigningDomain{
		"chain":    {ChainID: 1, StudyRegistry: testDomain.StudyRegistry},
		"registry": {ChainID: testDomain.ChainID, StudyRegistry: marketplace.Address{0xff}},
	} {
		other, _ := SignRequest(key, d, "runAnalysis", 4, 11, deadline)
		_, err = r.VerifyRequest("runAnalysis", 4, other)
		wantUnauthorized(t, "wrong domain "+name, err, "not made by the signer")
	}
	sig, _ := SignDigest(key, DomainSeparator(ConsentDomainName, testDomain.ChainID, testDomain.StudyRegistry))
	_, err = r.VerifyRequest("runAnalysis", 4, marketplace.Auth{Signer: me, Nonce: 11, Deadline: deadline, Signature: sig})
	wantUnauthorized(t, "unrelated digest", err, "not made by the signer")

	_, err = r.VerifyRequest("runAnalysis", 4, marketplace.Auth{Nonce: 11, Deadline: deadline, Signature: auth.Signature})
	wantUnauthorized(t, "no signer", err, "missing")
	var me2 *marketplace.Error
	if _, err := r.VerifyRequest("runAnalysis", 4, forged); !errors.As(err, &me2) {
		t.Errorf("not a *marketplace.Error: %T", err)
	}
}

func TestStudyKey(t *testing.T) {
	master := bytes.Repeat([]byte{0x42}, 32)
	a1, a1again, a2 := StudyKey(master, 1), StudyKey(master, 1), StudyKey(master, 2)
	if AddressOf(a1) != AddressOf(a1again) {
		t.Fatal("StudyKey is not deterministic")
	}
	if AddressOf(a1) == AddressOf(a2) {
		t.Fatal("two studies share a key")
	}
	if AddressOf(StudyKey(bytes.Repeat([]byte{0x43}, 32), 1)) == AddressOf(a1) {
		t.Fatal("two masters share a key")
	}
	// Pinned: patients' addresses must not change between releases. The scalar is the
	// RFC 5869 HKDF-SHA256 output, checked independently (Python hmac/hashlib).
	if got := hexutil.Encode(crypto.FromECDSA(a1)); got != "0x6377542db818c73a2730f9ba278d5ba03aaf29085750c41a5bbc5cd38908b8e7" {
		t.Errorf("StudyKey(0x42..., 1) scalar = %s", got)
	}
	if got := AddressOf(a1).Hex(); got != studyKeyVector {
		t.Errorf("StudyKey(0x42..., 1) = %s, want %s", got, studyKeyVector)
	}
	defer func() {
		if recover() == nil {
			t.Error("a short master secret was accepted")
		}
	}()
	StudyKey([]byte("short"), 1)
}

const studyKeyVector = "0x1d8cb82f99f02b317e6f1e337af713b3ff74e61f"

func TestConversions(t *testing.T) {
	c := common.HexToAddress("0x00112233445566778899aabbccddeeff00112233")
	if ToCommon(FromCommon(c)) != c || FromCommon(c).Hex() != strings.ToLower(c.Hex()) {
		t.Error("address conversion")
	}
	h := crypto.Keccak256Hash([]byte("x"))
	if ToHash(FromHash(h)) != h {
		t.Error("hash conversion")
	}
}

// TestContractsAgree deploys the contracts and checks that they compute the same domain
// separators and type hashes, and accept a permit signed here.
func TestContractsAgree(t *testing.T) {
	c := startDevChain(t)
	ctx := context.Background()
	client := c.node.Client()
	deploy := func(meta *bind.MetaData, args ...any) common.Address {
		t.Helper()
		parsed, err := meta.GetAbi()
		if err != nil {
			t.Fatal(err)
		}
		addr, _, err := c.sender.Deploy(ctx, parsed, common.FromHex(meta.Bin), args...)
		if err != nil {
			t.Fatal(err)
		}
		return addr
	}
	admin := c.sender.From()
	registryAddr := deploy(bindings.StudyRegistryMetaData, admin)
	tokenAddr := deploy(bindings.RewardTokenMetaData, admin, registryAddr)
	d := marketplace.SigningDomain{
		ChainID:         DevChainID,
		RewardToken:     FromCommon(tokenAddr),
		StudyRegistry:   FromCommon(registryAddr),
		ConsentRegistry: FromCommon(tokenAddr),
		StudyEscrow:     FromCommon(tokenAddr),
	}
	registry, err := bindings.NewStudyRegistry(registryAddr, client)
	if err != nil {
		t.Fatal(err)
	}
	tok, err := bindings.NewRewardToken(tokenAddr, client)
	if err != nil {
		t.Fatal(err)
	}
	opts := &bind.CallOpts{Context: ctx}
	check := func(name string, got [32]byte, err error, want [32]byte) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got != want {
			t.Errorf("%s: contract %x, token package %x", name, got, want)
		}
	}
	typeHash := func(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

	got, err := registry.DOMAINSEPARATOR(opts)
	check("registry domain", got, err, registryDomain(d))
	got, err = tok.CONSENTDOMAINSEPARATOR(opts)
	check("consent domain", got, err, consentDomain(d))
	got, err = tok.DOMAINSEPARATOR(opts)
	check("token domain", got, err, tokenDomain(d))
	for name, f := range map[string]struct {
		call func(*bind.CallOpts) ([32]byte, error)
		spec string
	}{
		"Register": {registry.REGISTERTYPEHASH, RegisterType},
		"Amend":    {registry.AMENDTYPEHASH, AmendType},
		"Approve":  {registry.APPROVETYPEHASH, ApproveType},
		"Reject":   {registry.REJECTTYPEHASH, RejectType},
		"Recruit":  {registry.RECRUITTYPEHASH, RecruitType},
		"Suspend":  {registry.SUSPENDTYPEHASH, SuspendType},
		"Close":    {registry.CLOSETYPEHASH, CloseType},
		"Consent":  {tok.CONSENTTYPEHASH, ConsentType},
		"Revoke":   {tok.REVOKETYPEHASH, RevokeType},
	} {
		got, err := f.call(opts)
		check(name+" type hash", got, err, typeHash(f.spec))
	}

	// A permit signed here is accepted by the token, relayed by the operator through Bound.
	owner := testKey(t, 11)
	value := big.NewInt(5000)
	auth, err := SignPermit(owner, d, value, 0, uint64(time.Now().Add(time.Hour).Unix()))
	if err != nil {
		t.Fatal(err)
	}
	var r, s [32]byte
	copy(r[:], auth.Signature[:32])
	copy(s[:], auth.Signature[32:64])
	if _, err := c.sender.Bound(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return tok.Permit(o, ToCommon(auth.Signer), ToCommon(d.StudyEscrow), value, new(big.Int).SetUint64(auth.Deadline), auth.Signature[64], r, s)
	}); err != nil {
		t.Fatal(err)
	}
	allowance, err := tok.Allowance(opts, ToCommon(auth.Signer), ToCommon(d.StudyEscrow))
	if err != nil || allowance.Cmp(value) != 0 {
		t.Errorf("allowance after permit: %v %v", allowance, err)
	}
	// Replaying it fails in estimation with the token's custom error, decodable from its ABI.
	_, err = c.sender.Bound(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return tok.Permit(o, ToCommon(auth.Signer), ToCommon(d.StudyEscrow), value, new(big.Int).SetUint64(auth.Deadline), auth.Signature[64], r, s)
	})
	data, ok := RevertData(err)
	if !ok {
		t.Fatalf("replayed permit: %v", err)
	}
	name, _, derr := DecodeRevert(data, bindings.RewardTokenMetaData.ABI)
	if derr != nil || name != "ERC2612InvalidSigner" {
		t.Errorf("replayed permit reverted with %q (%v)", name, derr)
	}
}

package token

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/token/bindings"
)

// patientRecord is the kind of personal data a vault holds, which must never reach the chain.
type patientRecord struct {
	Name, Birth, NHSNumber, Postcode, Email, Condition string
	HbA1c                                              float64
	Ref                                                []byte // the vault's opaque handle
	Master                                             []byte // the patient's master secret
}

// personal returns byte patterns that would give the record away if found on chain.
func (p patientRecord) personal() map[string][]byte {
	hb := make([]byte, 8)
	binary.BigEndian.PutUint64(hb, math.Float64bits(p.HbA1c))
	out := map[string][]byte{"ref": p.Ref, "ref hex": []byte(hex.EncodeToString(p.Ref)), "master secret": p.Master, "hba1c bits": hb}
	for what, s := range map[string]string{"name": p.Name, "birth date": p.Birth, "NHS number": p.NHSNumber,
		"postcode": p.Postcode, "email": p.Email, "condition": p.Condition} {
		out[what] = []byte(s)
		out[what+" (lower)"] = []byte(strings.ToLower(s))
	}
	return out
}

// knownValues are the pseudonymous addresses and hashes the marketplace may put on chain.
type knownValues struct {
	addrs   map[common.Address]string
	hashes  map[common.Hash]string
	studies []uint64
	// participants maps each pseudonymous participant address to its patient, so that the scan
	// can check that no transaction links one patient's addresses across studies.
	participants map[common.Address]int
}

func newKnownValues() *knownValues {
	k := &knownValues{addrs: map[common.Address]string{{}: "zero"}, hashes: map[common.Hash]string{{}: "zero"},
		participants: map[common.Address]int{}}
	for name, h := range map[string]common.Hash{"ETHICS_BOARD": RoleEthicsBoard, "COMPUTE": RoleCompute, "MINTER": RoleMinter} {
		k.hashes[h] = "role " + name
	}
	// The token's ERC-20 name and symbol, which its constructor stores as Solidity short
	// strings (the text, then its length times two in the last byte).
	for _, text := range []string{"MedMarket Reward", "MMR"} {
		var w common.Hash
		copy(w[:], text)
		w[31] = byte(2 * len(text))
		k.hashes[w] = "token name or symbol"
	}
	return k
}

func (k *knownValues) addr(a common.Address, what string) { k.addrs[a] = what }
func (k *knownValues) hash(h [32]byte, what string)       { k.hashes[h] = what }

// TestNoPersonalDataOnChain plays every kind of on-chain action for patients whose records
// hold personal data, then scans every transaction's calldata, every event and every storage
// write (from debug_traceTransaction's prestate diffs) of the whole chain:
//   - no pattern of any record (name, birth date, NHS number, postcode, email, condition, a lab
//     value, the vault handle, the master secret) appears anywhere;
//   - every event argument is a known pseudonymous address, a known hash (protocol, scope,
//     query, result, role) or a number;
//   - every storage slot written is keyed by known addresses, study ids, versions and hashes
//     only, and every value written is a known hash, a known address packed with small
//     numbers, or a plain packed number (no text, nothing hash-like that is not known);
//   - no transaction carries two pseudonymous addresses of the same patient (studies cannot
//     be linked to one patient).
func TestNoPersonalDataOnChain(t *testing.T) {
	e := newEnv(t, false)
	k := newKnownValues()
	k.addr(e.l.sender.From(), "operator")
	for _, a := range e.dep.Addresses() {
		k.addr(a, "contract")
	}
	k.addr(ToCommon(AddressOf(e.board)), "ethics board")
	k.hash(e.scope, "scope")

	patients := []patientRecord{
		{Name: "Alice Example", Birth: "1961-04-12", NHSNumber: "943 476 5919", Postcode: "SW1A 1AA", Email: "alice@example.org", Condition: "E11.9", HbA1c: 7.2},
		{Name: "Bob Sample", Birth: "1979-11-03", NHSNumber: "401 023 2137", Postcode: "M1 1AE", Email: "bob@example.net", Condition: "I10", HbA1c: 5.6},
		{Name: "Carol Test", Birth: "1954-07-30", NHSNumber: "485 777 3456", Postcode: "EH1 1YZ", Email: "carol@example.com", Condition: "E78.0", HbA1c: 6.1},
	}
	for i := range patients {
		patients[i].Ref, patients[i].Master = make([]byte, 16), make([]byte, 32)
		rand.Read(patients[i].Ref)
		rand.Read(patients[i].Master)
	}

	// Two studies; every patient consents to both with per-study keys.
	s1 := e.openStudy(10, 100, 1000)
	s2 := e.registerStudy(7, 100)
	e.fund(s2, big.NewInt(700))
	for _, s := range []study{s1, s2} {
		k.addr(ToCommon(AddressOf(s.researcher)), "researcher")
		k.hash(s.hash, "protocol")
		k.studies = append(k.studies, s.id)
	}
	// Study 2 is amended once, rejected, amended again and approved.
	amend := func(s study, h marketplace.Hash) {
		n, _ := e.l.Nonces(e.ctx, AddressOf(s.researcher))
		a, _ := SignAmend(s.researcher, e.dom, s.id, h, n.Registry, e.deadline())
		if err := e.l.AmendStudy(e.ctx, s.id, h, a); err != nil {
			t.Fatal(err)
		}
		k.hash(h, "protocol")
	}
	v2 := marketplace.Hash(crypto.Keccak256Hash([]byte("study 2 protocol v2")))
	amend(s2, v2)
	bn, _ := e.l.Nonces(e.ctx, AddressOf(e.board))
	a, _ := SignReject(e.board, e.dom, s2.id, v2, bn.Registry, e.deadline())
	if err := e.l.RejectStudy(e.ctx, s2.id, v2, a); err != nil {
		t.Fatal(err)
	}
	v3 := marketplace.Hash(crypto.Keccak256Hash([]byte("study 2 protocol v3")))
	amend(s2, v3)
	s2.hash = v3
	e.approve(s2)

	keys := map[uint64][]*ecdsa.PrivateKey{}
	for pi, p := range patients {
		for _, s := range []study{s1, s2} {
			key := StudyKey(p.Master, s.id)
			keys[s.id] = append(keys[s.id], key)
			k.addr(crypto.PubkeyToAddress(key.PublicKey), "participant")
			k.participants[crypto.PubkeyToAddress(key.PublicKey)] = pi
			e.consent(s.id, key, 0)
		}
	}
	e.revoke(s2.id, keys[s2.id][1], 1)
	for _, s := range []study{s1, s2} {
		q, r := marketplace.Hash(crypto.Keccak256Hash([]byte(fmt.Sprint("query", s.id)))), marketplace.Hash(crypto.Keccak256Hash([]byte(fmt.Sprint("result", s.id))))
		k.hash(q, "query")
		k.hash(r, "result")
		if err := e.l.SpendBudget(e.ctx, s.id, q, 250_000, 1000, r); err != nil {
			t.Fatal(err)
		}
		var paid []marketplace.Address
		for i, key := range keys[s.id] {
			if s.id == s2.id && i == 1 {
				continue
			}
			paid = append(paid, AddressOf(key))
		}
		if err := e.l.Pay(e.ctx, s.id, paid); err != nil {
			t.Fatal(err)
		}
	}
	r := s1.researcher
	n, _ := e.l.Nonces(e.ctx, AddressOf(r))
	a, _ = SignRecruit(r, e.dom, s1.id, false, n.Registry, e.deadline())
	if err := e.l.SetRecruiting(e.ctx, s1.id, false, a); err != nil {
		t.Fatal(err)
	}
	bn, _ = e.l.Nonces(e.ctx, AddressOf(e.board))
	a, _ = SignSuspend(e.board, e.dom, s1.id, true, bn.Registry, e.deadline())
	if err := e.l.SuspendStudy(e.ctx, s1.id, true, a); err != nil {
		t.Fatal(err)
	}
	for _, s := range []study{s1, s2} {
		n, _ := e.l.Nonces(e.ctx, AddressOf(s.researcher))
		a, _ := SignClose(s.researcher, e.dom, s.id, n.Registry, e.deadline())
		if _, err := e.l.CloseStudy(e.ctx, s.id, a); err != nil {
			t.Fatal(err)
		}
	}

	head, err := e.client.BlockNumber(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	w, err := CollectWrites(e.ctx, e.client, 1, head)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("scanned %d transactions, %d events and %d storage writes", len(w.Inputs), len(w.Logs), len(w.Storage))
	if len(w.Logs) < 40 || len(w.Storage) < 80 {
		t.Fatalf("too little to scan: %d events, %d storage writes", len(w.Logs), len(w.Storage))
	}

	if err := k.scan(w, patients); err != nil {
		t.Fatal(err)
	}

	// The scan is not vacuous: each kind of leak planted in a copy of what was collected is
	// caught.
	leak := func(what string, mutate func(c *ChainWrites)) {
		t.Helper()
		c := &ChainWrites{Inputs: map[common.Hash][]byte{}, Logs: append([]types.Log{}, w.Logs...), Storage: append([]StorageWrite{}, w.Storage...)}
		for h, in := range w.Inputs {
			c.Inputs[h] = in
		}
		mutate(c)
		if err := k.scan(c, patients); err == nil {
			t.Errorf("a planted %s went unnoticed", what)
		} else {
			t.Logf("planted %s: caught (%v)", what, err)
		}
	}
	leak("patient name in calldata", func(c *ChainWrites) { c.Inputs[common.Hash{1}] = []byte("..." + patients[0].Name + "...") })
	leak("unknown address in an event", func(c *ChainWrites) {
		l := c.Logs[len(c.Logs)-1]
		l.Topics = append([]common.Hash{}, l.Topics...)
		for i, tp := range l.Topics {
			if i > 0 && tp[0] == 0 && tp[11] == 0 {
				l.Topics[i] = common.BytesToHash(common.HexToAddress("0x00000000000000000000000000000000000bad01").Bytes())
			}
		}
		c.Logs = []types.Log{l}
	})
	leak("storage slot keyed by something unknown", func(c *ChainWrites) {
		c.Storage = append(c.Storage, StorageWrite{Contract: e.dep.RewardToken, Slot: crypto.Keccak256Hash([]byte(patients[1].NHSNumber))})
	})
	leak("text in storage", func(c *ChainWrites) {
		var v common.Hash
		copy(v[:], "type 2 diabetes")
		c.Storage = append(c.Storage, StorageWrite{Contract: e.dep.RewardToken, Slot: c.Storage[0].Slot, Value: v})
	})
	leak("hash of personal data in storage", func(c *ChainWrites) {
		c.Storage = append(c.Storage, StorageWrite{Contract: e.dep.RewardToken, Slot: c.Storage[0].Slot, Value: crypto.Keccak256Hash([]byte(patients[2].Birth))})
	})
	leak("two studies of one patient in one transaction", func(c *ChainWrites) {
		a1, a2 := AddressOf(keys[s1.id][0]), AddressOf(keys[s2.id][0])
		c.Inputs[common.Hash{2}] = append(a1[:], a2[:]...)
	})
}

// scan checks collected writes against personal data, known values and unlinkability.
func (k *knownValues) scan(w *ChainWrites, patients []patientRecord) error {
	// 1. No personal data anywhere.
	type blob struct {
		what string
		b    []byte
	}
	var blobs []blob
	add := func(what string, b []byte) { blobs = append(blobs, blob{what, b}) }
	for h, in := range w.Inputs {
		add("calldata of "+h.Hex(), in)
	}
	for _, l := range w.Logs {
		add("event data", l.Data)
		for _, tp := range l.Topics {
			add("event topic", tp[:])
		}
	}
	for _, s := range w.Storage {
		add("storage slot", s.Slot[:])
		add("storage value", s.Value[:])
	}
	for _, p := range patients {
		for what, pattern := range p.personal() {
			for _, b := range blobs {
				if bytes.Contains(b.b, pattern) {
					return fmt.Errorf("the %s of a patient appears in %s", what, b.what)
				}
			}
		}
	}
	// 2. Events carry known addresses, known hashes and numbers only.
	if err := k.checkEvents(w.Logs); err != nil {
		return err
	}
	// 3. Storage is keyed by known values, and holds known values and numbers only.
	if err := k.checkStorage(w.Storage); err != nil {
		return err
	}
	// 4. No transaction links two studies of one patient.
	for h, in := range w.Inputs {
		if err := k.checkUnlinked("calldata of "+h.Hex(), in); err != nil {
			return err
		}
	}
	for _, l := range w.Logs {
		if err := k.checkUnlinked("event of "+l.TxHash.Hex(), l.Data); err != nil {
			return err
		}
	}
	return nil
}

// checkUnlinked reports b holding pseudonymous addresses of one patient for two studies.
func (k *knownValues) checkUnlinked(what string, b []byte) error {
	seen := map[int]common.Address{}
	for a, patient := range k.participants {
		if bytes.Contains(b, a[:]) {
			if other, ok := seen[patient]; ok && other != a {
				return fmt.Errorf("%s links two study addresses of one patient: %s and %s", what, a.Hex(), other.Hex())
			}
			seen[patient] = a
		}
	}
	return nil
}

func (k *knownValues) checkEvents(logs []types.Log) error {
	var abis []*abi.ABI
	for _, md := range []string{bindings.StudyRegistryMetaData.ABI, bindings.PrivacyBudgetLedgerMetaData.ABI, bindings.RewardTokenMetaData.ABI} {
		abis = append(abis, parseABI(md))
	}
	for _, l := range logs {
		var ev *abi.Event
		for _, a := range abis {
			if e, err := a.EventByID(l.Topics[0]); err == nil {
				ev = e
				break
			}
		}
		if ev == nil {
			return fmt.Errorf("unknown event %s from %s", l.Topics[0].Hex(), l.Address.Hex())
		}
		values := map[string]any{}
		if err := ev.Inputs.NonIndexed().UnpackIntoMap(values, l.Data); err != nil {
			return fmt.Errorf("%s: %v", ev.Name, err)
		}
		var indexed abi.Arguments
		for _, in := range ev.Inputs {
			if in.Indexed {
				indexed = append(indexed, in)
			}
		}
		if err := abi.ParseTopicsIntoMap(values, indexed, l.Topics[1:]); err != nil {
			return fmt.Errorf("%s: %v", ev.Name, err)
		}
		for _, in := range ev.Inputs {
			if err := k.checkArg(ev.Name+"."+in.Name, in.Type, values[in.Name]); err != nil {
				return err
			}
		}
	}
	return nil
}

func (k *knownValues) checkArg(what string, typ abi.Type, v any) error {
	switch typ.T {
	case abi.AddressTy:
		if _, ok := k.addrs[v.(common.Address)]; !ok {
			return fmt.Errorf("%s is an unknown address %s", what, v.(common.Address).Hex())
		}
	case abi.FixedBytesTy:
		h := v.([32]byte)
		if _, ok := k.hashes[h]; !ok {
			return fmt.Errorf("%s is an unknown hash %x", what, h)
		}
	case abi.SliceTy: // bytes32[] scopes
		for _, h := range v.([][32]byte) {
			if err := k.checkArg(what+"[]", *typ.Elem, h); err != nil {
				return err
			}
		}
	case abi.BytesTy: // packed grants, revocations, recipients
		b := v.([]byte)
		var as []marketplace.Address
		if strings.HasSuffix(what, ".grants") {
			gs, err := DecodeGrants(make([][32]byte, 256), b)
			if err != nil {
				return fmt.Errorf("%s: %v", what, err)
			}
			for _, g := range gs {
				as = append(as, g.Participant)
			}
		} else {
			var err error
			if as, err = DecodeAddresses(b); err != nil {
				return fmt.Errorf("%s: %v", what, err)
			}
		}
		for _, a := range as {
			if err := k.checkArg(what+" address", abi.Type{T: abi.AddressTy}, ToCommon(a)); err != nil {
				return err
			}
		}
	case abi.UintTy, abi.BoolTy:
	default:
		return fmt.Errorf("%s has unexpected type %s", what, typ.String())
	}
	return nil
}

// checkStorage checks that every written slot is derived from known keys and that every
// value is a known hash, a known address packed with small numbers, or a packed number.
func (k *knownValues) checkStorage(writes []StorageWrite) error {
	var keys [][32]byte
	for a := range k.addrs {
		keys = append(keys, common.BytesToHash(a[:]))
	}
	for h := range k.hashes {
		keys = append(keys, h)
	}
	for i := uint64(0); i <= 16; i++ {
		keys = append(keys, common.BigToHash(new(big.Int).SetUint64(i))) // study ids, versions
	}
	slot := func(key, base [32]byte) [32]byte { return crypto.Keccak256Hash(key[:], base[:]) }
	derived := map[common.Hash]string{}
	for base := uint64(0); base < 16; base++ {
		b := common.BigToHash(new(big.Int).SetUint64(base))
		derived[b] = "plain slot"
		for _, k1 := range keys {
			l1 := slot(k1, b)
			for off := int64(0); off < 4; off++ {
				derived[common.BigToHash(new(big.Int).Add(new(big.Int).SetBytes(l1[:]), big.NewInt(off)))] = "mapping"
			}
			for _, k2 := range keys {
				derived[slot(k2, l1)] = "nested mapping"
			}
		}
	}
	for _, w := range writes {
		if _, ok := derived[w.Slot]; !ok {
			return fmt.Errorf("contract %s wrote slot %s, which no known address, study or hash keys", w.Contract.Hex(), w.Slot.Hex())
		}
		if _, ok := k.hashes[w.Value]; ok {
			continue
		}
		v := new(big.Int).SetBytes(w.Value[:])
		low := common.BigToAddress(new(big.Int).And(v, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 160), big.NewInt(1))))
		if _, ok := k.addrs[low]; ok && low != (common.Address{}) && v.BitLen() <= 160+72 {
			continue // an address packed with a status, counters or a timestamp
		}
		nonzero := 0
		for _, c := range w.Value {
			if c != 0 {
				nonzero++
			}
		}
		if nonzero > 24 {
			return fmt.Errorf("contract %s wrote an unexplained hash-like value %s at %s", w.Contract.Hex(), w.Value.Hex(), w.Slot.Hex())
		}
		run := 0
		for _, c := range w.Value {
			if c >= 0x20 && c < 0x7f {
				if run++; run >= 6 {
					return fmt.Errorf("contract %s wrote text into storage: %s", w.Contract.Hex(), w.Value.Hex())
				}
			} else {
				run = 0
			}
		}
	}
	return nil
}

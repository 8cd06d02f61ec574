package token

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/medmarket/medmarket/marketplace"
)

// escrowModel is what the fuzz test expects of one study on chain.
type escrowModel struct {
	funded, paid, refunded int64
	closed                 bool
	consented              []bool // per participant: holds a consent now
	wasPaid                []bool
	nonce                  []uint64 // next consent nonce per participant
	active                 int
	epsSpent, deltaSpent   uint64
	permits                uint64 // the researcher's permits used
	registryNonce          uint64
	queries                int
}

const (
	fuzzReward       = 10
	fuzzCap          = 4
	fuzzParticipants = 5
	fuzzEpsilon      = 1_000_000         // units of the registered budget
	fuzzDelta        = 1_000_000_000_000 // 1e-6
	fuzzMaxOps       = 24
)

// FuzzEscrowInvariants runs random sequences of fund, consent, revoke, payout, refund and
// budget spend against one study on an in-memory embedded node, predicting each outcome from a
// model and checking after every step that:
//   - the escrow holds exactly funded - paid - refunded (per study, and in the contract's
//     token balance across every study the fuzzer made);
//   - nobody is paid twice (each participant's balance is the reward at most once);
//   - what was spent never exceeds the budget, and equals what the model spent;
//   - each operation succeeds or fails exactly as the model says, with the error code a
//     client would see.
//
// Each input byte pair is an operation and its argument. The seed corpus runs under plain go
// test in a few seconds; go test -fuzz explores further.
func FuzzEscrowInvariants(f *testing.F) {
	f.Add([]byte{0, 3, 1, 0, 1, 1, 3, 3, 2, 0, 3, 1, 4, 0})
	f.Add([]byte{1, 0, 0, 1, 1, 1, 1, 2, 1, 3, 1, 4, 3, 31, 2, 1, 1, 1, 3, 2, 5, 3, 5, 3, 5, 0})
	f.Add([]byte{5, 1, 5, 2, 5, 3, 0, 0, 1, 4, 3, 16, 3, 16, 4, 0, 4, 0, 0, 1, 1, 2, 2, 4, 5, 0})
	f.Add([]byte{0, 4, 1, 0, 1, 1, 1, 2, 1, 3, 3, 15, 2, 0, 2, 0, 1, 0, 3, 1, 0, 0, 3, 16, 4, 0, 3, 2, 2, 1})
	base := newEnv(f, false)
	var held big.Int // what the token contract should hold across all fuzz studies
	f.Fuzz(func(t *testing.T, ops []byte) {
		e := *base
		e.t = t
		if len(ops) > 2*fuzzMaxOps {
			ops = ops[:2*fuzzMaxOps]
		}
		s := e.registerStudyBudget(fuzzReward, fuzzCap, fuzzEpsilon, fuzzDelta)
		e.approve(s)
		keys := make([]*ecdsa.PrivateKey, fuzzParticipants)
		for i := range keys {
			keys[i] = mustKey()
		}
		m := &escrowModel{consented: make([]bool, len(keys)), wasPaid: make([]bool, len(keys)),
			nonce: make([]uint64, len(keys)), registryNonce: 1}
		for i := 0; i+1 < len(ops); i += 2 {
			op, arg := ops[i]%6, ops[i+1]
			what, got, want := e.fuzzStep(s, keys, m, op, arg, &held)
			if marketplace.ErrorCode(got) != want {
				t.Fatalf("step %d, %s: got %v (%q), want %q", i/2, what, got, marketplace.ErrorCode(got), want)
			}
			e.checkInvariants(s, keys, m, &held, fmt.Sprintf("after step %d, %s", i/2, what))
		}
	})
}

// registerStudyBudget registers a study with the given budget (no escrow yet).
func (e *env) registerStudyBudget(reward int64, cap uint32, eps, delta uint64) study {
	e.t.Helper()
	r := mustKey()
	s := study{researcher: r, reward: big.NewInt(reward), hash: marketplace.Hash(crypto.Keccak256Hash(r.D.Bytes()))}
	reg := marketplace.Registration{ProtocolHash: s.hash, EpsilonBudget: eps, DeltaBudget: delta, RewardPerParticipant: s.reward, ParticipantCap: cap}
	auth, err := SignRegister(r, e.dom, reg, 0, e.deadline())
	if err != nil {
		e.t.Fatal(err)
	}
	if s.id, err = e.l.RegisterStudy(e.ctx, reg, auth); err != nil {
		e.t.Fatal(err)
	}
	return s
}

// fuzzStep applies one operation and returns what it was, its error and the error code the
// model expects ("" for success), updating the model when the operation should succeed.
func (e *env) fuzzStep(s study, keys []*ecdsa.PrivateKey, m *escrowModel, op, arg byte, held *big.Int) (string, error, string) {
	e.t.Helper()
	switch op {
	case 0: // fund
		amount := int64(arg%5+1) * fuzzReward
		r := AddressOf(s.researcher)
		if err := e.l.Mint(e.ctx, r, big.NewInt(amount)); err != nil {
			e.t.Fatal(err)
		}
		auth, err := SignPermit(s.researcher, e.dom, big.NewInt(amount), m.permits, e.deadline())
		if err != nil {
			e.t.Fatal(err)
		}
		err = e.l.FundStudy(e.ctx, s.id, big.NewInt(amount), auth)
		want := ""
		if m.closed {
			want = marketplace.EFORBIDDEN
		} else {
			m.funded += amount
			m.permits++
			held.Add(held, big.NewInt(amount))
		}
		return fmt.Sprintf("fund %d", amount), err, want
	case 1: // consent
		p := int(arg) % len(keys)
		c, auth := e.signedConsent(e.dom, s.id, keys[p], m.nonce[p])
		err := e.l.GrantConsent(e.ctx, c, auth)
		want := ""
		switch {
		case m.closed:
			want = marketplace.EFORBIDDEN
		case m.consented[p]:
			want = marketplace.ECONFLICT
		case m.active >= fuzzCap:
			want = marketplace.EFORBIDDEN
		default:
			m.consented[p] = true
			m.nonce[p]++
			m.active++
		}
		return fmt.Sprintf("consent %d", p), err, want
	case 2: // revoke
		p := int(arg) % len(keys)
		auth, err := SignRevoke(keys[p], e.dom, s.id, m.nonce[p], e.deadline())
		if err != nil {
			e.t.Fatal(err)
		}
		err = e.l.RevokeConsent(e.ctx, s.id, AddressOf(keys[p]), auth)
		want := ""
		if !m.consented[p] {
			want = marketplace.EFORBIDDEN
		} else {
			m.consented[p] = false
			m.nonce[p]++
			m.active--
		}
		return fmt.Sprintf("revoke %d", p), err, want
	case 3: // payout to the participants whose bits are set in arg
		var who []int
		for p := range keys {
			if arg&(1<<p) != 0 {
				who = append(who, p)
			}
		}
		if len(who) == 0 {
			who = []int{int(arg>>5) % len(keys)}
		}
		recipients := make([]marketplace.Address, len(who))
		for i, p := range who {
			recipients[i] = AddressOf(keys[p])
		}
		err := e.l.Pay(e.ctx, s.id, recipients)
		want := ""
		if m.closed {
			want = marketplace.EFORBIDDEN
		} else {
			for _, p := range who {
				if !m.consented[p] {
					want = marketplace.EFORBIDDEN
					break
				}
				if m.wasPaid[p] {
					want = marketplace.ECONFLICT
					break
				}
			}
			if want == "" && m.funded-m.paid-m.refunded < int64(len(who))*fuzzReward {
				want = marketplace.EFORBIDDEN
			}
		}
		if want == "" {
			for _, p := range who {
				m.wasPaid[p] = true
			}
			total := int64(len(who)) * fuzzReward
			m.paid += total
			held.Sub(held, big.NewInt(total))
		}
		return fmt.Sprintf("pay %v", who), err, want
	case 4: // close and refund (a second time: refund only)
		rest := m.funded - m.paid - m.refunded
		var (
			got *big.Int
			err error
		)
		if m.closed {
			got, err = e.l.Refund(e.ctx, s.id)
		} else {
			auth, serr := SignClose(s.researcher, e.dom, s.id, m.registryNonce, e.deadline())
			if serr != nil {
				e.t.Fatal(serr)
			}
			got, err = e.l.CloseStudy(e.ctx, s.id, auth)
			m.closed = true
			m.registryNonce++
		}
		if err == nil && got.Int64() != rest {
			e.t.Fatalf("refunded %v, want %d", got, rest)
		}
		m.refunded += rest
		held.Sub(held, big.NewInt(rest))
		return "close and refund", err, ""
	default: // spend
		eps := uint64(arg%4+1) * 200_000
		delta := uint64(arg%3) * 300_000_000_000
		m.queries++
		q := marketplace.Hash(crypto.Keccak256Hash(s.hash[:], big.NewInt(int64(m.queries)).Bytes()))
		err := e.l.SpendBudget(e.ctx, s.id, q, eps, delta, marketplace.Hash{0xaa})
		want := ""
		switch {
		case m.closed:
			want = marketplace.EFORBIDDEN
		case m.epsSpent+eps > fuzzEpsilon || m.deltaSpent+delta > fuzzDelta:
			want = marketplace.EBUDGET
		default:
			m.epsSpent += eps
			m.deltaSpent += delta
		}
		return fmt.Sprintf("spend %d/%d", eps, delta), err, want
	}
}

func (e *env) checkInvariants(s study, keys []*ecdsa.PrivateKey, m *escrowModel, held *big.Int, when string) {
	e.t.Helper()
	st, err := e.l.Study(e.ctx, s.id)
	if err != nil {
		e.t.Fatal(err)
	}
	if st.Funded.Int64() != m.funded || st.Paid.Int64() != m.paid || st.Refunded.Int64() != m.refunded {
		e.t.Fatalf("%s: escrow funded/paid/refunded %s/%s/%s, model %d/%d/%d", when, st.Funded, st.Paid, st.Refunded, m.funded, m.paid, m.refunded)
	}
	escrow, err := e.l.Balance(e.ctx, FromCommon(e.dep.RewardToken))
	if err != nil {
		e.t.Fatal(err)
	}
	if escrow.Cmp(held) != 0 {
		e.t.Fatalf("%s: the escrow holds %s, funded - paid - refunded over all studies is %s", when, escrow, held)
	}
	paidCount := 0
	for i, k := range keys {
		b, err := e.l.Balance(e.ctx, AddressOf(k))
		if err != nil {
			e.t.Fatal(err)
		}
		want := int64(0)
		if m.wasPaid[i] {
			want = fuzzReward
			paidCount++
		}
		if b.Int64() != want {
			e.t.Fatalf("%s: participant %d holds %s, want %d (paid at most once)", when, i, b, want)
		}
	}
	if st.Paid.Int64() != int64(paidCount)*fuzzReward {
		e.t.Fatalf("%s: paid %s for %d recipients", when, st.Paid, paidCount)
	}
	if st.EpsilonSpent > st.EpsilonBudget || st.DeltaSpent > st.DeltaBudget {
		e.t.Fatalf("%s: spent %d/%d of %d/%d", when, st.EpsilonSpent, st.DeltaSpent, st.EpsilonBudget, st.DeltaBudget)
	}
	if st.EpsilonSpent != m.epsSpent || st.DeltaSpent != m.deltaSpent {
		e.t.Fatalf("%s: spent %d/%d, model %d/%d", when, st.EpsilonSpent, st.DeltaSpent, m.epsSpent, m.deltaSpent)
	}
	if int(st.Consents) != m.active {
		e.t.Fatalf("%s: %d active consents, model %d", when, st.Consents, m.active)
	}
}

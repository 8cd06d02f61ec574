package token

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/token/bindings"
)

// BenchConfig sizes the chain benchmark.
type BenchConfig struct {
	Runs     int // independent runs on fresh chains; figures are medians. Default 3.
	Batch    int // records per consent batch and recipients per payout. Default 100.
	Consents int // consents relayed through the Ledger for the throughput figure. Default 3000.
	// Logf, when set, reports progress.
	Logf func(format string, args ...any)
}

// BenchRow is one figure of the chain benchmark: the median over runs, the samples, and where
// one applies the baseline measured in the same runs, the ratio to it and the goal.
type BenchRow struct {
	Name          string    `json:"name"`
	Unit          string    `json:"unit"`
	Value         float64   `json:"value"`
	Samples       []float64 `json:"samples"`
	Baseline      string    `json:"baseline,omitempty"`
	BaselineValue float64   `json:"baselineValue,omitempty"`
	Ratio         float64   `json:"ratio,omitempty"` // Value / BaselineValue
	Goal          string    `json:"goal,omitempty"`
	Met           *bool     `json:"met,omitempty"`
}

// BenchReport is the outcome of RunBench.
type BenchReport struct {
	Chain string     `json:"chain"`
	Runs  int        `json:"runs"`
	Batch int        `json:"batch"`
	Rows  []BenchRow `json:"rows"`
}

// benchSample is one run's measurements, keyed by row name.
type benchSample map[string]float64

// RunBench measures the contracts on fresh in-memory embedded nodes with mainnet gas rules:
// gas per consent (single, and amortised over a batch), per payout recipient (new holders),
// per study registration, approval and budget spend, and consents per second relayed through
// the Ledger; next to the baselines of the same run (a relayed single EIP-712 grant the usual
// way, an OpenZeppelin ERC-20 batch mint and a Disperse transfer to new holders).
func RunBench(ctx context.Context, cfg BenchConfig) (*BenchReport, error) {
	if cfg.Runs <= 0 {
		cfg.Runs = 3
	}
	if cfg.Batch <= 0 {
		cfg.Batch = 100
	}
	if cfg.Consents <= 0 {
		cfg.Consents = 3000
	}
	logf := cfg.Logf
	if logf == nil {
		logf = func(string, ...any) {}
	}
	var samples []benchSample
	for run := 1; run <= cfg.Runs; run++ {
		logf("run %d of %d", run, cfg.Runs)
		s, err := benchRun(ctx, cfg, logf)
		if err != nil {
			return nil, fmt.Errorf("token.RunBench: run %d: %w", run, err)
		}
		samples = append(samples, s)
	}
	rep := &BenchReport{
		Chain: fmt.Sprintf("embedded go-ethereum node, chain %d, mainnet fork rules (through Osaka)", DevChainID),
		Runs:  cfg.Runs, Batch: cfg.Batch,
	}
	row := func(name, unit, baseline, goal string, goalOK func(v float64) bool) {
		r := BenchRow{Name: name, Unit: unit, Baseline: baseline, Goal: goal}
		for _, s := range samples {
			r.Samples = append(r.Samples, s[name])
		}
		r.Value = marketplace.Median(r.Samples)
		if baseline != "" {
			var bs []float64
			for _, s := range samples {
				bs = append(bs, s[baseline])
			}
			r.BaselineValue = marketplace.Median(bs)
			if r.BaselineValue != 0 {
				r.Ratio = r.Value / r.BaselineValue
			}
		}
		if goalOK != nil {
			met := goalOK(r.Value)
			r.Met = &met
		}
		rep.Rows = append(rep.Rows, r)
	}
	atMost := func(x float64) func(float64) bool { return func(v float64) bool { return v <= x } }
	batch := fmt.Sprintf("consent, amortised in a batch of %d", cfg.Batch)
	// Consents are compared with the cheaper usual case, a participant whose nonce slot exists
	// (the "about 58,000"); the first grant of a new participant costs more.
	usual := "baseline: same, participant's nonce slot already used"
	row(batch, "gas", usual, "<= 30000", atMost(30000))
	row("consent, single (1-record batch)", "gas", usual, "", nil)
	row("baseline: relayed single EIP-712 grant, usual pattern", "gas", "", "", nil)
	row("baseline: same, participant's nonce slot already used", "gas", "", "", nil)
	payout := fmt.Sprintf("payout per new recipient, batch of %d", cfg.Batch)
	row(payout, "gas", "baseline: OpenZeppelin ERC-20 batch mint per new holder", "<= 27000", atMost(27000))
	row("baseline: OpenZeppelin ERC-20 batch mint per new holder", "gas", "", "", nil)
	row("baseline: Disperse token transfer per new holder", "gas", "", "", nil)
	row("participant lifecycle: batched consent + payout", "gas", "baseline: usual grant + OZ mint", "", nil)
	row("baseline: usual grant + OZ mint", "gas", "", "", nil)
	row(fmt.Sprintf("revocation, amortised in a batch of %d", cfg.Batch), "gas", "", "", nil)
	row("study registration", "gas", "", "", nil)
	row("ethics approval", "gas", "", "", nil)
	row("escrow funding with permit", "gas", "", "", nil)
	row("budget spend", "gas", "", "", nil)
	row("consents per second through the embedded node (Ledger.GrantConsent)", "consents/s", "", ">= 2000",
		func(v float64) bool { return v >= 2000 })
	return rep, nil
}

// benchEnv is one run's chain and actors.
type benchEnv struct {
	ctx        context.Context
	node       *Node
	s          *Sender
	l          *Ledger
	researcher *ecdsa.PrivateKey
	board      *ecdsa.PrivateKey
	deadline   uint64
	expiry     uint64
	scope      marketplace.Hash
}

func benchRun(ctx context.Context, cfg BenchConfig, logf func(string, ...any)) (benchSample, error) {
	opKey, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	node, err := StartNode(NodeConfig{Prefund: []common.Address{crypto.PubkeyToAddress(opKey.PublicKey)}})
	if err != nil {
		return nil, err
	}
	defer node.Close()
	s, err := NewSender(ctx, node.Client(), node.ChainID(), opKey)
	if err != nil {
		return nil, err
	}
	dep, err := Deploy(ctx, s)
	if err != nil {
		return nil, err
	}
	l, err := NewLedger(node.Client(), s, dep)
	if err != nil {
		return nil, err
	}
	defer l.Close()
	e := &benchEnv{ctx: ctx, node: node, s: s, l: l, researcher: mustKey(), board: mustKey(),
		deadline: uint64(time.Now().Add(time.Hour).Unix()), expiry: uint64(time.Now().Add(365 * 24 * time.Hour).Unix()),
		scope: marketplace.Hash(crypto.Keccak256Hash([]byte("DUO:0000006,DUO:0000019")))}
	out := benchSample{}
	if err := l.AddEthicsBoard(ctx, AddressOf(e.board)); err != nil {
		return nil, err
	}

	// Two studies: the first pays the one-off costs (first study, first registration of the
	// registry), the second is what a typical registration costs.
	reward := new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))
	cap32 := uint32(1_000_000)
	if _, _, err := e.study(reward, cap32, "warm-up"); err != nil {
		return nil, err
	}
	id, gas, err := e.study(reward, cap32, "measured")
	if err != nil {
		return nil, err
	}
	out["study registration"] = float64(gas.register)
	out["ethics approval"] = float64(gas.approve)
	out["escrow funding with permit"] = float64(gas.fund)

	// Single consents: one-record batches of fresh participants; the usual pattern next to them.
	base, err := e.deployBaselines()
	if err != nil {
		return nil, err
	}
	var single, usual, usualAgain []float64
	for i := 0; i < 5; i++ {
		k := mustKey()
		g, err := e.grantBatch(id, []*ecdsa.PrivateKey{k})
		if err != nil {
			return nil, err
		}
		single = append(single, float64(g))
		k2 := mustKey()
		g, err = e.usualGrant(base, k2, 1)
		if err != nil {
			return nil, err
		}
		usual = append(usual, float64(g))
		g, err = e.usualGrant(base, k2, 2)
		if err != nil {
			return nil, err
		}
		usualAgain = append(usualAgain, float64(g))
	}
	out["consent, single (1-record batch)"] = marketplace.Median(single)
	out["baseline: relayed single EIP-712 grant, usual pattern"] = marketplace.Median(usual)
	out["baseline: same, participant's nonce slot already used"] = marketplace.Median(usualAgain)

	// A full batch, then its participants paid, then revoked.
	keys := make([]*ecdsa.PrivateKey, cfg.Batch)
	for i := range keys {
		keys[i] = mustKey()
	}
	g, err := e.grantBatch(id, keys)
	if err != nil {
		return nil, err
	}
	perConsent := float64(g) / float64(cfg.Batch)
	out[fmt.Sprintf("consent, amortised in a batch of %d", cfg.Batch)] = perConsent
	recipients := make([]marketplace.Address, len(keys))
	for i, k := range keys {
		recipients[i] = AddressOf(k)
	}
	rcpt, err := e.l.transact(ctx, "bench pay", dep.RewardToken, l.abis.token, "pay", u256(id), packAddresses(recipients))
	if err != nil {
		return nil, err
	}
	perPayout := float64(rcpt.GasUsed) / float64(cfg.Batch)
	out[fmt.Sprintf("payout per new recipient, batch of %d", cfg.Batch)] = perPayout
	g, err = e.revokeBatch(id, keys, 1)
	if err != nil {
		return nil, err
	}
	out[fmt.Sprintf("revocation, amortised in a batch of %d", cfg.Batch)] = float64(g) / float64(cfg.Batch)

	// Baselines for payouts: an OpenZeppelin batch mint and Disperse, to new holders.
	mint, disperse, err := e.payoutBaselines(base, cfg.Batch)
	if err != nil {
		return nil, err
	}
	out["baseline: OpenZeppelin ERC-20 batch mint per new holder"] = mint
	out["baseline: Disperse token transfer per new holder"] = disperse
	out["participant lifecycle: batched consent + payout"] = perConsent + perPayout
	out["baseline: usual grant + OZ mint"] = marketplace.Median(usual) + mint

	// A budget spend.
	rcpt, err = e.l.transact(ctx, "bench spend", dep.PrivacyBudgetLedger, l.abis.budget, "spend", u256(id),
		crypto.Keccak256Hash([]byte("query")), uint64(500_000), uint64(0), crypto.Keccak256Hash([]byte("result")))
	if err != nil {
		return nil, err
	}
	out["budget spend"] = float64(rcpt.GasUsed)

	// Throughput: consents signed beforehand, relayed concurrently through the Ledger.
	rate, err := e.throughput(id, cfg.Consents)
	if err != nil {
		return nil, err
	}
	out["consents per second through the embedded node (Ledger.GrantConsent)"] = rate
	logf("  consent batch %.0f gas/consent, payout %.0f gas/recipient, %.0f consents/s", perConsent, perPayout, rate)
	return out, nil
}

func mustKey() *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		panic(err)
	}
	return k
}

type studyGas struct{ register, approve, fund uint64 }

// study registers, funds and approves a study with a fresh researcher.
func (e *benchEnv) study(reward *big.Int, cap uint32, label string) (uint64, studyGas, error) {
	var g studyGas
	researcher := mustKey()
	ctx, l, d := e.ctx, e.l, e.l.Domain()
	reg := marketplace.Registration{
		ProtocolHash:  marketplace.Hash(crypto.Keccak256Hash([]byte("bench protocol " + label))),
		EpsilonBudget: 10_000_000, DeltaBudget: 1_000_000, RewardPerParticipant: reward, ParticipantCap: cap,
	}
	auth, err := SignRegister(researcher, d, reg, 0, e.deadline)
	if err != nil {
		return 0, g, err
	}
	rcpt, err := l.transact(ctx, "bench register", l.dep.StudyRegistry, l.abis.registry, "register",
		[32]byte(reg.ProtocolHash), reg.EpsilonBudget, reg.DeltaBudget, reg.RewardPerParticipant, reg.ParticipantCap,
		ToCommon(auth.Signer), u256(auth.Nonce), u256(auth.Deadline), auth.Signature)
	if err != nil {
		return 0, g, err
	}
	g.register = rcpt.GasUsed
	var id uint64
	for _, lg := range rcpt.Logs {
		if ev, err := l.registry.ParseStudyRegistered(*lg); err == nil {
			id = ev.StudyId.Uint64()
		}
	}
	if id == 0 {
		return 0, g, errors.New("no StudyRegistered event")
	}

	escrow := new(big.Int).Mul(reward, big.NewInt(1000))
	if err := l.Mint(ctx, AddressOf(researcher), escrow); err != nil {
		return 0, g, err
	}
	permit, err := SignPermit(researcher, d, escrow, 0, e.deadline)
	if err != nil {
		return 0, g, err
	}
	var r, s [32]byte
	copy(r[:], permit.Signature[:32])
	copy(s[:], permit.Signature[32:64])
	rcpt, err = l.transact(ctx, "bench fund", l.dep.RewardToken, l.abis.token, "fundWithPermit",
		u256(id), ToCommon(permit.Signer), escrow, u256(permit.Deadline), permit.Signature[64], r, s)
	if err != nil {
		return 0, g, err
	}
	g.fund = rcpt.GasUsed

	bn, err := l.Nonces(ctx, AddressOf(e.board))
	if err != nil {
		return 0, g, err
	}
	approve, err := SignApprove(e.board, d, id, reg.ProtocolHash, bn.Registry, e.deadline)
	if err != nil {
		return 0, g, err
	}
	rcpt, err = l.transact(ctx, "bench approve", l.dep.StudyRegistry, l.abis.registry, "approve",
		u256(id), [32]byte(reg.ProtocolHash), ToCommon(approve.Signer), u256(approve.Nonce), u256(approve.Deadline), approve.Signature)
	if err != nil {
		return 0, g, err
	}
	g.approve = rcpt.GasUsed
	return id, g, nil
}

// signedConsent returns k's signed consent to the study (nonce 0).
func (e *benchEnv) signedConsent(id uint64, k *ecdsa.PrivateKey) (marketplace.Consent, marketplace.Auth, error) {
	c := marketplace.Consent{StudyID: id, Participant: AddressOf(k), Scope: e.scope, Expiry: e.expiry}
	auth, err := SignConsent(k, e.l.Domain(), c, 0, e.deadline)
	return c, auth, err
}

// grantBatch relays fresh participants' consents in one grantBatch and returns its gas.
func (e *benchEnv) grantBatch(id uint64, keys []*ecdsa.PrivateKey) (uint64, error) {
	var records []byte
	for _, k := range keys {
		c, auth, err := e.signedConsent(id, k)
		if err != nil {
			return 0, err
		}
		rec, err := grantRecord(c, auth, 0)
		if err != nil {
			return 0, err
		}
		records = append(records, rec...)
	}
	rcpt, err := e.l.transact(e.ctx, "bench grant", e.l.dep.RewardToken, e.l.abis.token, "grantBatch",
		u256(id), [][32]byte{e.scope}, records)
	if err != nil {
		return 0, err
	}
	return rcpt.GasUsed, nil
}

// revokeBatch relays the participants' revocations (each at the given nonce) in one batch.
func (e *benchEnv) revokeBatch(id uint64, keys []*ecdsa.PrivateKey, nonce uint64) (uint64, error) {
	var records []byte
	for _, k := range keys {
		auth, err := SignRevoke(k, e.l.Domain(), id, nonce, e.deadline)
		if err != nil {
			return 0, err
		}
		rec, err := revokeRecord(AddressOf(k), auth)
		if err != nil {
			return 0, err
		}
		records = append(records, rec...)
	}
	rcpt, err := e.l.transact(e.ctx, "bench revoke", e.l.dep.RewardToken, e.l.abis.token, "revokeBatch", u256(id), records)
	if err != nil {
		return 0, err
	}
	return rcpt.GasUsed, nil
}

type benchBaselines struct {
	token, disperse, consent common.Address
}

func (e *benchEnv) deployBaselines() (benchBaselines, error) {
	var b benchBaselines
	deploy := func(md *bind.MetaData) (common.Address, error) {
		parsed, err := md.GetAbi()
		if err != nil {
			return common.Address{}, err
		}
		a, _, err := e.s.Deploy(e.ctx, parsed, common.FromHex(md.Bin))
		return a, err
	}
	var err error
	if b.token, err = deploy(bindings.BaselineTokenMetaData); err != nil {
		return b, err
	}
	if b.disperse, err = deploy(bindings.BaselineDisperseMetaData); err != nil {
		return b, err
	}
	if b.consent, err = deploy(bindings.BaselineConsentMetaData); err != nil {
		return b, err
	}
	return b, nil
}

// usualGrant relays k's consent to study id through the baseline contract (k's nonce there is
// id-1: one grant per study, in order) and returns its gas.
func (e *benchEnv) usualGrant(b benchBaselines, k *ecdsa.PrivateKey, id uint64) (uint64, error) {
	d := e.l.Domain()
	d.ConsentRegistry = FromCommon(b.consent)
	c := marketplace.Consent{StudyID: id, Participant: AddressOf(k), Scope: e.scope, Expiry: e.expiry}
	auth, err := SignConsent(k, d, c, id-1, e.deadline)
	if err != nil {
		return 0, err
	}
	data, err := parseABI(bindings.BaselineConsentMetaData.ABI).Pack("grant", u256(id), ToCommon(c.Participant),
		[32]byte(c.Scope), c.Expiry, u256(auth.Nonce), u256(auth.Deadline), auth.Signature)
	if err != nil {
		return 0, err
	}
	rcpt, err := e.s.Transact(e.ctx, &b.consent, data)
	if err != nil {
		return 0, err
	}
	return rcpt.GasUsed, nil
}

// payoutBaselines returns the gas per new holder of an OpenZeppelin batch mint and of Disperse.
func (e *benchEnv) payoutBaselines(b benchBaselines, n int) (mint, disperse float64, err error) {
	tokenABI := parseABI(bindings.BaselineTokenMetaData.ABI)
	fresh := func() []common.Address {
		out := make([]common.Address, n)
		for i := range out {
			out[i] = crypto.PubkeyToAddress(mustKey().PublicKey)
		}
		return out
	}
	amount := new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))
	send := func(to common.Address, a *abi.ABI, method string, args ...any) (*types.Receipt, error) {
		data, err := a.Pack(method, args...)
		if err != nil {
			return nil, err
		}
		return e.s.Transact(e.ctx, &to, data)
	}
	// Give the operator a balance first, so that the batch mint measures only new holders.
	total := new(big.Int).Mul(amount, big.NewInt(int64(n)))
	if _, err := send(b.token, tokenABI, "mint", e.s.From(), new(big.Int).Mul(total, big.NewInt(2))); err != nil {
		return 0, 0, err
	}
	rcpt, err := send(b.token, tokenABI, "mintBatch", fresh(), amount)
	if err != nil {
		return 0, 0, err
	}
	mint = float64(rcpt.GasUsed) / float64(n)

	if _, err := send(b.token, tokenABI, "approve", b.disperse, total); err != nil {
		return 0, 0, err
	}
	values := make([]*big.Int, n)
	for i := range values {
		values[i] = amount
	}
	rcpt, err = send(b.disperse, parseABI(bindings.BaselineDisperseMetaData.ABI), "disperseToken", b.token, fresh(), values)
	if err != nil {
		return 0, 0, err
	}
	disperse = float64(rcpt.GasUsed) / float64(n)
	return mint, disperse, nil
}

// throughput relays n consents to the study through Ledger.GrantConsent, all at once from
// concurrent callers, and returns consents per second (signing happens before the clock starts).
func (e *benchEnv) throughput(id uint64, n int) (float64, error) {
	type signed struct {
		c    marketplace.Consent
		auth marketplace.Auth
	}
	all := make([]signed, n)
	for i := range all {
		c, auth, err := e.signedConsent(id, mustKey())
		if err != nil {
			return 0, err
		}
		all[i] = signed{c, auth}
	}
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	start := time.Now()
	for _, s := range all {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := e.l.GrantConsent(e.ctx, s.c, s.auth); err != nil {
				mu.Lock()
				first = errors.Join(first, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if first != nil {
		return 0, first
	}
	valid, err := e.l.ConsentValid(e.ctx, id, []marketplace.Address{all[0].c.Participant, all[n-1].c.Participant})
	if err != nil || !valid[0] || !valid[1] {
		return 0, fmt.Errorf("consents not recorded: %v %v", valid, err)
	}
	return float64(n) / elapsed.Seconds(), nil
}

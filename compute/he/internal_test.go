package he

import (
	"context"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/tuneinsight/lattigo/v5/core/rlwe"
	"github.com/tuneinsight/lattigo/v5/he/heint"
	"github.com/tuneinsight/lattigo/v5/mhe"
	"github.com/tuneinsight/lattigo/v5/ring"

	"github.com/medmarket/medmarket/marketplace"
)

// colludingKeySwitch is what the board and t-1 colluding vaults could do outside the API:
// interpolate s_V over their own t-1 points (a threshold-(t-1) combiner) and switch ct.
func (f *fixture) colludingKeySwitch(t *testing.T, ct *Ciphertext, vaults []PartyID) *Ciphertext {
	t.Helper()
	pcks, err := mhe.NewPublicKeySwitchProtocol(f.params.heint, ring.DiscreteGaussian{Sigma: LattigoFloodSigma, Bound: 6 * LattigoFloodSigma})
	if err != nil {
		t.Fatal(err)
	}
	share := func(sk *rlwe.SecretKey) *DecryptionShare {
		s := f.params.newPCKSShare()
		pcks.GenShare(sk, f.researcher.PublicKey().pk, ct.ct, &s)
		return &DecryptionShare{params: f.params, share: s}
	}
	shares := []*DecryptionShare{share(f.board.sk)}
	active := make([]mhe.ShamirPublicPoint, len(vaults))
	for i, v := range vaults {
		active[i] = f.committee.point(v)
	}
	for _, v := range vaults {
		p := f.vaults[v]
		cmb := mhe.NewCombiner(*f.params.heint.GetRLWEParameters(), p.point, f.committee.points(), len(vaults))
		sk := rlwe.NewSecretKey(f.params.heint)
		if err := cmb.GenAdditiveShare(active, p.point, *p.tsk, sk); err != nil {
			t.Fatal(err)
		}
		shares = append(shares, share(sk))
	}
	return f.params.keySwitch(ct, shares)
}

// TestCoordinatorHoldsNoSecrets walks the Coordinator type: no field, however deep, can hold
// a secret key, a Shamir share or polynomial, a Party or a Researcher. Interfaces are
// flagged unless known to hold public data only.
func TestCoordinatorHoldsNoSecrets(t *testing.T) {
	forbidden := map[reflect.Type]bool{
		reflect.TypeOf(rlwe.SecretKey{}):              true,
		reflect.TypeOf(mhe.ShamirSecretShare{}):       true,
		reflect.TypeOf(mhe.ShamirPolynomial{}):        true,
		reflect.TypeOf(mhe.Combiner{}):                true,
		reflect.TypeOf(mhe.Thresholdizer{}):           true,
		reflect.TypeOf(rlwe.Decryptor{}):              true,
		reflect.TypeOf(rlwe.Encryptor{}):              true, // has a key slot (interface)
		reflect.TypeOf(rlwe.KeyGenerator{}):           true,
		reflect.TypeOf(Party{}):                       true,
		reflect.TypeOf(Researcher{}):                  true,
		reflect.TypeOf(mhe.PublicKeySwitchProtocol{}): true,
	}
	allowedInterfaces := map[reflect.Type]bool{
		reflect.TypeOf((*ring.DistributionParameters)(nil)).Elem():     true, // Xs, Xe descriptions
		reflect.TypeOf((*ring.NumberTheoreticTransformer)(nil)).Elem(): true, // NTT tables
	}
	seen := map[reflect.Type]bool{}
	var walk func(ty reflect.Type, path string)
	walk = func(ty reflect.Type, path string) {
		if seen[ty] {
			return
		}
		seen[ty] = true
		if forbidden[ty] {
			t.Errorf("Coordinator can hold a %v at %s", ty, path)
			return
		}
		switch ty.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
			walk(ty.Elem(), path+"[]")
		case reflect.Map:
			walk(ty.Key(), path+"{key}")
			walk(ty.Elem(), path+"{}")
		case reflect.Struct:
			for i := range ty.NumField() {
				walk(ty.Field(i).Type, path+"."+ty.Field(i).Name)
			}
		case reflect.Interface:
			if !allowedInterfaces[ty] {
				t.Errorf("Coordinator has an interface %v at %s that could hold anything", ty, path)
			}
		case reflect.Func:
			t.Errorf("Coordinator has a func at %s", path)
		}
	}
	walk(reflect.TypeOf(Coordinator{}), "Coordinator")
	// And its methods take and return public objects only.
	ct := reflect.TypeOf(&Coordinator{})
	for i := range ct.NumMethod() {
		m := ct.Method(i).Type
		for j := range m.NumIn() {
			walk(m.In(j), ct.Method(i).Name+" arg")
		}
		for j := range m.NumOut() {
			if m.Out(j) != reflect.TypeOf((*error)(nil)).Elem() {
				walk(m.Out(j), ct.Method(i).Name+" result")
			}
		}
	}
}

func TestCheckSecurityRefusesUnsafe(t *testing.T) {
	primes := func(logN, bits, n int) []uint64 {
		g := ring.NewNTTFriendlyPrimesGenerator(uint64(bits), uint64(2<<logN))
		ps, err := g.NextDownstreamPrimes(n)
		if err != nil {
			t.Fatal(err)
		}
		return ps
	}
	// N = 2^12 with log2 QP = 200: far above 109.
	unsafe, err := newHeint(ParamsLiteral{LogN: 12, Q: primes(12, 50, 4), PlaintextModulus: 0xfffffdc001})
	if err != nil {
		t.Fatal(err)
	}
	err = CheckSecurity(unsafe)
	if err == nil || marketplace.ErrorCode(err) != marketplace.EINVALID {
		t.Fatalf("N=2^12 logQP=%.0f: %v", unsafe.LogQP(), err)
	}
	t.Log(err)
	if _, err := NewParams(ParamsLiteral{LogN: 12, Q: primes(12, 50, 4), PlaintextModulus: 0xfffffdc001, SmudgingBits: 40, MaxParties: 4}); err == nil {
		t.Fatal("NewParams accepted an unsafe set")
	}
	// Just over the bound: 2^13 with 219 bits.
	if hp, err := newHeint(ParamsLiteral{LogN: 13, Q: append(primes(13, 60, 3), primes(13, 39, 1)...), PlaintextModulus: 0x3fffffffff34001}); err != nil {
		t.Fatal(err)
	} else if hp.LogQP() <= 218 || CheckSecurity(hp) == nil {
		t.Fatalf("2^13 with %.2f bits accepted", hp.LogQP())
	}
	// A sparse secret and a narrow error are refused even with a small modulus.
	base := testParams(t).heint.ParametersLiteral()
	sparse := base
	sparse.Xs = ring.Ternary{H: 64}
	narrow := base
	narrow.Xe = ring.DiscreteGaussian{Sigma: 1, Bound: 6}
	for name, lit := range map[string]heint.ParametersLiteral{"sparse": heint.ParametersLiteral(sparse), "narrow": heint.ParametersLiteral(narrow)} {
		hp, err := heint.NewParametersFromLiteral(lit)
		if err != nil {
			t.Fatal(err)
		}
		if CheckSecurity(hp) == nil {
			t.Errorf("%s accepted", name)
		}
	}
	// More than 32 moduli (lattigo v5.0.7's BGV Decode panics on them), even under the size bound.
	if testing.Short() {
		return
	}
	g := ring.NewNTTFriendlyPrimesGenerator(26, 2<<15)
	q33, err := g.NextUpstreamPrimes(33) // 33 primes of 27 bits: about 865 bits
	if err != nil {
		t.Fatal(err)
	}
	many, err := newHeint(ParamsLiteral{LogN: 15, Q: q33, PlaintextModulus: 65537})
	if err != nil {
		t.Fatal(err)
	}
	if many.LogQP() > 881 {
		t.Fatalf("test set too large: %.0f", many.LogQP())
	}
	if err := CheckSecurity(many); err == nil {
		t.Fatal("33 moduli accepted")
	} else {
		t.Log(err)
	}
}

func TestNoiseBudgetRefused(t *testing.T) {
	lit := ParamsLiteral{LogN: 12, Q: []uint64{0x1ffffffffb4001, 0x1ffffffffa4001}, PlaintextModulus: 0xfffffdc001, SmudgingBits: 70, MaxParties: 16}
	if _, err := NewParams(lit); err == nil {
		t.Fatal("2^70 smudging with a 40-bit t in 106 bits accepted")
	}
	p := testParams(t)
	if err := p.CheckCapacity(1<<21, 1<<19); err == nil {
		t.Fatal("capacity 2^40 accepted for t ~ 2^40")
	}
	if err := p.CheckCapacity(1000, 1_000_000); err != nil {
		t.Fatal(err)
	}
	d, err := DefaultParams()
	if err != nil {
		t.Fatal(err)
	}
	// Production: sums of squares of values up to 2^18 over a million patients fit.
	if err := d.CheckCapacity(1<<36, 1_000_000); err != nil {
		t.Fatal(err)
	}
}

// TestMalformedCiphertextRejected feeds corrupted, truncated, reshaped and foreign
// ciphertexts to ParseCiphertext and Coordinator.Sum: each is a clear EINVALID error, never
// a panic or a partial total.
func TestMalformedCiphertextRejected(t *testing.T) {
	f := newFixture(t, testParams(t), 3, 2)
	good := f.encrypt(t, []int64{1, 2, 3})
	gb, err := good.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	// reseal re-frames a lattigo body with a valid checksum, as a buggy vault would send it.
	reseal := func(body []byte) []byte { return f.params.seal(envelope{kind: kindCiphertext, body: body}) }
	body, _ := good.ct.MarshalBinary()

	lowLevel := rlwe.NewCiphertext(f.params.heint, 1, 0)
	*lowLevel.MetaData = *good.ct.MetaData
	lowBody, _ := lowLevel.MarshalBinary()
	degree2 := rlwe.NewCiphertext(f.params.heint, 2, f.params.heint.MaxLevel())
	*degree2.MetaData = *good.ct.MetaData
	deg2Body, _ := degree2.MarshalBinary()
	unreduced := good.ct.CopyNew()
	unreduced.Value[1].Coeffs[0][5] = f.params.heint.Q()[0]
	unredBody, _ := unreduced.MarshalBinary()
	notNTT := good.ct.CopyNew()
	notNTT.IsNTT = false
	notNTTBody, _ := notNTT.MarshalBinary()
	hugeLen := append([]byte(nil), body...)
	for i := len(hugeLen) - 8*f.params.heint.N() - 8; i < len(hugeLen)-8*f.params.heint.N(); i++ {
		hugeLen[i] = 0x7f // the last limb's length prefix: lattigo would allocate that many
	}
	pkBytes, _ := f.pk.MarshalBinary()
	flipped := append([]byte(nil), gb...)
	flipped[len(flipped)/2] ^= 0x40

	other, err := DefaultParams()
	if err != nil {
		t.Fatal(err)
	}
	otherCt := other.newCiphertext()
	otherBytes := other.seal(envelope{kind: kindCiphertext, body: mustMarshal(t, otherCt)})

	cases := map[string][]byte{
		"empty":              nil,
		"garbage":            []byte("not a ciphertext at all, just some bytes that are long enough to pass the length check"),
		"truncated":          gb[:len(gb)-100],
		"flipped bit":        flipped,
		"public key":         pkBytes,
		"other parameters":   otherBytes,
		"level 0":            reseal(lowBody),
		"degree 2":           reseal(deg2Body),
		"unreduced":          reseal(unredBody),
		"not NTT":            reseal(notNTTBody),
		"huge length prefix": reseal(hugeLen),
		"truncated body":     reseal(body[:len(body)-8]),
		"trailing body":      reseal(append(append([]byte(nil), body...), 0)),
	}
	for name, b := range cases {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: panic %v", name, r)
				}
			}()
			ct, err := ParseCiphertext(f.params, b)
			if err == nil || ct != nil {
				t.Errorf("%s: accepted", name)
				return
			}
			if marketplace.ErrorCode(err) != marketplace.EINVALID || !(errors.Is(err, ErrMalformed) || errors.Is(err, ErrParamsMismatch)) {
				t.Errorf("%s: %v", name, err)
			}
			t.Logf("%s: %s", name, marketplace.ErrorMessage(err))
		}()
	}
	// In-memory bad ciphertexts are refused by Sum as a whole.
	bad := &Ciphertext{params: f.params, ct: lowLevel}
	if sum, err := f.coordinator.Sum(good, bad); err == nil || sum != nil {
		t.Fatal("Sum accepted a level-0 ciphertext")
	}
	foreign := &Ciphertext{params: other, ct: otherCt}
	if _, err := f.coordinator.Sum(good, foreign); !errors.Is(err, ErrParamsMismatch) {
		t.Fatalf("Sum of foreign ciphertext: %v", err)
	}
	if _, err := f.coordinator.Sum(good, nil); err == nil {
		t.Fatal("Sum accepted nil")
	}
	// Random mutations of a valid encoding never panic.
	rng := rand.New(rand.NewPCG(5, 6))
	for i := range 300 {
		b := append([]byte(nil), body...)
		for range 1 + rng.IntN(4) {
			b[rng.IntN(len(b))] = byte(rng.Uint32())
		}
		if i%2 == 0 {
			b = b[:rng.IntN(len(b))]
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("mutation %d: panic %v", i, r)
				}
			}()
			_, _ = ParseCiphertext(f.params, reseal(b))
		}()
	}
}

func TestMalformedSharesRejected(t *testing.T) {
	f := newFixture(t, testParams(t), 3, 2)
	ct := f.encrypt(t, []int64{4})
	req, err := f.coordinator.NewRequest("job-shares", ct, f.researcher.PublicKey(), f.committee.Vaults[:2], 1)
	if err != nil {
		t.Fatal(err)
	}
	s, err := f.board.DecryptShare(context.Background(), req, []int64{0})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := s.MarshalBinary()
	b[len(b)-40] ^= 1
	if _, err := ParseDecryptionShare(f.params, b); !errors.Is(err, ErrMalformed) {
		t.Fatalf("corrupted share: %v", err)
	}
	// A share for another request is refused by Combine.
	req2, _ := f.coordinator.NewRequest("job-shares-2", ct, f.researcher.PublicKey(), f.committee.Vaults[:2], 1)
	if _, err := f.coordinator.Combine(req2, []*DecryptionShare{s}); err == nil {
		t.Fatal("share for another request combined")
	}
	for name, data := range map[string][]byte{"request": b, "public key share": b, "threshold share": b} {
		var err error
		switch name {
		case "request":
			_, err = ParseDecryptRequest(f.params, f.committee, data)
		case "public key share":
			_, err = ParsePublicKeyShare(f.params, data)
		default:
			_, err = ParseShamirShare(f.params, data)
		}
		if !errors.Is(err, ErrMalformed) {
			t.Errorf("%s from a share's bytes: %v", name, err)
		}
	}
}

func mustMarshal(t *testing.T, v interface{ MarshalBinary() ([]byte, error) }) []byte {
	t.Helper()
	b, err := v.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDecryptionNoiseIsSmudged checks, with the researcher's key, that the noise a
// decryption reveals is dominated by the uniform smudging (of width 2^k) and still far
// inside the decryption bound.
func TestDecryptionNoiseIsSmudged(t *testing.T) {
	params, n, th := testParams(t), 3, 2
	if !testing.Short() {
		var err error
		if params, err = DefaultParams(); err != nil {
			t.Fatal(err)
		}
		n, th = 8, 5
	}
	f := newFixture(t, params, n, th)
	want := []int64{11, 22, 33}
	var cts []*Ciphertext
	for range n {
		cts = append(cts, f.encrypt(t, nil))
	}
	ct, err := f.coordinator.Sum(append(cts, f.encrypt(t, want))...)
	if err != nil {
		t.Fatal(err)
	}
	req, err := f.coordinator.NewRequest("job-smudge", ct, f.researcher.PublicKey(), f.committee.Vaults[:th], 3)
	if err != nil {
		t.Fatal(err)
	}
	var shares []*DecryptionShare
	for _, p := range append([]*Party{f.board}, f.named(req.Vaults)...) {
		s, err := p.DecryptShare(context.Background(), req, []int64{0, 0, 0})
		if err != nil {
			t.Fatal(err)
		}
		shares = append(shares, s)
	}
	switched, err := f.coordinator.Combine(req, shares)
	if err != nil {
		t.Fatal(err)
	}
	maxLog, meanLog := decryptionNoise(t, f.params, switched, f.researcher.sk, want)
	// The noise the smudging hides: the total's own noise under the ideal key s_B + sum s_i
	// (the fixture still has the setup secrets).
	ideal := f.board.sk.CopyNew()
	for _, id := range f.committee.Vaults {
		f.params.heint.RingQP().Add(ideal.Value, f.vaults[id].sk.Value, ideal.Value)
	}
	ctMax, ctMean := decryptionNoise(t, f.params, ct, ideal, want)
	t.Logf("%s, %d vaults: total's noise before switching: max %.0f bits, mean %.1f bits", params.Name(), n, ctMax, ctMean)
	if ctMax > 20 {
		t.Fatalf("ciphertext noise %.0f bits, above the 2^20 the smudging analysis assumes", ctMax)
	}
	k := float64(f.params.SmudgingBits())
	t.Logf("decryption noise: max %.0f bits, mean %.1f bits (smudging 2^%.0f from each of %d shares)", maxLog, meanLog, k, len(shares))
	if meanLog < k-2 {
		t.Fatalf("noise mean %.1f bits: smudging missing", meanLog)
	}
	if maxLog > f.params.noiseBoundLog2() {
		t.Fatalf("noise %.0f bits above the bound %.1f", maxLog, f.params.noiseBoundLog2())
	}
}

// seeded returns a deterministic byte stream for tests.
func seeded(a uint64) *rand.ChaCha8 {
	var seed [32]byte
	seed[0] = byte(a)
	return rand.NewChaCha8(seed)
}

func TestDiscreteLaplaceCalibrated(t *testing.T) {
	for _, scale := range []float64{0.5, 3, 40.25} {
		n := 20000
		xs, err := SampleDiscreteLaplace(seeded(uint64(scale*4)), scale, n)
		if err != nil {
			t.Fatal(err)
		}
		mean, variance := meanVar(xs)
		want := DiscreteLaplaceVariance(scale)
		// Standard error of the mean is sqrt(var/n); of the variance about var*sqrt(5/n).
		if math.Abs(mean) > 5*math.Sqrt(want/float64(n)) || math.Abs(variance-want) > 5*want*math.Sqrt(5/float64(n)) {
			t.Errorf("scale %v: mean %.3f variance %.3f, want 0 and %.3f", scale, mean, variance, want)
		}
	}
	if _, err := SampleDiscreteLaplace(nil, -1, 1); err == nil {
		t.Fatal("negative scale accepted")
	}
}

func meanVar(xs []int64) (mean, variance float64) {
	for _, x := range xs {
		mean += float64(x)
	}
	mean /= float64(len(xs))
	for _, x := range xs {
		d := float64(x) - mean
		variance += d * d
	}
	return mean, variance / float64(len(xs)-1)
}

// TestDPNoiseInEncryptedDomain adds calibrated noise both ways — an encrypted noise
// ciphertext summed by the coordinator, and the board's decryption share — and checks that
// the decrypted total differs from the true total by exactly that noise, whose mean and
// variance over all slots (seeded draws) are the calibrated ones.
func TestDPNoiseInEncryptedDomain(t *testing.T) {
	f := newFixture(t, testParams(t), 3, 2)
	slots := f.params.Slots()
	if testing.Short() {
		slots = 2048
	}
	rng := rand.New(rand.NewPCG(7, 8))
	const scale = 12.0
	want := make([]int64, slots)
	var cts []*Ciphertext
	for range 3 {
		v := randomVector(rng, slots, 1000)
		for i := range v {
			want[i] += v[i]
		}
		cts = append(cts, f.encrypt(t, v))
	}
	encNoise, err := SampleDiscreteLaplace(seeded(1), scale, slots)
	if err != nil {
		t.Fatal(err)
	}
	boardNoise, err := SampleDiscreteLaplace(seeded(2), scale, slots)
	if err != nil {
		t.Fatal(err)
	}
	total, err := f.coordinator.Sum(append(cts, f.encrypt(t, encNoise))...)
	if err != nil {
		t.Fatal(err)
	}
	got := f.decrypt(t, "job-dp", total, f.committee.Vaults[1:], slots, boardNoise)
	diff := make([]int64, slots)
	for i := range got {
		diff[i] = got[i] - want[i]
		if diff[i] != encNoise[i]+boardNoise[i] {
			t.Fatalf("slot %d: decrypted-true = %d, noise added %d", i, diff[i], encNoise[i]+boardNoise[i])
		}
	}
	mean, variance := meanVar(diff)
	wantVar := 2 * DiscreteLaplaceVariance(scale)
	t.Logf("released-true over %d slots: mean %.3f, variance %.2f (calibrated 0, %.2f)", slots, mean, variance, wantVar)
	if math.Abs(mean) > 5*math.Sqrt(wantVar/float64(slots)) || math.Abs(variance-wantVar) > 5*wantVar*math.Sqrt(5/float64(slots)) {
		t.Fatalf("noise not calibrated: mean %.3f variance %.2f, want 0 and %.2f", mean, variance, wantVar)
	}
}

// decryptionNoise returns the bit sizes (max, mean) of E = (c0 + c1*sk) - Encode(want),
// centered in Q.
func decryptionNoise(t *testing.T, p Params, ct *Ciphertext, sk *rlwe.SecretKey, want []int64) (maxLog, meanLog float64) {
	t.Helper()
	params := p.heint
	pt := heint.NewPlaintext(params, params.MaxLevel())
	rlwe.NewDecryptor(params, sk).Decrypt(ct.ct, pt)
	ref := heint.NewPlaintext(params, params.MaxLevel())
	if err := heint.NewEncoder(params).Encode(want, ref); err != nil {
		t.Fatal(err)
	}
	ringQ := params.RingQ()
	e := ringQ.NewPoly()
	ringQ.Sub(pt.Value, ref.Value, e)
	ringQ.INTT(e, e)
	coeffs := make([]*big.Int, params.N())
	for i := range coeffs {
		coeffs[i] = new(big.Int)
	}
	ringQ.PolyToBigintCentered(e, 1, coeffs)
	for _, c := range coeffs {
		l := float64(c.BitLen())
		maxLog = math.Max(maxLog, l)
		meanLog += l
	}
	return maxLog, meanLog / float64(len(coeffs))
}

func TestZeroParamsRefused(t *testing.T) {
	var p Params
	if _, err := ParseCiphertext(p, []byte("MMHE")); err == nil {
		t.Fatal("zero Params parsed a ciphertext")
	}
	if _, err := NewResearcher(p); err == nil {
		t.Fatal("zero Params made a researcher")
	}
	if _, err := NewCoordinator(p, Committee{Board: "b", Vaults: []PartyID{"v"}, Threshold: 1}); err == nil {
		t.Fatal("zero Params made a coordinator")
	}
}

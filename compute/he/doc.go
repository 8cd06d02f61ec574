// Package he is medmarket's multiparty homomorphic-encryption core: exact integer aggregates
// under BGV (lattigo v5.0.7, schemes/bgv through he/heint, and the mhe protocols), so that no
// single party — not the coordinator, not one vault, not the researcher — sees a vault's
// plaintext totals.
//
// # Roles and types
//
//   - Party: a key-share holder, either the ethics board or one of the n vaults of a
//     Committee. It holds secret key material and a Ledger of what it already helped decrypt.
//   - Coordinator: adds ciphertexts and combines decryption shares. It holds parameters and
//     public objects only; it has no field that can hold a secret key (a test walks its type).
//   - Researcher: holds the output key pair; decrypts the key-switched total (DecodePublic).
//   - Encryptor: public-key encryption under the collective key (used by vaults for their
//     local aggregate vectors and by whoever contributes encrypted DP noise).
//
// # Parameters and security
//
// Params wraps heint (BGV) parameters. NewParams, and therefore DefaultParams and TestParams,
// refuse any set that CheckSecurity rejects: log2(QP) above the HomomorphicEncryption.org
// 128-bit classical bound for a uniform ternary secret (N=2^10..2^15: 27, 54, 109, 218, 438,
// 881 bits; the 2018 Homomorphic Encryption Standard, the table SEAL enforces), a secret that
// is not uniform ternary, an error narrower than sigma 3.19, or more than 32 moduli (lattigo
// v5.0.7 panics in bgv.Encoder.Decode with more than 32 Q moduli). NewParams also refuses a
// set whose noise budget cannot hold the smudging noise of MaxParties decryption shares, so a
// correct protocol run always decrypts exactly. Both built-in sets also satisfy the stricter
// 2024 FHE.org guideline estimates (106 bits at 2^12, 214 at 2^13). Start-up code calls
// CheckSecurity (or builds its set with NewParams) and refuses to start on an error.
//
// # Threshold design: board AND any t of n vaults
//
// Every party draws a fresh ternary secret: the board s_B, vault i s_i. The collective
// (ideal) secret key is s = s_B + s_V with s_V = sum_i s_i, and the collective public key is
// generated for s with mhe.PublicKeyGenProtocol from a common reference string expanded from
// a shared seed (every party and the board contribute a share; all must take part in setup).
//
// The vaults then thresholdize s_V among themselves with mhe.Thresholdizer: each vault
// Shamir-shares its s_i with a random polynomial of degree t-1 and sends one share to every
// vault (point i+1 for the i-th vault of the committee); each vault sums what it receives
// into its share of s_V. The board's s_B is never shared. To decrypt, a request names exactly
// t vaults; each of them turns its Shamir share into an additive share of s_V with
// mhe.Combiner (Lagrange interpolation at zero over the named set), and the board uses s_B.
// The shares of the board and the t vaults sum to s, nothing less does:
//
//   - without the board, s_B is missing and the result is noise (s_B is a uniform ternary
//     secret, never sent anywhere);
//   - with fewer than t vaults, s_V cannot be interpolated (Shamir), and Party refuses;
//   - any t of the n vaults, plus the board, succeed.
//
// So the access structure is "board AND t-of-n vaults", mandatory board by construction.
// The board is a single party here; an ethics board made of several members can hold s_B
// itself split additively or thresholdized among its members in the same way (not built).
//
// # Decryption to the researcher, noise flooding, DecodePublic
//
// Decryption is a public-key switch (mhe.PublicKeySwitchProtocol, "PCKS") of the total from
// s to the researcher's public key; the researcher decrypts locally. Each party's share is
// flooded twice: lattigo's own Gaussian flooding at sigma 2^30 (the value lattigo's examples
// use), plus an exact uniform smudging noise in [-2^k, 2^k) per coefficient, drawn with
// crypto/rand (k = Params.SmudgingBits: 90 for DefaultParams, 56 for TestParams). The
// second layer exists because lattigo's Gaussian sampler derives each sample from 32 random
// bits (a ziggurat over float64); above sigma ~2^36 its outputs sit on a sparse grid, and we
// measured that at sigma 2^48 a hidden shift of +-1000 is recovered exactly from 197 of 200
// flooded coefficients — larger lattigo sigmas do not smudge. The noise to hide is the
// total's own decryption noise, measured at 14 bits (max) for 8 vaults at N=2^13; taking
// 2^16, one honest party's smudging keeps the statistical distance below
// 2^13 * 2^16 / 2^91 = 2^-62 (2^12 * 2^16 / 2^57 = 2^-29 for the test set).
//
// lattigo v5.0.7 has DecodePublic for CKKS only. BGV decoding is exact modulo t (the
// researcher's decryption is m + t*e and the noise is removed by the reduction), so the
// noise a decryption could otherwise reveal is hidden by the flooding in the key-switch
// shares above; Researcher.DecodePublic is decryption + exact decoding of the released
// slots only.
//
// # Differential privacy in the encrypted domain
//
// The DP layer supplies calibrated integer noise vectors; this package never calibrates.
// Two ways in, both before anyone can decrypt:
//
//   - the board's decryption share always carries a noise vector (Party.DecryptShare refuses
//     the board's share without one). It is added to the board's share as an encoded
//     plaintext, so it is inside every decryption that can ever happen (the board is
//     mandatory) and the coordinator cannot strip it (it is masked by s_B times the
//     ciphertext);
//   - any key holder may encrypt a noise vector with Encryptor.Encrypt and the coordinator
//     adds it with Sum, e.g. for noise split across vaults.
//
// SampleDiscreteLaplace is an exact discrete Laplace sampler (Canonne, Kamath, Steinke 2020)
// for tests of calibration.
//
// # One decryption per ciphertext, and what a party's caller must check
//
// A Party records the SHA-256 of every ciphertext, and every request id, it released a
// decryption share for, in a Ledger (MemoryLedger here; a persistent one implements the
// same interface), and refuses a second request with ErrAlreadyDecrypted. A coordinator
// can still re-randomize a ciphertext (add an encryption of zero) to get a new hash; the
// request id, which the caller binds to the pre-registered query and its on-chain release,
// is what stops that.
//
// This package cannot know who the researcher of a study is. Before calling
// Party.DecryptShare, the vault or board service must check that req.ID is an approved,
// not yet released query of the study and that req.Target is that study's researcher key
// (compare req.Target.Digest() with the registered one); otherwise a coordinator could name
// its own key as the target.
//
// # Wire format and validation
//
// Every object that crosses a process boundary (ciphertexts, public keys and key shares,
// Shamir shares, decryption requests and shares, party and researcher state) is framed as
// "MMHE", a version, a kind, the parameter fingerprint, a header, lattigo's binary encoding
// and a SHA-256 checksum. Parsing checks all of that, checks the lattigo bytes against the
// exact shape the parameters imply before lattigo reads them (lattigo allocates whatever a
// length prefix says), recovers from lattigo panics, and checks every coefficient is
// reduced. A malformed input is an EINVALID *marketplace.Error and never a partial result.
package he

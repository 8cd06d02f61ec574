// Package compute is where patient data is held and turned into privacy-protected answers.
//
// It holds the vaults (Vault: an embedded bbolt store whose patients' data are each encrypted
// at rest under their own AES-256-GCM data key, wrapped by the vault's key-encryption key),
// the FHIR R4 importer, the query engine that evaluates a study's eligibility criteria and the
// analysis-plan language inside the vault, differential privacy for released answers
// (google/differential-privacy's dpagg, dp.go), every patient's access log and lifetime
// privacy ledger (privacy.go), multiparty homomorphic encryption of the vaults' totals (the
// he package and helayout.go), the coordinator and workers that run analyses as jobs on a
// marketplace.Queue (coordinator.go, runtime.go) with its in-process implementation
// (queue.go), the synthetic cohort generator for demos and benchmarks, and the release store
// that keeps each released answer so a query asked again never gets fresh noise.
//
// # Analyses as jobs
//
// The service enqueues one marketplace.JobAnalysis per RunAnalysis on the "analysis" topic.
// The Coordinator takes it, fans the study's pending queries out to the vaults as jobs on
// their own topics ("vault/<id>") and stores their answers as pending releases, which the
// service then debits on chain and releases. Jobs carry ids only (study, plan queries,
// party); what they produce goes to Blobs under keys made from job ids: DP answers,
// ciphertexts, decryption requests and shares, never a record or a plaintext total. Delivery
// is at least once (an unacknowledged job is delivered again after the visibility timeout)
// and handlers are idempotent: a query with a stored answer is not recomputed, and key
// holders never decrypt the same queries twice. Every worker re-checks what it is asked
// against the chain (the study approved, the stored protocol's hash the approved one, the
// queries in its plan and not yet released) before it reads a record or releases a share.
//
// # DP mode
//
// A vault answers each query with dpagg aggregates: one contribution per patient, values
// clamped to the query's bounds, Laplace or Gaussian noise at the query's epsilon (and
// delta), small cells suppressed after noise (dp.go). DP-mode studies run on one vault.
//
// # HE_DP mode
//
// Every vault scans once for all the pending queries, adds each patient's clamped,
// fixed-point contributions into one vector of slots (helayout.go), and encrypts it under
// the collective public key of the ethics board and the vaults. The coordinator adds the
// ciphertexts; it holds no key share and sees no plaintext. The board and a threshold of
// vaults then release decryption shares that switch the total to the researcher's
// registered key, after checking the request against the chain; the board's share carries
// discrete Laplace or Gaussian noise calibrated to each slot (henoise.go), so every total
// anyone can decrypt is already differentially private. Their ledgers (heledger.go, in the
// vault's own file) refuse a second decryption of the same queries. The researcher decrypts
// and decodes with OpenReleases, which also applies small-cell suppression: in HE_DP mode
// nobody but the researcher sees the values, so suppression is the researcher's software's,
// and the board's noise is what protects patients. The committee is keyed at start in one
// process (HECommittee) after he.CheckSecurity, which refuses parameters below 128-bit
// security.
//
// Refusing a second decryption of the same queries favours safety over liveness: if a run
// fails after some key holders released their shares (one of them down, say), those queries
// cannot be decrypted again, since a second decryption would hand out fresh noise to average.
// The study then amends its plan (new query hashes) and the ethics board approves it.
//
// # Privacy accounting in the vault
//
// Every computation charges its epsilon to every patient it reads, in the same write as their
// access-log entries and before its answer leaves the vault; patients whose lifetime epsilon
// would pass VaultOptions.PatientEpsilon are left out of new computations (not read, not
// paid). Erasure removes their ledger entry with the rest of their data.
//
// Records never leave this package in the clear except to the vault operator's own tools and
// the patient's own views (Patient, Bundle, AccessLog); errors returned to clients are
// *marketplace.Error values whose messages carry no personal data.
//
// # Why bbolt
//
// A vault is one bbolt file (go.etcd.io/bbolt) rather than a pebble store, although
// go-ethereum already brings pebble. bbolt is a copy-on-write B+tree in one memory-mapped file
// with serialisable transactions: one writer, any number of readers each on a snapshot, an
// fsync per commit. That fits a vault:
//
//   - All-or-nothing writes of many keys: a FHIR bundle's wrapped key, record, detail section
//     and index entries commit together, and a process killed at any moment leaves the last
//     committed state, with nothing to replay on restart (the crash test kills a real
//     importing process with SIGKILL and checks every bundle).
//   - Reads in place: a scan reads each sealed record straight from the memory map, with no
//     copy or allocation before decryption, in read transactions on every core that never
//     block the writer.
//   - Erasure that can be made real: a deleted value survives only in the file's free pages,
//     and Erase zeroes them. In an LSM tree like pebble a deleted value lives on in older
//     tables and the write-ahead log until compactions happen to rewrite them.
//   - One file, no background work: no compactions competing with scans on small machines,
//     nothing to tune, backed up with a read transaction (Tx.WriteTo) while serving.
//
// pebble wins on sustained random writes and space. The vault's writes are bursty imports,
// which it batches (a transaction per thousand bundles; generation writes in handle order so
// that pages are appended, not rewritten), and its hot path is the parallel point-lookup
// scan, where bbolt's in-place reads win.
//
// # Layout and formats
//
// Buckets are listed in vault.go: per patient a wrapped data key, a hot record (patient.go:
// a fixed layout of every numeric field a query reads, at fixed offsets, then the condition
// and medication codes), a detail section that scans never decrypt (detail.go: wearable daily
// summaries and the original FHIR bundle), and access-log entries (accesslog.go). The keys of
// the identifier and bundle indexes are HMACs under a key derived from the KEK.
//
// # Scans
//
// A computation compiles its filter and aggregate into a projection of the hot record
// (scan.go) and reads the consenting patients in handle order on every core, each worker in
// its own read transaction. Unwrapping and expanding a patient's data key costs four times
// more than opening the record itself, so a vault keeps the expanded keys it unwrapped in an
// in-memory cache (keycache.go) that later scans walk in the same order; erasure evicts. A
// long-running vault (serve) fills the cache in the background when it opens
// (VaultOptions.WarmKeys), so that even its first scan runs at that speed.
package compute

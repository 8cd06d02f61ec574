// Package token is medmarket's chain side: the Solidity contracts, their Go bindings, the chain
// client (an embedded node or any external JSON-RPC endpoint), client-side EIP-712 signing,
// the implementation of marketplace.Ledger on top of them, and the event indexer.
//
// # Contracts
//
// Solidity sources live in contracts/; `go generate ./token/...` compiles them with the pinned
// solc-js into contracts/artifacts and generates the abigen bindings in package bindings, whose
// types never leave this package. Three contracts are deployed:
//
//   - StudyRegistry: each study's lifecycle (registered, approved or rejected, recruiting,
//     suspended, closed), its protocol versions as a history of hashes (an amendment is a new
//     hash and needs a new approval), ethics-board reviews bound to the exact current hash, and
//     ETHICS_BOARD_ROLE managed by the admin role. It creates the PrivacyBudgetLedger.
//   - PrivacyBudgetLedger: each study's (epsilon, delta) budget, proposed at registration and
//     fixed at the first approval; spend(query hash, epsilon, delta, result hash) debits a
//     release once and refuses to overspend; BudgetSpent events let anyone sum the spending.
//   - RewardToken: the ERC-20 reward token (ERC-2612 permits, MINTER_ROLE), which is also the
//     consent registry and the study escrow. Each account's balance shares one storage word
//     with its consent to one study (expiry, per-(study, participant) nonce, paid flag), so a
//     consent costs one new slot and a payout only rewrites it; see contracts/PackedAccounts.sol.
//     Consents and revocations are EIP-712 signatures of per-study pseudonymous addresses,
//     relayed in packed batches with EIP-2098 compact signatures (malleable high-s ones are
//     refused). The token makes no external calls, so nothing can reenter it.
//
// contracts/baseline holds the benchmark baselines (an OpenZeppelin ERC-20 batch mint,
// Disperse, the usual relayed EIP-712 consent) and contracts/test a test-only malicious token
// receiver; both compile in the same pipeline.
//
// # Chain, sender, ledger, indexer
//
// The embedded chain (StartNode) is an in-process go-ethereum node assembled like `geth --dev`:
// no peer-to-peer networking, the eth service on a data directory that survives restarts,
// and a simulated beacon client that seals a block as soon as transactions arrive. Its chain
// (ChainConfig, chain id 1337) activates exactly the forks mainnet has, so gas costs are
// mainnet's. Optionally it also serves JSON-RPC over HTTP. Past one machine the same code
// talks to any Ethereum JSON-RPC endpoint through an ethclient.Client instead.
//
// A Sender relays transactions from the operator account over either kind of client: it
// numbers them under concurrency, estimates gas, prices them by EIP-1559, retries transient
// failures and waits for the receipt. Reverts come back as *RevertedError with their revert
// data, which DecodeRevert and ErrorDecoder turn into the contracts' custom errors; errors.go
// maps each custom error to a marketplace error code.
//
// Users sign their actions themselves (EIP-712): SignRegister, SignAmend, SignApprove,
// SignReject, SignRecruit, SignSuspend and SignClose in the StudyRegistry domain, SignConsent
// and SignRevoke in the ConsentRegistry domain (at the RewardToken contract), SignPermit in the
// RewardToken's ERC-2612 domain and SignRequest for off-chain requests. The matching *Digest
// functions, RecoverSigner, VerifyAuth and Requests (a marketplace.Requests) let the server
// check signatures before relaying them or acting on them. StudyKey derives a patient's
// unlinkable per-study key from one master secret.
//
// Ledger implements marketplace.Ledger against the deployed contracts, relaying every signed
// action through the operator's Sender and mapping reverts to marketplace error codes.
// Consents and revocations are checked locally and then batched per study (see batcher); a
// refused record gets its own error without holding up its batch. The Indexer follows the
// contracts' events into a bbolt file next to the chain data, survives restarts, rolls back
// events of blocks a reorganisation orphaned, and lets payouts wait for a configurable number
// of confirmations. RunBench measures gas and throughput for `medmarket bench chain`.
//
// Nothing personal is ever written to the chain or logged: only hashes, pseudonymous
// addresses, amounts, timestamps and privacy-budget units (TestNoPersonalDataOnChain scans
// every event and storage write to show it).
package token

// Package token is medmarket's chain side: the Solidity contracts, their Go bindings, the chain
// client (an embedded node or any external JSON-RPC endpoint), client-side EIP-712 signing,
// and the implementation of marketplace.Ledger on top of them.
//
// Solidity sources live in contracts/ (StudyRegistry, ConsentRegistry, StudyEscrow and the
// RewardToken, an ERC-20 with ERC-2612 permits); `go generate ./token/...` compiles them into
// contracts/artifacts and generates the abigen bindings in package bindings, whose types never
// leave this package.
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
// data, which DecodeRevert and ErrorDecoder turn into the contracts' custom errors.
//
// Users sign their actions themselves (EIP-712): SignRegister, SignApprove, SignReject and
// SignClose in the StudyRegistry domain, SignConsent and SignRevoke in the ConsentRegistry
// domain, SignPermit in the RewardToken's ERC-2612 domain and SignRequest for off-chain
// requests. The matching *Digest functions, RecoverSigner, VerifyAuth and Requests (a
// marketplace.Requests) let the server check signatures before relaying them or acting on
// them. StudyKey derives a patient's unlinkable per-study key from one master secret.
//
// Ledger implements marketplace.Ledger against the deployed contracts, relaying every signed
// action through the operator's Sender and mapping reverts to marketplace error codes.
// Nothing personal is ever written to the chain or logged: only hashes, pseudonymous
// addresses, amounts and privacy-budget units.
package token

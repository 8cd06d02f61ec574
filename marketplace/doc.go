// Package marketplace is the domain of medmarket: the types that move through the study flow
// (Study, Protocol, Consent, Query and its Filter, Release, Payout, Job), the interfaces the
// rest of the program implements (Ledger, Vault, Queue, DocumentStore, ReleaseStore,
// Protocols, Signatures), the error type whose codes are safe to show to API clients, and the
// Service that drives the flow from posting a study to paying its participants.
//
// It imports the standard library only; chain, vault, compute and API packages depend on it,
// never the other way round.
package marketplace

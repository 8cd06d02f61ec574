// Package compute is where patient data is held and turned into privacy-protected answers.
//
// It holds the vaults (Vault: an embedded bbolt store whose patient records are each encrypted
// at rest under their own AES-256-GCM data key, wrapped by the vault's key-encryption key), the
// query engine that evaluates a study's eligibility criteria and pre-registered aggregates
// inside the vault, differential privacy for released answers (google/differential-privacy's
// dpagg with Laplace noise), the synthetic cohort generator for demos and benchmarks, and the
// release store that keeps each released answer so a query asked again never gets fresh
// noise. Homomorphic encryption (lattigo), the coordinator and workers that run analyses as
// jobs, and the queue implementations will live here as well.
//
// Records never leave this package in the clear except to the vault operator's own tools;
// errors returned to clients are *marketplace.Error values whose messages carry no personal
// data.
package compute

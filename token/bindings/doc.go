// Package bindings holds the abigen-generated Go bindings of the medmarket contracts
// (RewardToken, which is also the consent registry and the study escrow, StudyRegistry and
// PrivacyBudgetLedger) and of the benchmark baselines (BaselineToken, BaselineDisperse,
// BaselineConsent), built from the committed artifacts in token/contracts/artifacts by
// `go generate ./token/...`.
//
// Everything but this file and the tests is generated: do not edit it by hand. Each contract's
// ABI, including its custom errors, is in <Contract>MetaData.ABI for decoding reverts. The
// types of this package are used inside token/ only and never leave it.
package bindings

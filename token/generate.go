package token

// Regenerate the contract artifacts and Go bindings: go generate ./token/...
// It installs the pinned solc-js and OpenZeppelin (contracts/package-lock.json), compiles
// contracts/*.sol into contracts/artifacts (and the benchmark baselines in contracts/baseline and
// the test-only contracts in contracts/test into the same-named subdirectories of artifacts), and
// binds each deployable contract and baseline in package bindings. Test-only contracts get no
// binding: tests load their artifacts. Artifacts and bindings are committed;
// TestArtifactsUpToDate and TestBindingsMatchArtifacts in bindings fail when they drift.

//go:generate npm ci --prefix contracts --no-audit --no-fund --loglevel=error
//go:generate node contracts/compile.js
//go:generate go tool abigen --abi contracts/artifacts/RewardToken.abi --bin contracts/artifacts/RewardToken.bin --pkg bindings --type RewardToken --out bindings/reward_token.go
//go:generate go tool abigen --abi contracts/artifacts/StudyRegistry.abi --bin contracts/artifacts/StudyRegistry.bin --pkg bindings --type StudyRegistry --out bindings/study_registry.go
//go:generate go tool abigen --abi contracts/artifacts/PrivacyBudgetLedger.abi --bin contracts/artifacts/PrivacyBudgetLedger.bin --pkg bindings --type PrivacyBudgetLedger --out bindings/privacy_budget_ledger.go
//go:generate go tool abigen --abi contracts/artifacts/baseline/BaselineToken.abi --bin contracts/artifacts/baseline/BaselineToken.bin --pkg bindings --type BaselineToken --out bindings/baseline_token.go
//go:generate go tool abigen --abi contracts/artifacts/baseline/BaselineDisperse.abi --bin contracts/artifacts/baseline/BaselineDisperse.bin --pkg bindings --type BaselineDisperse --out bindings/baseline_disperse.go
//go:generate go tool abigen --abi contracts/artifacts/baseline/BaselineConsent.abi --bin contracts/artifacts/baseline/BaselineConsent.bin --pkg bindings --type BaselineConsent --out bindings/baseline_consent.go

package token

// Regenerate the contract artifacts and Go bindings: go generate ./token/...
// It installs the pinned solc-js and OpenZeppelin (contracts/package-lock.json), compiles
// contracts/*.sol into contracts/artifacts and binds each contract in package bindings.
// Artifacts and bindings are committed; TestArtifactsUpToDate in bindings fails when they drift.

//go:generate npm ci --prefix contracts --no-audit --no-fund --loglevel=error
//go:generate node contracts/compile.js
//go:generate go tool abigen --abi contracts/artifacts/RewardToken.abi --bin contracts/artifacts/RewardToken.bin --pkg bindings --type RewardToken --out bindings/reward_token.go
//go:generate go tool abigen --abi contracts/artifacts/StudyRegistry.abi --bin contracts/artifacts/StudyRegistry.bin --pkg bindings --type StudyRegistry --out bindings/study_registry.go
//go:generate go tool abigen --abi contracts/artifacts/ConsentRegistry.abi --bin contracts/artifacts/ConsentRegistry.bin --pkg bindings --type ConsentRegistry --out bindings/consent_registry.go
//go:generate go tool abigen --abi contracts/artifacts/StudyEscrow.abi --bin contracts/artifacts/StudyEscrow.bin --pkg bindings --type StudyEscrow --out bindings/study_escrow.go

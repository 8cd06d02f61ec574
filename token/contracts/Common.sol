// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

// Custom errors and the study status shared by the medmarket contracts. The Go side maps each one to an API error
// code by its name, so names are part of the interface: rename only together with token/.
// Arguments carry ids, pseudonymous addresses and hashes only, never personal data.

/// The signature does not recover to the account the action names (or is malformed, or has a
/// high s value).
error InvalidSignature();
/// The signed action's deadline has passed.
error Expired(uint256 deadline);
/// The account does not hold ETHICS_BOARD_ROLE.
error NotEthicsBoard(address account);
/// No study has this id.
error UnknownStudy(uint256 studyId);
/// The study is not in a state that allows the action.
error WrongStatus(uint256 studyId, StudyStatus status);
/// The action names a protocol hash other than the study's.
error ProtocolMismatch(bytes32 expected, bytes32 given);
/// The release would exceed the study's epsilon or delta budget.
error BudgetExceeded(uint256 studyId);
/// The query's release was already debited.
error AlreadySpent(bytes32 queryHash);
/// The participant already holds a valid consent to the study.
error AlreadyConsented(address participant);
/// The participant holds no consent to the study (or none valid now, where validity matters).
error NotConsented(address participant);
/// The recipient was already paid by the study.
error AlreadyPaid(address recipient);
/// The study has as many active consents as its participant cap allows.
error CapReached(uint256 studyId);
/// The account is not the study's researcher.
error NotResearcher(address account);
/// The study's escrow does not cover the payout.
error InsufficientEscrow(uint256 studyId);
/// An input value is out of range; field names it.
error InvalidValue(string field);

/// A study's lifecycle state (uint8 0..4 in the ABI).
enum StudyStatus {
    None,
    Registered,
    Approved,
    Rejected,
    Closed
}

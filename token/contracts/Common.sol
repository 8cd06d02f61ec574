// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

// Custom errors, the study status and the registry view shared by the medmarket contracts. The
// Go side (token/errors.go) maps each error to an API error code by its name, so names are part
// of the interface: rename only together with token/. Arguments carry ids, pseudonymous
// addresses, amounts and hashes only, never personal data. Errors about one signed action name
// its signer, so that a relayer can tell which record of a batch was at fault.

/// The signature is not by signer over these values, in this contract's domain on this chain
/// (or it is malformed).
error InvalidSignature(address signer);
/// The signature's s is in the upper half of the curve order: the malleable twin of a valid
/// signature. Sign again; wallets produce low-s signatures.
error MalleableSignature(address signer);
/// The signed action's deadline has passed.
error Expired(address signer, uint256 deadline);
/// The signed nonce is not signer's next one: the signature was used before or is out of order.
error BadNonce(address signer, uint256 expected);
/// The account does not hold ETHICS_BOARD_ROLE.
error NotEthicsBoard(address account);
/// No study has this id.
error UnknownStudy(uint256 studyId);
/// The study is not in a state that allows the action.
error WrongStatus(uint256 studyId, StudyStatus status);
/// The action names a protocol hash other than the study's current one.
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
/// An input value is out of range or malformed; field names it.
error InvalidValue(string field);
/// Only the study registry may call this.
error NotRegistry(address caller);

/// A study's lifecycle state (uint8 0..6 in the ABI).
///   Registered: the current protocol version awaits ethics review.
///   Approved:   the current version is approved; analyses run and participants are paid, but
///               no new consents are taken (recruitment stopped, or reinstated after suspension).
///   Rejected:   the board rejected the current version; an amendment may be resubmitted.
///   Recruiting: approved and open for consent; analyses run and participants are paid.
///   Suspended:  an ethics board paused the study: no consents, analyses or payouts.
///   Closed:     finished for good; the escrow's remainder goes back to the researcher.
enum StudyStatus {
    None,
    Registered,
    Approved,
    Rejected,
    Recruiting,
    Suspended,
    Closed
}

/// What the reward token and the budget ledger need to know of a study, in one call.
interface IStudyTerms {
    /// The study's researcher, status, participant cap and reward per participant; all zero
    /// (status None) for an unknown id.
    function terms(uint256 studyId)
        external
        view
        returns (address researcher, StudyStatus status, uint32 cap, uint128 reward);
}

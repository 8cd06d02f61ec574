// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

import "./Common.sol";

/// @title PrivacyBudgetLedger
/// @notice Each study's differential-privacy budget and the releases debited against it.
/// The StudyRegistry that creates this ledger proposes a study's budget (epsilon, delta) at
/// registration and fixes it at the first approval; nothing changes it afterwards. The compute
/// service (COMPUTE_ROLE) debits each released answer once, by its query hash, and anchors the
/// hash of the released result; a debit that would overspend reverts. The BudgetSpent events let
/// anyone sum what a study spent and check each released result against its anchored hash.
/// Budgets are fixed point: epsilon in millionths, delta in 1e-18 units.
contract PrivacyBudgetLedger is AccessControl {
    /// Role of the compute service, which debits budgets and anchors result hashes.
    bytes32 public constant COMPUTE_ROLE = keccak256("COMPUTE");

    /// A study's budget and what was spent of it, in one slot.
    struct Budget {
        uint64 epsilon;
        uint64 delta;
        uint64 epsilonSpent;
        uint64 deltaSpent;
    }

    /// The registry that created this ledger and says which studies may spend.
    IStudyTerms public immutable registry;

    mapping(uint256 studyId => Budget) private _budgets;
    mapping(uint256 studyId => bool) private _fixed;
    mapping(uint256 studyId => mapping(bytes32 queryHash => bytes32 resultHash)) private _results;

    event BudgetProposed(uint256 indexed studyId, uint64 epsilon, uint64 delta);
    event BudgetFixed(uint256 indexed studyId, uint64 epsilon, uint64 delta);
    event BudgetSpent(
        uint256 indexed studyId, bytes32 indexed queryHash, uint64 epsilon, uint64 delta, bytes32 resultHash
    );

    /// Created by the StudyRegistry; admin gets DEFAULT_ADMIN_ROLE and COMPUTE_ROLE.
    constructor(address admin) {
        registry = IStudyTerms(msg.sender);
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(COMPUTE_ROLE, admin);
    }

    modifier onlyRegistry() {
        if (msg.sender != address(registry)) revert NotRegistry(msg.sender);
        _;
    }

    /// Records the budget a study was registered with; it cannot be spent before it is fixed.
    function propose(uint256 studyId, uint64 epsilon, uint64 delta) external onlyRegistry {
        if (_fixed[studyId]) revert WrongStatus(studyId, StudyStatus.Approved);
        _budgets[studyId] = Budget({epsilon: epsilon, delta: delta, epsilonSpent: 0, deltaSpent: 0});
        emit BudgetProposed(studyId, epsilon, delta);
    }

    /// Fixes the study's budget at its first approval; later approvals change nothing.
    function fix(uint256 studyId) external onlyRegistry {
        if (_fixed[studyId]) return;
        _fixed[studyId] = true;
        Budget storage b = _budgets[studyId];
        emit BudgetFixed(studyId, b.epsilon, b.delta);
    }

    /// Debits one release's privacy cost from an approved (or recruiting) study's fixed budget
    /// and anchors its result hash. Each query is debited once.
    function spend(uint256 studyId, bytes32 queryHash, uint64 epsilon, uint64 delta, bytes32 resultHash)
        external
        onlyRole(COMPUTE_ROLE)
    {
        (, StudyStatus status,,) = registry.terms(studyId);
        if (status == StudyStatus.None) revert UnknownStudy(studyId);
        if ((status != StudyStatus.Approved && status != StudyStatus.Recruiting) || !_fixed[studyId]) {
            revert WrongStatus(studyId, status);
        }
        if (queryHash == bytes32(0)) revert InvalidValue("queryHash");
        if (resultHash == bytes32(0)) revert InvalidValue("resultHash");
        if (epsilon == 0) revert InvalidValue("epsilon");
        if (_results[studyId][queryHash] != bytes32(0)) revert AlreadySpent(queryHash);
        Budget storage b = _budgets[studyId];
        uint256 epsilonSpent = uint256(b.epsilonSpent) + epsilon;
        uint256 deltaSpent = uint256(b.deltaSpent) + delta;
        if (epsilonSpent > b.epsilon || deltaSpent > b.delta) revert BudgetExceeded(studyId);

        b.epsilonSpent = uint64(epsilonSpent);
        b.deltaSpent = uint64(deltaSpent);
        _results[studyId][queryHash] = resultHash;
        emit BudgetSpent(studyId, queryHash, epsilon, delta, resultHash);
    }

    /// The study's budget, what was spent of it, and whether it is fixed (approved).
    function budgetOf(uint256 studyId)
        external
        view
        returns (uint64 epsilon, uint64 delta, uint64 epsilonSpent, uint64 deltaSpent, bool fixed_)
    {
        Budget storage b = _budgets[studyId];
        return (b.epsilon, b.delta, b.epsilonSpent, b.deltaSpent, _fixed[studyId]);
    }

    /// The result hash anchored for a query, or zero if the query was not debited.
    function spentResult(uint256 studyId, bytes32 queryHash) external view returns (bytes32) {
        return _results[studyId][queryHash];
    }
}

// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

import "./Common.sol";

/// @title StudyRegistry
/// @notice Records each study's protocol hash, researcher, ethics review, privacy budget and the
/// hashes of the results released against that budget. Researchers and ethics boards act by
/// EIP-712 signature, which anyone (in practice the operator) may relay; the compute service
/// debits budgets through COMPUTE_ROLE. Only ids, pseudonymous addresses and hashes are stored.
contract StudyRegistry is AccessControl, EIP712, Nonces {
    /// Role of ethics boards, who approve or reject registered protocols.
    bytes32 public constant ETHICS_BOARD_ROLE = keccak256("ETHICS_BOARD");
    /// Role of the compute service, which debits privacy budgets and anchors result hashes.
    bytes32 public constant COMPUTE_ROLE = keccak256("COMPUTE");

    bytes32 public constant REGISTER_TYPEHASH = keccak256(
        "Register(bytes32 protocolHash,uint64 epsilonBudget,uint64 deltaBudget,uint256 reward,uint32 cap,uint256 nonce,uint256 deadline)"
    );
    bytes32 public constant APPROVE_TYPEHASH =
        keccak256("Approve(uint256 studyId,bytes32 protocolHash,uint256 nonce,uint256 deadline)");
    bytes32 public constant REJECT_TYPEHASH =
        keccak256("Reject(uint256 studyId,bytes32 protocolHash,uint256 nonce,uint256 deadline)");
    bytes32 public constant CLOSE_TYPEHASH = keccak256("Close(uint256 studyId,uint256 nonce,uint256 deadline)");

    /// The on-chain record of a study. Budgets are fixed point: epsilon in millionths, delta in
    /// 1e-18 units. reward is per participant in reward-token base units; cap bounds the number
    /// of active consents.
    struct Study {
        bytes32 protocolHash;
        address researcher;
        StudyStatus status;
        address approvedBy;
        uint64 epsilonBudget;
        uint64 deltaBudget;
        uint64 epsilonSpent;
        uint64 deltaSpent;
        uint256 reward;
        uint32 cap;
    }

    /// Studies by id; ids run from 1 to studyCount.
    mapping(uint256 studyId => Study) public studies;
    /// Number of registered studies, which is also the id of the latest one.
    uint256 public studyCount;

    mapping(uint256 studyId => mapping(bytes32 queryHash => bytes32 resultHash)) private _spent;

    event StudyRegistered(uint256 indexed studyId, address indexed researcher, bytes32 protocolHash);
    event StudyApproved(uint256 indexed studyId, address indexed board, bytes32 protocolHash);
    event StudyRejected(uint256 indexed studyId, address indexed board, bytes32 protocolHash);
    event StudyClosed(uint256 indexed studyId, address indexed researcher);
    event BudgetSpent(
        uint256 indexed studyId, bytes32 indexed queryHash, uint64 epsilon, uint64 delta, bytes32 resultHash
    );

    /// @param admin the operator: holds DEFAULT_ADMIN_ROLE and so grants and revokes
    /// ETHICS_BOARD_ROLE and COMPUTE_ROLE.
    constructor(address admin) EIP712("MedMarket StudyRegistry", "1") {
        if (admin == address(0)) revert InvalidValue("admin");
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// Registers a study for researcher, who signed Register(...). Returns the new study id.
    function register(
        bytes32 protocolHash,
        uint64 epsilonBudget,
        uint64 deltaBudget,
        uint256 reward,
        uint32 cap,
        address researcher,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external returns (uint256 studyId) {
        _authorize(
            researcher,
            keccak256(
                abi.encode(
                    REGISTER_TYPEHASH, protocolHash, epsilonBudget, deltaBudget, reward, cap, nonce, deadline
                )
            ),
            nonce,
            deadline,
            signature
        );
        if (protocolHash == bytes32(0)) revert InvalidValue("protocolHash");
        if (epsilonBudget == 0) revert InvalidValue("epsilonBudget");
        if (reward == 0) revert InvalidValue("reward");
        if (cap == 0) revert InvalidValue("cap");

        studyId = ++studyCount;
        Study storage s = studies[studyId];
        s.protocolHash = protocolHash;
        s.researcher = researcher;
        s.status = StudyStatus.Registered;
        s.epsilonBudget = epsilonBudget;
        s.deltaBudget = deltaBudget;
        s.reward = reward;
        s.cap = cap;
        emit StudyRegistered(studyId, researcher, protocolHash);
    }

    /// Records board's approval of exactly protocolHash, which board signed as Approve(...).
    function approve(
        uint256 studyId,
        bytes32 protocolHash,
        address board,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external {
        _review(APPROVE_TYPEHASH, studyId, protocolHash, board, nonce, deadline, signature);
        Study storage s = studies[studyId];
        s.status = StudyStatus.Approved;
        s.approvedBy = board;
        emit StudyApproved(studyId, board, protocolHash);
    }

    /// Records board's rejection of protocolHash, which board signed as Reject(...).
    function reject(
        uint256 studyId,
        bytes32 protocolHash,
        address board,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external {
        _review(REJECT_TYPEHASH, studyId, protocolHash, board, nonce, deadline, signature);
        studies[studyId].status = StudyStatus.Rejected;
        emit StudyRejected(studyId, board, protocolHash);
    }

    /// Closes a registered or approved study on its researcher's Close(...) signature.
    function close(uint256 studyId, address researcher, uint256 nonce, uint256 deadline, bytes calldata signature)
        external
    {
        _authorize(
            researcher, keccak256(abi.encode(CLOSE_TYPEHASH, studyId, nonce, deadline)), nonce, deadline, signature
        );
        Study storage s = _existing(studyId);
        if (s.researcher != researcher) revert NotResearcher(researcher);
        if (s.status != StudyStatus.Registered && s.status != StudyStatus.Approved) {
            revert WrongStatus(studyId, s.status);
        }
        s.status = StudyStatus.Closed;
        emit StudyClosed(studyId, researcher);
    }

    /// Debits one release's privacy cost from an approved study's budget and anchors its result
    /// hash. Each query may be debited once.
    function spend(uint256 studyId, bytes32 queryHash, uint64 epsilon, uint64 delta, bytes32 resultHash)
        external
        onlyRole(COMPUTE_ROLE)
    {
        Study storage s = _existing(studyId);
        if (s.status != StudyStatus.Approved) revert WrongStatus(studyId, s.status);
        if (queryHash == bytes32(0)) revert InvalidValue("queryHash");
        if (resultHash == bytes32(0)) revert InvalidValue("resultHash");
        if (epsilon == 0) revert InvalidValue("epsilon");
        if (_spent[studyId][queryHash] != bytes32(0)) revert AlreadySpent(queryHash);
        uint256 epsilonSpent = uint256(s.epsilonSpent) + epsilon;
        uint256 deltaSpent = uint256(s.deltaSpent) + delta;
        if (epsilonSpent > s.epsilonBudget || deltaSpent > s.deltaBudget) revert BudgetExceeded(studyId);

        s.epsilonSpent = uint64(epsilonSpent);
        s.deltaSpent = uint64(deltaSpent);
        _spent[studyId][queryHash] = resultHash;
        emit BudgetSpent(studyId, queryHash, epsilon, delta, resultHash);
    }

    /// The result hash anchored for a query, or zero if the query was not debited.
    function spentResult(uint256 studyId, bytes32 queryHash) external view returns (bytes32) {
        return _spent[studyId][queryHash];
    }

    /// The whole study record; all zero (status None) for an unknown id.
    function getStudy(uint256 studyId) external view returns (Study memory) {
        return studies[studyId];
    }

    /// The study's status; None for an unknown id.
    function status(uint256 studyId) external view returns (StudyStatus) {
        return studies[studyId].status;
    }

    /// Whether the study is approved (and not since closed).
    function isApproved(uint256 studyId) external view returns (bool) {
        return studies[studyId].status == StudyStatus.Approved;
    }

    /// The EIP-712 domain separator signatures are checked against.
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _review(
        bytes32 typehash,
        uint256 studyId,
        bytes32 protocolHash,
        address board,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) private {
        _authorize(
            board, keccak256(abi.encode(typehash, studyId, protocolHash, nonce, deadline)), nonce, deadline, signature
        );
        if (!hasRole(ETHICS_BOARD_ROLE, board)) revert NotEthicsBoard(board);
        Study storage s = _existing(studyId);
        if (s.status != StudyStatus.Registered) revert WrongStatus(studyId, s.status);
        if (s.protocolHash != protocolHash) revert ProtocolMismatch(s.protocolHash, protocolHash);
    }

    /// Checks deadline, signature and nonce of a signed action, in that order, consuming the
    /// nonce.
    function _authorize(address signer, bytes32 structHash, uint256 nonce, uint256 deadline, bytes calldata signature)
        private
    {
        if (block.timestamp > deadline) revert Expired(deadline);
        (address recovered, ECDSA.RecoverError err,) =
            ECDSA.tryRecoverCalldata(_hashTypedDataV4(structHash), signature);
        if (err != ECDSA.RecoverError.NoError || recovered != signer) revert InvalidSignature();
        _useCheckedNonce(signer, nonce);
    }

    function _existing(uint256 studyId) private view returns (Study storage s) {
        s = studies[studyId];
        if (s.status == StudyStatus.None) revert UnknownStudy(studyId);
    }
}

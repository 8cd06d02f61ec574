// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

import "./Common.sol";
import {PrivacyBudgetLedger} from "./PrivacyBudgetLedger.sol";

/// @title StudyRegistry
/// @notice The lifecycle of each study: its researcher, its protocol versions as a history of
/// hashes, the ethics board's review of each version, recruitment, suspension and closing.
///
/// Lifecycle (StudyStatus):
///   register (researcher)                     -> Registered
///   approve (board, exact current hash)       Registered -> Recruiting
///   reject  (board, exact current hash)       Registered -> Rejected
///   recruit(open=false / true) (researcher)   Recruiting <-> Approved
///   suspend(true) (board)                     Approved, Recruiting -> Suspended
///   suspend(false) (board)                    Suspended -> Approved
///   amend (researcher, new hash)              any but Closed -> Registered (needs a new approval)
///   close (researcher)                        any but Closed -> Closed
///
/// An approval binds the board to exactly one protocol hash, the current version's; an amendment
/// appends a new hash and takes the study back to review. Researchers and boards act by EIP-712
/// signature, which anyone (in practice the operator) may relay, so they need no ether. Ethics
/// boards hold ETHICS_BOARD_ROLE, which DEFAULT_ADMIN_ROLE (the operator's governance account)
/// grants and revokes. Every change emits an event. The privacy budget lives in the
/// PrivacyBudgetLedger this registry creates: proposed at registration, fixed at the first
/// approval. Only ids, pseudonymous addresses and hashes are stored.
contract StudyRegistry is IStudyTerms, AccessControl, EIP712, Nonces {
    /// Role of ethics boards, who review protocol versions and may suspend studies.
    bytes32 public constant ETHICS_BOARD_ROLE = keccak256("ETHICS_BOARD");

    bytes32 public constant REGISTER_TYPEHASH = keccak256(
        "Register(bytes32 protocolHash,uint64 epsilonBudget,uint64 deltaBudget,uint256 reward,uint32 cap,uint256 nonce,uint256 deadline)"
    );
    bytes32 public constant AMEND_TYPEHASH =
        keccak256("Amend(uint256 studyId,bytes32 protocolHash,uint256 nonce,uint256 deadline)");
    bytes32 public constant APPROVE_TYPEHASH =
        keccak256("Approve(uint256 studyId,bytes32 protocolHash,uint256 nonce,uint256 deadline)");
    bytes32 public constant REJECT_TYPEHASH =
        keccak256("Reject(uint256 studyId,bytes32 protocolHash,uint256 nonce,uint256 deadline)");
    bytes32 public constant RECRUIT_TYPEHASH =
        keccak256("Recruit(uint256 studyId,bool open,uint256 nonce,uint256 deadline)");
    bytes32 public constant SUSPEND_TYPEHASH =
        keccak256("Suspend(uint256 studyId,bool suspend,uint256 nonce,uint256 deadline)");
    bytes32 public constant CLOSE_TYPEHASH = keccak256("Close(uint256 studyId,uint256 nonce,uint256 deadline)");

    /// One slot per study: who, where in the lifecycle, how many versions, how many participants.
    struct Record {
        address researcher;
        StudyStatus status;
        uint32 versions; // protocol versions are numbered 1..versions; the last is current
        uint32 cap; // bound on active consents
    }

    /// The ethics board's verdict on one protocol version.
    struct Review {
        address board;
        bool approved;
        uint40 at;
    }

    /// A study as one view: the record, the reward and the current version with its review.
    struct StudyView {
        address researcher;
        StudyStatus status;
        uint32 versions;
        uint32 cap;
        uint128 reward;
        bytes32 protocolHash; // current version's
        address reviewedBy; // zero until the current version is reviewed
        bool approved; // whether that review approved it
    }

    /// The ledger that holds every study's privacy budget and the hashes of released results.
    PrivacyBudgetLedger public immutable budgetLedger;
    /// Number of registered studies, which is also the id of the latest one.
    uint256 public studyCount;

    mapping(uint256 studyId => Record) private _studies;
    mapping(uint256 studyId => uint128) private _reward;
    mapping(uint256 studyId => mapping(uint256 version => bytes32 protocolHash)) private _protocols;
    mapping(uint256 studyId => mapping(uint256 version => Review)) private _reviews;

    event StudyRegistered(uint256 indexed studyId, address indexed researcher, bytes32 protocolHash);
    event ProtocolAmended(uint256 indexed studyId, uint32 version, bytes32 protocolHash);
    event StudyApproved(uint256 indexed studyId, address indexed board, uint32 version, bytes32 protocolHash);
    event StudyRejected(uint256 indexed studyId, address indexed board, uint32 version, bytes32 protocolHash);
    /// Emitted on every change of status, with the account whose signature made it.
    event StatusChanged(uint256 indexed studyId, StudyStatus from, StudyStatus to, address by);

    /// @param admin holds DEFAULT_ADMIN_ROLE here and on the budget ledger (where it also gets
    /// COMPUTE_ROLE): it manages ethics boards and the compute service.
    constructor(address admin) EIP712("MedMarket StudyRegistry", "1") {
        if (admin == address(0)) revert InvalidValue("admin");
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        budgetLedger = new PrivacyBudgetLedger(admin);
    }

    /// Registers a study for researcher, who signed Register(...), with its first protocol
    /// version and its proposed privacy budget. Returns the new study id.
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
        if (reward == 0 || reward > type(uint128).max) revert InvalidValue("reward");
        if (cap == 0) revert InvalidValue("cap");

        studyId = ++studyCount;
        _studies[studyId] = Record({researcher: researcher, status: StudyStatus.Registered, versions: 1, cap: cap});
        _reward[studyId] = uint128(reward);
        _protocols[studyId][1] = protocolHash;
        budgetLedger.propose(studyId, epsilonBudget, deltaBudget);
        emit StudyRegistered(studyId, researcher, protocolHash);
        emit StatusChanged(studyId, StudyStatus.None, StudyStatus.Registered, researcher);
    }

    /// Appends a new protocol version, signed by the researcher as Amend(...). The study goes
    /// back to Registered: nothing recruits or runs until an ethics board approves this hash.
    function amend(
        uint256 studyId,
        bytes32 protocolHash,
        address researcher,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external {
        _authorize(
            researcher,
            keccak256(abi.encode(AMEND_TYPEHASH, studyId, protocolHash, nonce, deadline)),
            nonce,
            deadline,
            signature
        );
        Record storage s = _researcherOf(studyId, researcher);
        if (s.status == StudyStatus.Closed) revert WrongStatus(studyId, s.status);
        uint32 v = s.versions;
        if (protocolHash == bytes32(0) || protocolHash == _protocols[studyId][v]) revert InvalidValue("protocolHash");
        s.versions = ++v;
        _protocols[studyId][v] = protocolHash;
        emit ProtocolAmended(studyId, v, protocolHash);
        _setStatus(studyId, s, StudyStatus.Registered, researcher);
    }

    /// Records board's approval of exactly protocolHash, the current version, which board signed
    /// as Approve(...). The study starts recruiting and its privacy budget is fixed.
    function approve(
        uint256 studyId,
        bytes32 protocolHash,
        address board,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external {
        (Record storage s, uint32 v) =
            _review(APPROVE_TYPEHASH, studyId, protocolHash, board, nonce, deadline, signature);
        _reviews[studyId][v] = Review({board: board, approved: true, at: uint40(block.timestamp)});
        budgetLedger.fix(studyId);
        emit StudyApproved(studyId, board, v, protocolHash);
        _setStatus(studyId, s, StudyStatus.Recruiting, board);
    }

    /// Records board's rejection of protocolHash, the current version (Reject(...) signature).
    function reject(
        uint256 studyId,
        bytes32 protocolHash,
        address board,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external {
        (Record storage s, uint32 v) =
            _review(REJECT_TYPEHASH, studyId, protocolHash, board, nonce, deadline, signature);
        _reviews[studyId][v] = Review({board: board, approved: false, at: uint40(block.timestamp)});
        emit StudyRejected(studyId, board, v, protocolHash);
        _setStatus(studyId, s, StudyStatus.Rejected, board);
    }

    /// Opens (Approved -> Recruiting) or stops (Recruiting -> Approved) recruitment, on the
    /// researcher's Recruit(...) signature.
    function recruit(
        uint256 studyId,
        bool open,
        address researcher,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external {
        _authorize(
            researcher,
            keccak256(abi.encode(RECRUIT_TYPEHASH, studyId, open, nonce, deadline)),
            nonce,
            deadline,
            signature
        );
        Record storage s = _researcherOf(studyId, researcher);
        StudyStatus from = open ? StudyStatus.Approved : StudyStatus.Recruiting;
        if (s.status != from) revert WrongStatus(studyId, s.status);
        _setStatus(studyId, s, open ? StudyStatus.Recruiting : StudyStatus.Approved, researcher);
    }

    /// Suspends (Approved or Recruiting -> Suspended) or reinstates (Suspended -> Approved) a
    /// study, on an ethics board's Suspend(...) signature. A reinstated study recruits again
    /// once its researcher reopens recruitment.
    function suspend(
        uint256 studyId,
        bool suspended,
        address board,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external {
        _authorize(
            board,
            keccak256(abi.encode(SUSPEND_TYPEHASH, studyId, suspended, nonce, deadline)),
            nonce,
            deadline,
            signature
        );
        if (!hasRole(ETHICS_BOARD_ROLE, board)) revert NotEthicsBoard(board);
        Record storage s = _existing(studyId);
        StudyStatus st = s.status;
        if (suspended ? (st != StudyStatus.Approved && st != StudyStatus.Recruiting) : st != StudyStatus.Suspended) {
            revert WrongStatus(studyId, st);
        }
        _setStatus(studyId, s, suspended ? StudyStatus.Suspended : StudyStatus.Approved, board);
    }

    /// Closes a study for good on its researcher's Close(...) signature. The escrow then refunds
    /// what it holds beyond what was paid.
    function close(uint256 studyId, address researcher, uint256 nonce, uint256 deadline, bytes calldata signature)
        external
    {
        _authorize(
            researcher, keccak256(abi.encode(CLOSE_TYPEHASH, studyId, nonce, deadline)), nonce, deadline, signature
        );
        Record storage s = _researcherOf(studyId, researcher);
        if (s.status == StudyStatus.Closed) revert WrongStatus(studyId, s.status);
        _setStatus(studyId, s, StudyStatus.Closed, researcher);
    }

    /// @inheritdoc IStudyTerms
    function terms(uint256 studyId)
        external
        view
        returns (address researcher, StudyStatus status, uint32 cap, uint128 reward)
    {
        Record storage s = _studies[studyId];
        return (s.researcher, s.status, s.cap, _reward[studyId]);
    }

    /// The whole study; all zero (status None) for an unknown id.
    function studyOf(uint256 studyId) external view returns (StudyView memory v) {
        Record storage s = _studies[studyId];
        v.researcher = s.researcher;
        v.status = s.status;
        v.versions = s.versions;
        v.cap = s.cap;
        v.reward = _reward[studyId];
        v.protocolHash = _protocols[studyId][s.versions];
        Review storage r = _reviews[studyId][s.versions];
        v.reviewedBy = r.board;
        v.approved = r.approved;
    }

    /// Version `version` (1-based) of the study's protocol and its review, if any.
    function protocolAt(uint256 studyId, uint32 version)
        external
        view
        returns (bytes32 protocolHash, address reviewedBy, bool approved, uint40 reviewedAt)
    {
        Review storage r = _reviews[studyId][version];
        return (_protocols[studyId][version], r.board, r.approved, r.at);
    }

    /// The study's status; None for an unknown id.
    function statusOf(uint256 studyId) external view returns (StudyStatus) {
        return _studies[studyId].status;
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
    ) private returns (Record storage s, uint32 version) {
        _authorize(
            board, keccak256(abi.encode(typehash, studyId, protocolHash, nonce, deadline)), nonce, deadline, signature
        );
        if (!hasRole(ETHICS_BOARD_ROLE, board)) revert NotEthicsBoard(board);
        s = _existing(studyId);
        if (s.status != StudyStatus.Registered) revert WrongStatus(studyId, s.status);
        version = s.versions;
        bytes32 current = _protocols[studyId][version];
        if (current != protocolHash) revert ProtocolMismatch(current, protocolHash);
    }

    function _setStatus(uint256 studyId, Record storage s, StudyStatus to, address by) private {
        StudyStatus from = s.status;
        if (from == to) return;
        s.status = to;
        emit StatusChanged(studyId, from, to, by);
    }

    /// Checks deadline, signature and nonce of a signed action, in that order, consuming the
    /// nonce.
    function _authorize(address signer, bytes32 structHash, uint256 nonce, uint256 deadline, bytes calldata signature)
        private
    {
        if (block.timestamp > deadline) revert Expired(signer, deadline);
        (address recovered, ECDSA.RecoverError err,) =
            ECDSA.tryRecoverCalldata(_hashTypedDataV4(structHash), signature);
        if (err == ECDSA.RecoverError.InvalidSignatureS) revert MalleableSignature(signer);
        if (err != ECDSA.RecoverError.NoError || recovered != signer) revert InvalidSignature(signer);
        uint256 current = _useNonce(signer);
        if (nonce != current) revert BadNonce(signer, current);
    }

    function _existing(uint256 studyId) private view returns (Record storage s) {
        s = _studies[studyId];
        if (s.status == StudyStatus.None) revert UnknownStudy(studyId);
    }

    function _researcherOf(uint256 studyId, address researcher) private view returns (Record storage s) {
        s = _existing(studyId);
        if (s.researcher != researcher) revert NotResearcher(researcher);
    }
}

// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {LowLevelCall} from "@openzeppelin/contracts/utils/LowLevelCall.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

import "./Common.sol";
import {ConsentRegistry} from "./ConsentRegistry.sol";
import {StudyRegistry} from "./StudyRegistry.sol";

/// @title StudyEscrow
/// @notice Holds each study's reward tokens. The researcher funds it (directly or with an
/// ERC-2612 permit the operator relays); the compute service pays every consenting participant
/// whose record an analysis read exactly the study's reward, once; what is left goes back to
/// the researcher when the study is closed or rejected.
contract StudyEscrow is AccessControl, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// Role of the compute service, which pays participants.
    bytes32 public constant COMPUTE_ROLE = keccak256("COMPUTE");

    struct Escrow {
        uint256 funded;
        uint256 paid;
        uint256 refunded;
        uint32 paidCount;
    }

    /// The reward token held in escrow.
    IERC20 public immutable token;
    /// The study registry that says who the researcher is, the reward and the status.
    StudyRegistry public immutable registry;
    /// The consent registry that says who may be paid.
    ConsentRegistry public immutable consents;

    mapping(uint256 studyId => Escrow) private _escrows;
    mapping(uint256 studyId => mapping(address recipient => bool)) private _paid;

    event Funded(uint256 indexed studyId, address indexed funder, uint256 amount);
    event Paid(uint256 indexed studyId, address indexed recipient, uint256 amount);
    event Refunded(uint256 indexed studyId, address indexed researcher, uint256 amount);

    /// @param admin the operator: holds DEFAULT_ADMIN_ROLE and so grants COMPUTE_ROLE.
    constructor(address rewardToken, address studyRegistry, address consentRegistry, address admin) {
        if (rewardToken == address(0)) revert InvalidValue("rewardToken");
        if (studyRegistry == address(0)) revert InvalidValue("studyRegistry");
        if (consentRegistry == address(0)) revert InvalidValue("consentRegistry");
        if (admin == address(0)) revert InvalidValue("admin");
        token = IERC20(rewardToken);
        registry = StudyRegistry(studyRegistry);
        consents = ConsentRegistry(consentRegistry);
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// Moves amount tokens from the study's researcher (funder) into its escrow, authorised by
    /// the researcher's ERC-2612 permit for this contract. Anyone may relay. If the permit was
    /// already used (for instance front-run) the allowance it set is used instead.
    function fundWithPermit(
        uint256 studyId,
        address funder,
        uint256 amount,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant {
        _checkFunding(studyId, funder, amount);
        _escrows[studyId].funded += amount;
        emit Funded(studyId, funder, amount);

        try IERC20Permit(address(token)).permit(funder, address(this), amount, deadline, v, r, s) {}
        catch (bytes memory reason) {
            if (token.allowance(funder, address(this)) < amount) LowLevelCall.bubbleRevert(reason);
        }
        token.safeTransferFrom(funder, address(this), amount);
    }

    /// Moves amount tokens from the caller, who must be the study's researcher and must have
    /// approved this contract, into the study's escrow.
    function fund(uint256 studyId, uint256 amount) external nonReentrant {
        _checkFunding(studyId, msg.sender, amount);
        _escrows[studyId].funded += amount;
        emit Funded(studyId, msg.sender, amount);

        token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// Pays each recipient the study's reward. Every recipient must hold a valid consent now
    /// and must not have been paid by the study before (duplicates in one call count as a
    /// second payment); the escrow must cover them all. The whole call reverts otherwise.
    function pay(uint256 studyId, address[] calldata recipients) external onlyRole(COMPUTE_ROLE) nonReentrant {
        StudyRegistry.Study memory s = _study(studyId);
        if (s.status != StudyStatus.Approved && s.status != StudyStatus.Closed) {
            revert WrongStatus(studyId, s.status);
        }
        uint256 n = recipients.length;
        if (n == 0) return;

        bool[] memory valid = consents.validMany(studyId, recipients);
        mapping(address => bool) storage paid = _paid[studyId];
        for (uint256 i = 0; i < n; i++) {
            address recipient = recipients[i];
            if (!valid[i]) revert NotConsented(recipient);
            if (paid[recipient]) revert AlreadyPaid(recipient);
            paid[recipient] = true;
        }
        Escrow storage e = _escrows[studyId];
        uint256 total = s.reward * n;
        if (total > e.funded - e.paid - e.refunded) revert InsufficientEscrow(studyId);
        uint256 paidCount = uint256(e.paidCount) + n;
        if (paidCount > type(uint32).max) revert InvalidValue("recipients");
        e.paid += total;
        e.paidCount = uint32(paidCount);
        for (uint256 i = 0; i < n; i++) {
            emit Paid(studyId, recipients[i], s.reward);
        }

        for (uint256 i = 0; i < n; i++) {
            token.safeTransfer(recipients[i], s.reward);
        }
    }

    /// Sends what the escrow of a closed or rejected study holds beyond what was paid back to
    /// its researcher, and returns the amount. Anyone may call it. When nothing is left (a
    /// second refund, or a study never funded) it does nothing and returns zero.
    function refund(uint256 studyId) external nonReentrant returns (uint256 amount) {
        StudyRegistry.Study memory s = _study(studyId);
        if (s.status != StudyStatus.Closed && s.status != StudyStatus.Rejected) {
            revert WrongStatus(studyId, s.status);
        }
        Escrow storage e = _escrows[studyId];
        amount = e.funded - e.paid - e.refunded;
        if (amount == 0) return 0;
        e.refunded += amount;
        emit Refunded(studyId, s.researcher, amount);

        token.safeTransfer(s.researcher, amount);
    }

    /// The study's escrow totals: tokens funded, paid out, refunded, and how many were paid.
    function escrowOf(uint256 studyId)
        external
        view
        returns (uint256 funded, uint256 paid, uint256 refunded, uint32 paidCount)
    {
        Escrow storage e = _escrows[studyId];
        return (e.funded, e.paid, e.refunded, e.paidCount);
    }

    /// Whether recipient was paid by the study.
    function isPaid(uint256 studyId, address recipient) external view returns (bool) {
        return _paid[studyId][recipient];
    }

    /// isPaid for each recipient.
    function paidMany(uint256 studyId, address[] calldata recipients) external view returns (bool[] memory paid) {
        paid = new bool[](recipients.length);
        for (uint256 i = 0; i < recipients.length; i++) {
            paid[i] = _paid[studyId][recipients[i]];
        }
    }

    function _checkFunding(uint256 studyId, address funder, uint256 amount) private view {
        StudyRegistry.Study memory s = _study(studyId);
        if (s.researcher != funder) revert NotResearcher(funder);
        if (s.status != StudyStatus.Registered && s.status != StudyStatus.Approved) {
            revert WrongStatus(studyId, s.status);
        }
        if (amount == 0) revert InvalidValue("amount");
    }

    function _study(uint256 studyId) private view returns (StudyRegistry.Study memory s) {
        s = registry.getStudy(studyId);
        if (s.status == StudyStatus.None) revert UnknownStudy(studyId);
    }
}

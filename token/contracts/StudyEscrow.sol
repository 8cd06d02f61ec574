// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import "./Common.sol";
import {ConsentRegistry} from "./ConsentRegistry.sol";

/// @title StudyEscrow
/// @notice Each study's reward escrow, part of the RewardToken contract: the escrowed tokens are
/// the contract's own balance, accounted per study. The researcher funds it (directly, or with
/// an ERC-2612 permit the operator relays); the compute service (COMPUTE_ROLE) pays every
/// consenting participant whose record an analysis read exactly the study's reward, once; what
/// is left goes back to the researcher when the study is closed or rejected.
///
/// Why the escrow is the token: a payout credits the recipient's balance bits in the very word
/// that holds their consent, which it has to read anyway, and sets the paid bit there. One cold
/// read and one rewrite of an already non-zero slot (5,000 gas) replace a consent read, a
/// paid-flag write and a new balance slot (over 26,000 gas), and no external call is made at
/// all, so nothing can reenter. Each credit still emits an ERC-20 Transfer.
abstract contract StudyEscrow is ConsentRegistry {
    /// Role of the compute service, which pays participants.
    bytes32 public constant COMPUTE_ROLE = keccak256("COMPUTE");

    event Funded(uint256 indexed studyId, address indexed funder, uint256 amount);
    /// recipients holds the 20-byte addresses paid amountEach; each also has a Transfer event.
    event Paid(uint256 indexed studyId, uint256 amountEach, bytes recipients);
    event Refunded(uint256 indexed studyId, address indexed researcher, uint256 amount);

    /// Moves amount tokens from the study's researcher (funder) into its escrow, authorised by
    /// the researcher's ERC-2612 permit for this contract. Anyone may relay. If an allowance
    /// already covers the amount (the permit was front-run, or the researcher approved), the
    /// permit is not needed and not checked.
    function fundWithPermit(
        uint256 studyId,
        address funder,
        uint256 amount,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external {
        _credit(studyId, funder, amount);
        if (allowance(funder, address(this)) < amount) permit(funder, address(this), amount, deadline, v, r, s);
        _spendAllowance(funder, address(this), amount);
        _transfer(funder, address(this), amount);
    }

    /// Moves amount tokens from the caller, who must be the study's researcher, into the
    /// study's escrow.
    function fund(uint256 studyId, uint256 amount) external {
        _credit(studyId, msg.sender, amount);
        _transfer(msg.sender, address(this), amount);
    }

    /// Pays each recipient (packed 20-byte addresses) the study's reward. Every recipient must
    /// hold a valid consent now and must not have been paid by the study before (a duplicate in
    /// one call counts as a second payment); the escrow must cover them all. The whole call
    /// reverts otherwise. Every recipient is paid the same, so payments reveal nothing about
    /// which participants a cohort filter matched.
    function pay(uint256 studyId, bytes calldata recipients) external onlyRole(COMPUTE_ROLE) {
        uint256 n = recipients.length / 20;
        if (n == 0 || n * 20 != recipients.length) revert InvalidValue("recipients");
        (, StudyStatus status,, uint128 reward) = registry.terms(studyId);
        if (status != StudyStatus.Approved && status != StudyStatus.Recruiting) _refuse(studyId, status);

        for (uint256 i = 0; i < n; ++i) {
            address to;
            assembly ("memory-safe") {
                to := shr(96, calldataload(add(recipients.offset, mul(i, 20))))
            }
            uint256 slot = _wordSlot(to);
            uint256 word;
            assembly ("memory-safe") {
                word := sload(slot)
            }
            if (word >> STUDY_SHIFT == studyId) {
                // The usual case: consent and balance share the recipient's word.
                _checkPayable(to, word);
                word = (word + reward) | PAID_BIT;
                assembly ("memory-safe") {
                    sstore(slot, word)
                }
            } else {
                _payOverflow(studyId, to, slot, word, reward);
            }
            emit Transfer(address(this), to, reward);
        }

        Pool storage p = _pools[studyId];
        uint256 total = uint256(reward) * n;
        if (total > p.funded - p.paid - p.refunded) revert InsufficientEscrow(studyId);
        p.paid += uint128(total);
        p.paidCount += uint32(n);
        unchecked {
            _words[address(this)] -= total; // the escrow holds at least every pool's remainder
        }
        emit Paid(studyId, reward, recipients);
    }

    /// Sends what the escrow of a closed or rejected study holds beyond what was paid back to
    /// its researcher, and returns the amount. Anyone may call it. When nothing is left (a
    /// second refund, or a study never funded) it does nothing and returns zero.
    function refund(uint256 studyId) external returns (uint256 amount) {
        (address researcher, StudyStatus status,,) = registry.terms(studyId);
        if (status != StudyStatus.Closed && status != StudyStatus.Rejected) _refuse(studyId, status);
        Pool storage p = _pools[studyId];
        amount = p.funded - p.paid - p.refunded;
        if (amount == 0) return 0;
        p.refunded += uint128(amount);
        emit Refunded(studyId, researcher, amount);
        _transfer(address(this), researcher, amount);
    }

    /// Pays to, whose consent to the study is in an overflow word (or nowhere).
    function _payOverflow(uint256 studyId, address to, uint256 slot, uint256 word, uint256 reward) private {
        (uint256 cslot, uint256 cword,) = _locate(studyId, to);
        if (cslot == slot) revert NotConsented(to); // an untagged word: no consent anywhere
        _checkPayable(to, cword);
        assembly ("memory-safe") {
            sstore(cslot, or(cword, PAID_BIT))
            sstore(slot, add(word, reward))
        }
    }

    function _checkPayable(address to, uint256 word) private view {
        if ((word >> EXPIRY_SHIFT) & MASK40 <= block.timestamp) revert NotConsented(to);
        if (word & PAID_BIT != 0) revert AlreadyPaid(to);
    }

    /// Checks that funder may fund the study with amount, and books it.
    function _credit(uint256 studyId, address funder, uint256 amount) private {
        (address researcher, StudyStatus status,,) = registry.terms(studyId);
        if (status == StudyStatus.None) revert UnknownStudy(studyId);
        if (researcher != funder) revert NotResearcher(funder);
        if (status != StudyStatus.Registered && status != StudyStatus.Approved && status != StudyStatus.Recruiting) {
            revert WrongStatus(studyId, status);
        }
        if (amount == 0) revert InvalidValue("amount");
        Pool storage p = _pools[studyId];
        uint256 funded = p.funded + amount;
        if (funded > type(uint128).max) revert InvalidValue("amount");
        p.funded = uint128(funded);
        emit Funded(studyId, funder, amount);
    }
}

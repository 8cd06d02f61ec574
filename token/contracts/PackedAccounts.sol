// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

import {InvalidValue} from "./Common.sol";

/// @title PackedAccounts
/// @notice The ERC-20 part of the RewardToken (MMR, 18 decimals, ERC-2612 permits, MINTER_ROLE)
/// with every account's balance kept in the low 128 bits of one storage word per account. The
/// other bits of the word hold the account's consent to one study, so that a payout reads one
/// slot and rewrites it, instead of reading a consent slot, setting a paid flag and creating a
/// balance slot:
///
///   bits   0..127  balance       uint128   (total supply is capped at 2^128 - 1)
///   bits 128..167  expiry        uint40    consent valid while expiry > block.timestamp; 0 = none
///   bits 168..199  nonce         uint32    next consent/revoke nonce of (study, account)
///   bit  200       paid          the study paid this account its reward
///   bits 208..255  study         uint48    the study the consent bits belong to; 0 = none yet
///
/// Patients sign with a pseudonymous address derived per study, so an account's word almost
/// always carries the consent of the only study it was made for. An account that consents to a
/// second study keeps that consent in a per-study overflow word with the same layout.
///
/// The token keeps ERC-20 semantics: balanceOf, transfer, approve, permit and Transfer events
/// for every movement, payouts included. It never calls the accounts it credits (there are no
/// receiver hooks), so a receiving contract cannot reenter it.
abstract contract PackedAccounts is ERC20, ERC20Permit, AccessControl {
    /// Role of accounts allowed to mint (the operator's faucet on development chains).
    bytes32 public constant MINTER_ROLE = keccak256("MINTER");

    uint256 internal constant BALANCE_MASK = (1 << 128) - 1;
    uint256 internal constant EXPIRY_SHIFT = 128;
    uint256 internal constant NONCE_SHIFT = 168;
    uint256 internal constant PAID_BIT = 1 << 200;
    uint256 internal constant STUDY_SHIFT = 208;
    uint256 internal constant MASK40 = (1 << 40) - 1;
    uint256 internal constant MASK32 = (1 << 32) - 1;
    /// Bits of a consent word a grant or revocation rewrites: expiry and nonce.
    uint256 internal constant GRANT_FIELDS = ((1 << 72) - 1) << EXPIRY_SHIFT;

    /// The packed word of each account (see the layout above).
    mapping(address account => uint256 word) internal _words;
    uint256 private _supply;

    constructor() ERC20("MedMarket Reward", "MMR") ERC20Permit("MedMarket Reward") {}

    /// Creates amount tokens for to.
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }

    /// @inheritdoc ERC20
    function totalSupply() public view override returns (uint256) {
        return _supply;
    }

    /// @inheritdoc ERC20
    function balanceOf(address account) public view override returns (uint256) {
        return _words[account] & BALANCE_MASK;
    }

    /// Moves value between the balance bits of two account words (or mints, or burns). Balances
    /// cannot carry into the consent bits: each is at most the supply, which is capped.
    function _update(address from, address to, uint256 value) internal override {
        if (from == address(0)) {
            uint256 supply = _supply + value;
            if (supply > BALANCE_MASK) revert InvalidValue("amount");
            _supply = supply;
        } else {
            uint256 word = _words[from];
            uint256 balance = word & BALANCE_MASK;
            if (balance < value) revert ERC20InsufficientBalance(from, balance, value);
            unchecked {
                _words[from] = word - value;
            }
        }
        if (to == address(0)) {
            unchecked {
                _supply -= value;
            }
        } else {
            unchecked {
                _words[to] += value;
            }
        }
        emit Transfer(from, to, value);
    }

    /// The storage slot of account's word.
    function _wordSlot(address account) internal pure returns (uint256 slot) {
        assembly ("memory-safe") {
            mstore(0x00, account)
            mstore(0x20, _words.slot)
            slot := keccak256(0x00, 0x40)
        }
    }
}

// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

import {InvalidValue} from "./Common.sol";

/// @title RewardToken
/// @notice The MedMarket Reward token (MMR, 18 decimals) that researchers escrow and
/// participants are paid in. ERC-2612 permits let researchers fund escrows without holding
/// ether; MINTER_ROLE holders (the operator's faucet) create tokens.
contract RewardToken is ERC20, ERC20Permit, AccessControl {
    /// Role of accounts allowed to mint.
    bytes32 public constant MINTER_ROLE = keccak256("MINTER");

    /// @param admin holds DEFAULT_ADMIN_ROLE and MINTER_ROLE.
    constructor(address admin) ERC20("MedMarket Reward", "MMR") ERC20Permit("MedMarket Reward") {
        if (admin == address(0)) revert InvalidValue("admin");
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
    }

    /// Creates amount tokens for to.
    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }
}

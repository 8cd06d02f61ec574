// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import {InvalidValue} from "./Common.sol";
import {ConsentRegistry} from "./ConsentRegistry.sol";
import {StudyEscrow} from "./StudyEscrow.sol";

/// @title RewardToken
/// @notice The MedMarket Reward token (MMR, 18 decimals): an ERC-20 with ERC-2612 permits and a
/// minter role, which also keeps the consent registry and the study escrow (see PackedAccounts,
/// ConsentRegistry and StudyEscrow). They share one contract so that a participant's consent,
/// paid flag and token balance share one storage word: a consent costs one new slot, and a
/// payout rewrites that slot instead of creating a balance slot of its own.
///
/// Signing domains: ERC-2612 permits are signed in the "MedMarket Reward" domain, consents and
/// revocations in the "MedMarket ConsentRegistry" domain; both are version 1 and bound to this
/// chain and this contract.
contract RewardToken is StudyEscrow {
    /// @param admin the operator: holds DEFAULT_ADMIN_ROLE, MINTER_ROLE and COMPUTE_ROLE.
    /// @param studyRegistry the StudyRegistry whose studies consents and escrows refer to.
    constructor(address admin, address studyRegistry) ConsentRegistry(studyRegistry) {
        if (admin == address(0)) revert InvalidValue("admin");
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
        _grantRole(COMPUTE_ROLE, admin);
    }
}

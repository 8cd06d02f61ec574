// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title BaselineToken
/// @notice Benchmark baseline only (`medmarket bench chain`), never deployed by the marketplace:
/// a plain OpenZeppelin ERC-20 with an unrestricted batch mint, the usual way to credit many new
/// holders at once. Its gas per new holder is what RewardToken payouts are compared with.
contract BaselineToken is ERC20 {
    constructor() ERC20("Baseline", "BASE") {}

    /// Mints amount to `to`.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// Mints amount to each address of `to`.
    function mintBatch(address[] calldata to, uint256 amount) external {
        for (uint256 i = 0; i < to.length; ++i) {
            _mint(to[i], amount);
        }
    }
}

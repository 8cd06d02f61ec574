// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title BaselineDisperse
/// @notice Benchmark baseline only: the token path of the widely used Disperse contract
/// (disperse.app): pull the total from the sender, then one ERC-20 transfer per recipient.
contract BaselineDisperse {
    /// Sends values[i] of token to recipients[i], from the caller's allowance to this contract.
    function disperseToken(IERC20 token, address[] calldata recipients, uint256[] calldata values) external {
        uint256 total = 0;
        for (uint256 i = 0; i < recipients.length; i++) {
            total += values[i];
        }
        require(token.transferFrom(msg.sender, address(this), total));
        for (uint256 i = 0; i < recipients.length; i++) {
            require(token.transfer(recipients[i], values[i]));
        }
    }
}

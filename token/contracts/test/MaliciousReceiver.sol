// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

/// The RewardToken functions an attacker would like to reenter.
interface IRewardTokenTarget {
    function pay(uint256 studyId, bytes calldata recipients) external;
    function refund(uint256 studyId) external returns (uint256);
    function transfer(address to, uint256 value) external returns (bool);
}

/// @title MaliciousReceiver
/// @notice Test only: code for an account that receives reward tokens (a payout recipient or a
/// researcher refunded, as a contract or as an EIP-7702 delegated account) and, from every
/// receiver hook a token might call (ERC-777 tokensReceived, ERC-1363 onTransferReceived, ERC-721
/// style onERC721Received, receive and fallback), tries to reenter the token: pay the same
/// recipients again and refund again. It counts how often it ran, so a test can show that the
/// token never calls it.
contract MaliciousReceiver {
    uint256 public hookCalls;
    uint256 public reentered; // reentrant calls that did not revert
    address public target;
    uint256 public studyId;
    bytes public recipients;

    /// Sets what to reenter: token, the study, and the recipients to pay again.
    function arm(address token, uint256 id, bytes calldata payTo) external {
        target = token;
        studyId = id;
        recipients = payTo;
    }

    /// Runs the attack directly, as if a hook had been called.
    function attack() external {
        _attack();
    }

    function tokensReceived(address, address, address, uint256, bytes calldata, bytes calldata) external {
        _attack();
    }

    function onTransferReceived(address, address, uint256, bytes calldata) external returns (bytes4) {
        _attack();
        return this.onTransferReceived.selector;
    }

    function onERC721Received(address, address, uint256, bytes calldata) external returns (bytes4) {
        _attack();
        return this.onERC721Received.selector;
    }

    receive() external payable {
        _attack();
    }

    fallback() external payable {
        _attack();
    }

    function _attack() private {
        hookCalls++;
        if (target == address(0)) return;
        IRewardTokenTarget t = IRewardTokenTarget(target);
        try t.pay(studyId, recipients) {
            reentered++;
        } catch {}
        try t.refund(studyId) returns (uint256 amount) {
            if (amount > 0) reentered++;
        } catch {}
    }
}

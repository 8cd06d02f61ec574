// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

/// @title BaselineConsent
/// @notice Benchmark baseline only: a relayed EIP-712 consent the usual way, with OpenZeppelin's
/// EIP712, ECDSA and per-account Nonces, the expiry in its own mapping and an event with indexed
/// study and participant. It signs the same Consent type in the same domain name as the
/// RewardToken's consent registry, so one signature helper serves both.
contract BaselineConsent is EIP712, Nonces {
    bytes32 public constant CONSENT_TYPEHASH = keccak256(
        "Consent(uint256 studyId,address participant,bytes32 scope,uint64 expiry,uint256 nonce,uint256 deadline)"
    );

    mapping(uint256 studyId => mapping(address participant => uint64 expiry)) public expiryOf;

    event ConsentGranted(uint256 indexed studyId, address indexed participant, bytes32 scope, uint64 expiry);

    error ExpiredConsent(uint256 deadline);
    error WrongSigner(address participant);

    constructor() EIP712("MedMarket ConsentRegistry", "1") {}

    /// Records participant's signed consent to the study.
    function grant(
        uint256 studyId,
        address participant,
        bytes32 scope,
        uint64 expiry,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external {
        if (block.timestamp > deadline) revert ExpiredConsent(deadline);
        bytes32 digest = _hashTypedDataV4(
            keccak256(abi.encode(CONSENT_TYPEHASH, studyId, participant, scope, expiry, nonce, deadline))
        );
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(digest, signature);
        if (err != ECDSA.RecoverError.NoError || signer != participant) revert WrongSigner(participant);
        _useCheckedNonce(participant, nonce);
        expiryOf[studyId][participant] = expiry;
        emit ConsentGranted(studyId, participant, scope, expiry);
    }
}

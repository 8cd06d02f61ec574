// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

import "./Common.sol";
import {StudyRegistry} from "./StudyRegistry.sol";

/// @title ConsentRegistry
/// @notice Records patients' consents to studies. A participant is a pseudonymous per-study
/// address that signs an EIP-712 Consent or Revoke; the operator relays the signatures, singly
/// or in batches, since participants hold no ether. Only the expiry is stored per participant;
/// the consented scope (a hash of DUO codes) is carried by the ConsentGranted event.
contract ConsentRegistry is EIP712, Nonces {
    bytes32 public constant CONSENT_TYPEHASH = keccak256(
        "Consent(uint256 studyId,address participant,bytes32 scope,uint64 expiry,uint256 nonce,uint256 deadline)"
    );
    bytes32 public constant REVOKE_TYPEHASH =
        keccak256("Revoke(uint256 studyId,address participant,uint256 nonce,uint256 deadline)");

    /// A participant's signed consent to a study.
    struct Grant {
        uint256 studyId;
        address participant;
        bytes32 scope;
        uint64 expiry;
        uint256 nonce;
        uint256 deadline;
        bytes signature;
    }

    /// A participant's signed revocation of their consent to a study.
    struct Revocation {
        uint256 studyId;
        address participant;
        uint256 nonce;
        uint256 deadline;
        bytes signature;
    }

    /// The study registry consents refer to.
    StudyRegistry public immutable registry;

    // Expiry of each participant's consent; zero when never granted or revoked. A non-zero
    // expiry in the past is an expired consent that still holds its place under the cap until
    // it is revoked or granted again.
    mapping(uint256 studyId => mapping(address participant => uint64 expiry)) private _expiry;
    mapping(uint256 studyId => uint256) private _active;

    event ConsentGranted(uint256 indexed studyId, address indexed participant, bytes32 scope, uint64 expiry);
    event ConsentRevoked(uint256 indexed studyId, address indexed participant);

    constructor(address studyRegistry) EIP712("MedMarket ConsentRegistry", "1") {
        if (studyRegistry == address(0)) revert InvalidValue("studyRegistry");
        registry = StudyRegistry(studyRegistry);
    }

    /// Records one signed consent.
    function grant(Grant calldata g) external {
        _grant(g);
    }

    /// Records signed consents; the whole batch reverts if any one is invalid.
    function grantBatch(Grant[] calldata gs) external {
        for (uint256 i = 0; i < gs.length; i++) {
            _grant(gs[i]);
        }
    }

    /// Records one signed revocation.
    function revoke(uint256 studyId, address participant, uint256 nonce, uint256 deadline, bytes calldata signature)
        external
    {
        _revoke(studyId, participant, nonce, deadline, signature);
    }

    /// Records signed revocations; the whole batch reverts if any one is invalid.
    function revokeBatch(Revocation[] calldata rs) external {
        for (uint256 i = 0; i < rs.length; i++) {
            Revocation calldata r = rs[i];
            _revoke(r.studyId, r.participant, r.nonce, r.deadline, r.signature);
        }
    }

    /// Whether participant's consent to the study is granted, not revoked and not expired.
    function isValid(uint256 studyId, address participant) public view returns (bool) {
        return _expiry[studyId][participant] > block.timestamp;
    }

    /// isValid for each participant.
    function validMany(uint256 studyId, address[] calldata participants) external view returns (bool[] memory valid) {
        valid = new bool[](participants.length);
        for (uint256 i = 0; i < participants.length; i++) {
            valid[i] = _expiry[studyId][participants[i]] > block.timestamp;
        }
    }

    /// The expiry of participant's consent: zero when none is held (never granted or revoked).
    function expiryOf(uint256 studyId, address participant) external view returns (uint64) {
        return _expiry[studyId][participant];
    }

    /// Number of consents to the study granted and not revoked. This is what the study's cap
    /// bounds; it includes consents that have expired without being revoked.
    function activeCount(uint256 studyId) external view returns (uint256) {
        return _active[studyId];
    }

    /// The EIP-712 domain separator signatures are checked against.
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    function _grant(Grant calldata g) private {
        _authorize(
            g.participant,
            keccak256(abi.encode(CONSENT_TYPEHASH, g.studyId, g.participant, g.scope, g.expiry, g.nonce, g.deadline)),
            g.nonce,
            g.deadline,
            g.signature
        );
        if (g.expiry <= block.timestamp) revert InvalidValue("expiry");
        StudyRegistry.Study memory s = registry.getStudy(g.studyId);
        if (s.status == StudyStatus.None) revert UnknownStudy(g.studyId);
        if (s.status != StudyStatus.Approved) revert WrongStatus(g.studyId, s.status);
        uint64 current = _expiry[g.studyId][g.participant];
        if (current > block.timestamp) revert AlreadyConsented(g.participant);
        if (current == 0) {
            // A new consent takes a place under the cap; a renewed expired one already has one.
            if (_active[g.studyId] >= s.cap) revert CapReached(g.studyId);
            _active[g.studyId]++;
        }
        _expiry[g.studyId][g.participant] = g.expiry;
        emit ConsentGranted(g.studyId, g.participant, g.scope, g.expiry);
    }

    function _revoke(uint256 studyId, address participant, uint256 nonce, uint256 deadline, bytes calldata signature)
        private
    {
        _authorize(
            participant,
            keccak256(abi.encode(REVOKE_TYPEHASH, studyId, participant, nonce, deadline)),
            nonce,
            deadline,
            signature
        );
        // An expired consent may be revoked too: that frees its place under the cap.
        if (_expiry[studyId][participant] == 0) revert NotConsented(participant);
        _expiry[studyId][participant] = 0;
        _active[studyId]--;
        emit ConsentRevoked(studyId, participant);
    }

    /// Checks deadline, signature and nonce of a signed action, in that order, consuming the
    /// nonce.
    function _authorize(address signer, bytes32 structHash, uint256 nonce, uint256 deadline, bytes calldata signature)
        private
    {
        if (block.timestamp > deadline) revert Expired(deadline);
        (address recovered, ECDSA.RecoverError err,) =
            ECDSA.tryRecoverCalldata(_hashTypedDataV4(structHash), signature);
        if (err != ECDSA.RecoverError.NoError || recovered != signer) revert InvalidSignature();
        _useCheckedNonce(signer, nonce);
    }
}

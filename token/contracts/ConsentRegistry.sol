// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.28;

import "./Common.sol";
import {PackedAccounts} from "./PackedAccounts.sol";

/// @title ConsentRegistry
/// @notice Patients' consents to studies, part of the RewardToken contract. A participant is a
/// pseudonymous per-study address that signs an EIP-712 Consent or Revoke in the
/// "MedMarket ConsentRegistry" domain (version 1, this chain, this contract); the operator relays
/// the signatures in batches, since participants hold no ether.
///
/// Replay safety: each (study, participant) has its own nonce, which every grant and revocation
/// must name and advance; every signature carries a deadline; the domain binds it to this chain
/// and this contract; signatures with a high s (the malleable twin of a valid one) are refused.
///
/// A consent costs one storage word: the participant's account word (see PackedAccounts), whose
/// consent bits hold expiry, nonce and the paid flag next to the token balance. The consented
/// scope (a hash of the DUO codes) is not stored: it is signed, and listed in the
/// ConsentsGranted event, which is what an auditor checks.
///
/// Batches are packed to keep calldata small, each record a fixed-size slice:
///   grant record  (99 bytes): participant 20 | expiry 5 | scope index 1 | deadline 5 | nonce 4
///                             | r 32 | yParityAndS 32 (EIP-2098 compact signature)
///   revoke record (93 bytes): participant 20 | deadline 5 | nonce 4 | r 32 | yParityAndS 32
/// where the scope index points into the batch's list of distinct scopes. The whole batch
/// reverts if any record is invalid, with an error naming that record's participant; it emits
/// one event listing the public part of every record.
abstract contract ConsentRegistry is PackedAccounts {
    /// keccak256("Consent(uint256 studyId,address participant,bytes32 scope,uint64 expiry,uint256 nonce,uint256 deadline)"),
    /// written out so that the grant loop's assembly can use it (a test checks it).
    bytes32 public constant CONSENT_TYPEHASH = 0x3813b035ffdbc45171ab7638badbe13baaf9925bd41153a7b30f3170404466ed;
    bytes32 public constant REVOKE_TYPEHASH =
        keccak256("Revoke(uint256 studyId,address participant,uint256 nonce,uint256 deadline)");
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    /// Size in bytes of one record of grantBatch and of revokeBatch.
    uint256 public constant GRANT_RECORD_SIZE = 99;
    uint256 public constant REVOKE_RECORD_SIZE = 93;

    /// secp256k1's group order halved: canonical signatures have s at most this.
    uint256 private constant HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    /// A study's escrow and consent counters, in two slots.
    struct Pool {
        uint128 funded;
        uint128 paid;
        uint128 refunded;
        uint32 active; // consents granted and not revoked (expired ones included): bounded by the cap
        uint32 paidCount;
    }

    /// The registry that says whether a study recruits and what its cap is.
    IStudyTerms public immutable registry;
    bytes32 private immutable _consentDomain;
    uint256 private immutable _consentChainId;

    /// Consent words of accounts whose own word already carries another study's consent.
    mapping(uint256 studyId => mapping(address account => uint256 word)) private _overflow;
    mapping(uint256 studyId => Pool) internal _pools;

    /// scopes are the batch's distinct scope hashes; grants holds 26 bytes per consent:
    /// participant 20 | expiry 5 (uint40, unix seconds) | index into scopes 1.
    event ConsentsGranted(uint256 indexed studyId, bytes32[] scopes, bytes grants);
    /// participants holds the 20-byte addresses whose consent to the study was revoked.
    event ConsentsRevoked(uint256 indexed studyId, bytes participants);

    constructor(address studyRegistry) {
        if (studyRegistry == address(0)) revert InvalidValue("studyRegistry");
        registry = IStudyTerms(studyRegistry);
        _consentChainId = block.chainid;
        _consentDomain = _buildConsentDomain();
    }

    /// Records signed consents to one recruiting study, packed as described above. scopes lists
    /// the distinct scope hashes the records point to.
    function grantBatch(uint256 studyId, bytes32[] calldata scopes, bytes calldata records) external {
        uint256 n = records.length / GRANT_RECORD_SIZE;
        if (n == 0 || n * GRANT_RECORD_SIZE != records.length) revert InvalidValue("records");
        uint256 cap = _recruitingCap(studyId);
        bytes memory grants = new bytes(n * 26);
        (uint256 added, uint256 failure, address who, uint256 arg) = _grantAll(studyId, scopes, records, grants);
        if (failure != 0) _refuseGrant(failure, who, arg);
        Pool storage p = _pools[studyId];
        uint256 active = p.active + added;
        if (active > cap) revert CapReached(studyId);
        p.active = uint32(active);
        emit ConsentsGranted(studyId, scopes, grants);
    }

    /// Records signed revocations of consents to one study, packed as described above. A
    /// revocation holds whatever the study's state; an expired consent may be revoked too,
    /// which frees its place under the cap.
    function revokeBatch(uint256 studyId, bytes calldata records) external {
        uint256 n = records.length / REVOKE_RECORD_SIZE;
        if (n == 0 || n * REVOKE_RECORD_SIZE != records.length) revert InvalidValue("records");
        bytes32 domain = _consentDomainSeparator();
        bytes memory participants = new bytes(n * 20);
        for (uint256 i = 0; i < n; ++i) {
            uint256 off;
            assembly ("memory-safe") {
                off := add(records.offset, mul(i, 93))
                calldatacopy(add(add(participants, 0x20), mul(i, 20)), off, 20)
            }
            _revoke(studyId, domain, off);
        }
        _pools[studyId].active -= uint32(n);
        emit ConsentsRevoked(studyId, participants);
    }

    /// The consent of account to the study: its expiry (0 when none is held: never granted, or
    /// revoked), the next nonce account must sign with, and whether the study paid account.
    function consentOf(uint256 studyId, address account)
        public
        view
        returns (uint64 expiry, uint32 nonce, bool paid)
    {
        (, uint256 word,) = _locate(studyId, account);
        return (
            uint64((word >> EXPIRY_SHIFT) & MASK40),
            uint32((word >> NONCE_SHIFT) & MASK32),
            word & PAID_BIT != 0
        );
    }

    /// The study whose consent account's own word carries (0 when none): for a per-study
    /// pseudonymous address, the study it was made for.
    function consentStudyOf(address account) external view returns (uint256) {
        return _words[account] >> STUDY_SHIFT;
    }

    /// Whether account's consent to the study is granted, not revoked and not expired.
    function isValid(uint256 studyId, address account) public view returns (bool) {
        (, uint256 word,) = _locate(studyId, account);
        return ((word >> EXPIRY_SHIFT) & MASK40) > block.timestamp;
    }

    /// isValid for each account.
    function validMany(uint256 studyId, address[] calldata accounts) external view returns (bool[] memory valid) {
        valid = new bool[](accounts.length);
        for (uint256 i = 0; i < accounts.length; i++) {
            valid[i] = isValid(studyId, accounts[i]);
        }
    }

    /// Whether the study paid each account.
    function paidMany(uint256 studyId, address[] calldata accounts) external view returns (bool[] memory paid) {
        paid = new bool[](accounts.length);
        for (uint256 i = 0; i < accounts.length; i++) {
            (, uint256 word,) = _locate(studyId, accounts[i]);
            paid[i] = word & PAID_BIT != 0;
        }
    }

    /// The study's escrow totals and counters.
    function poolOf(uint256 studyId)
        external
        view
        returns (uint128 funded, uint128 paid, uint128 refunded, uint32 active, uint32 paidCount)
    {
        Pool storage p = _pools[studyId];
        return (p.funded, p.paid, p.refunded, p.active, p.paidCount);
    }

    /// The EIP-712 domain separator consents and revocations are signed in.
    // solhint-disable-next-line func-name-mixedcase
    function CONSENT_DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _consentDomainSeparator();
    }

    /// Checks and records every grant record, copying the public part of each (participant,
    /// expiry, scope index) into grants. Returns how many consents took a new place under the
    /// cap (renewing an expired consent does not), or the first failure: a code, the record's
    /// participant and an argument, which _refuseGrant turns into the custom error.
    ///
    /// This is the hot path of the whole marketplace, so it is written in assembly: per record
    /// it decodes the packed fields, hashes the EIP-712 Consent, recovers the signer with the
    /// ecrecover precompile, and rewrites the participant's word (see PackedAccounts) in one
    /// SLOAD and one SSTORE. Values the loop needs sit in a small memory frame above the free
    /// memory pointer, which keeps the stack shallow: f+0x00 study id, +0x20 consent domain
    /// separator, +0x40 the study's overflow mapping slot, +0x60 scopes offset, +0x80 scopes
    /// length, +0xa0 the account words' mapping slot, +0xc0 scratch for hashing.
    function _grantAll(uint256 studyId, bytes32[] calldata scopes, bytes calldata records, bytes memory grants)
        private
        returns (uint256 added, uint256 failure, address who, uint256 arg)
    {
        bytes32 domain = _consentDomainSeparator();
        mapping(address => uint256) storage overflow = _overflow[studyId];
        assembly ("memory-safe") {
            // One record at calldata offset off: took is 1 when it takes a new place under the
            // cap; fail is a failure code (see _refuseGrant), arg its argument.
            function grantOne(f, off) -> took, fail, arg_ {
                let head := calldataload(off)
                let participant := shr(96, head)
                let m := add(f, 0xc0)
                {
                    let deadline := and(shr(8, head), 0xffffffffff)
                    if gt(timestamp(), deadline) {
                        fail := 1
                        arg_ := deadline
                        leave
                    }
                }
                let expiry := and(shr(56, head), 0xffffffffff)
                if iszero(gt(expiry, timestamp())) {
                    fail := 2
                    leave
                }
                let nonce := and(calldataload(add(off, 3)), 0xffffffff)
                {
                    let index := and(shr(48, head), 0xff)
                    if iszero(lt(index, mload(add(f, 0x80)))) {
                        fail := 3
                        leave
                    }
                    mstore(m, CONSENT_TYPEHASH)
                    mstore(add(m, 0x20), mload(f))
                    mstore(add(m, 0x40), participant)
                    mstore(add(m, 0x60), calldataload(add(mload(add(f, 0x60)), shl(5, index))))
                    mstore(add(m, 0x80), expiry)
                    mstore(add(m, 0xa0), nonce)
                    mstore(add(m, 0xc0), and(shr(8, head), 0xffffffffff))
                    let structHash := keccak256(m, 0xe0)
                    mstore(m, shl(240, 0x1901))
                    mstore(add(m, 0x02), mload(add(f, 0x20)))
                    mstore(add(m, 0x22), structHash)
                    mstore(m, keccak256(m, 0x42)) // the digest, ecrecover's first argument
                }
                {
                    let vs := calldataload(add(off, 67))
                    let s := and(vs, 0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff)
                    if gt(s, HALF_ORDER) {
                        fail := 4
                        leave
                    }
                    mstore(add(m, 0x20), add(shr(255, vs), 27))
                    mstore(add(m, 0x40), calldataload(add(off, 35)))
                    mstore(add(m, 0x60), s)
                    mstore(0x00, 0)
                    pop(staticcall(gas(), 0x01, m, 0x80, 0x00, 0x20))
                    let recovered := mload(0x00)
                    if or(iszero(recovered), iszero(eq(recovered, participant))) {
                        fail := 5
                        leave
                    }
                }
                // The participant's own word, or the study's overflow word when their own word
                // carries another study's consent.
                mstore(0x00, participant)
                mstore(0x20, mload(add(f, 0xa0)))
                let slot := keccak256(0x00, 0x40)
                let word := sload(slot)
                let tag := shl(208, mload(f))
                {
                    let owner := shr(208, word)
                    if iszero(or(eq(owner, mload(f)), iszero(owner))) {
                        mstore(0x20, mload(add(f, 0x40)))
                        slot := keccak256(0x00, 0x40)
                        word := sload(slot)
                        tag := 0
                    }
                }
                {
                    let current := and(shr(168, word), 0xffffffff)
                    if iszero(eq(nonce, current)) {
                        fail := 6
                        arg_ := current
                        leave
                    }
                    if eq(current, 0xffffffff) {
                        fail := 7
                        leave
                    }
                }
                let held := and(shr(128, word), 0xffffffffff)
                if gt(held, timestamp()) {
                    fail := 8
                    leave
                }
                // Keep balance, paid flag and study tag; set expiry and the next nonce.
                word := and(word, not(shl(128, 0xffffffffffffffffff)))
                sstore(slot, or(or(word, shl(128, expiry)), or(shl(168, add(nonce, 1)), tag)))
                took := iszero(held)
            }

            let f := mload(0x40)
            mstore(f, studyId)
            mstore(add(f, 0x20), domain)
            mstore(add(f, 0x40), overflow.slot)
            mstore(add(f, 0x60), scopes.offset)
            mstore(add(f, 0x80), scopes.length)
            mstore(add(f, 0xa0), _words.slot)
            let out := add(grants, 0x20)
            let end := add(records.offset, mul(div(records.length, 99), 99))
            for { let off := records.offset } lt(off, end) { off := add(off, 99) } {
                calldatacopy(out, off, 26)
                out := add(out, 26)
                let took, fail, a := grantOne(f, off)
                if fail {
                    failure := fail
                    arg := a
                    who := shr(96, calldataload(off))
                    break
                }
                added := add(added, took)
            }
        }
    }

    /// Reverts with the custom error of a grant failure code from _grantAll.
    function _refuseGrant(uint256 failure, address who, uint256 arg) private pure {
        if (failure == 1) revert Expired(who, arg);
        if (failure == 2) revert InvalidValue("expiry");
        if (failure == 3) revert InvalidValue("scope");
        if (failure == 4) revert MalleableSignature(who);
        if (failure == 5) revert InvalidSignature(who);
        if (failure == 6) revert BadNonce(who, arg);
        if (failure == 7) revert InvalidValue("nonce");
        revert AlreadyConsented(who);
    }

    /// Checks and records the revoke record at calldata offset off.
    function _revoke(uint256 studyId, bytes32 domain, uint256 off) private {
        uint256 head;
        assembly ("memory-safe") {
            head := calldataload(off)
        }
        address participant = address(uint160(head >> 96));
        uint256 deadline = (head >> 56) & MASK40;
        uint256 nonce = (head >> 24) & MASK32;
        if (block.timestamp > deadline) revert Expired(participant, deadline);
        bytes32 structHash = _hash5(REVOKE_TYPEHASH, studyId, uint160(participant), nonce, deadline);
        _checkSigner(participant, _typedDigest(domain, structHash), off + 29);

        (uint256 slot, uint256 word,) = _locate(studyId, participant);
        uint256 current = (word >> NONCE_SHIFT) & MASK32;
        if (nonce != current) revert BadNonce(participant, current);
        if ((word >> EXPIRY_SHIFT) & MASK40 == 0) revert NotConsented(participant);
        word = (word & ~GRANT_FIELDS) | ((nonce + 1) << NONCE_SHIFT);
        assembly ("memory-safe") {
            sstore(slot, word)
        }
    }

    /// keccak256 of five words, in scratch memory (the struct hash of a Revoke).
    function _hash5(bytes32 a, uint256 b, uint256 c, uint256 d, uint256 e) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, a)
            mstore(add(m, 0x20), b)
            mstore(add(m, 0x40), c)
            mstore(add(m, 0x60), d)
            mstore(add(m, 0x80), e)
            h := keccak256(m, 0xa0)
        }
    }

    /// The EIP-712 digest keccak256("\x19\x01" || domain || structHash).
    function _typedDigest(bytes32 domain, bytes32 structHash) private pure returns (bytes32 digest) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, shl(240, 0x1901))
            mstore(add(m, 0x02), domain)
            mstore(add(m, 0x22), structHash)
            digest := keccak256(m, 0x42)
        }
    }

    /// Reverts unless the EIP-2098 compact signature (r, yParityAndS) at calldata offset sig is
    /// signer's over digest, with a low s.
    function _checkSigner(address signer, bytes32 digest, uint256 sig) private view {
        uint256 r;
        uint256 vs;
        assembly ("memory-safe") {
            r := calldataload(sig)
            vs := calldataload(add(sig, 32))
        }
        uint256 s = vs & ((1 << 255) - 1);
        if (s > HALF_ORDER) revert MalleableSignature(signer);
        uint256 v = (vs >> 255) + 27;
        address recovered;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, digest)
            mstore(add(m, 0x20), v)
            mstore(add(m, 0x40), r)
            mstore(add(m, 0x60), s)
            mstore(0x00, 0)
            pop(staticcall(gas(), 0x01, m, 0x80, 0x00, 0x20))
            recovered := mload(0x00)
        }
        if (recovered == address(0) || recovered != signer) revert InvalidSignature(signer);
    }

    /// Where (study, account)'s consent bits live: the slot, its word, and the study tag to
    /// write with them (the study in the account's own word, zero in an overflow word).
    function _locate(uint256 studyId, address account)
        internal
        view
        returns (uint256 slot, uint256 word, uint256 tag)
    {
        slot = _wordSlot(account);
        assembly ("memory-safe") {
            word := sload(slot)
        }
        uint256 owner = word >> STUDY_SHIFT;
        if (owner == studyId || (owner == 0 && studyId >> 48 == 0)) {
            return (slot, word, studyId << STUDY_SHIFT);
        }
        mapping(address => uint256) storage overflow = _overflow[studyId];
        assembly ("memory-safe") {
            mstore(0x00, account)
            mstore(0x20, overflow.slot)
            slot := keccak256(0x00, 0x40)
            word := sload(slot)
        }
        return (slot, word, 0);
    }

    /// The study's participant cap; reverts unless the study is recruiting.
    function _recruitingCap(uint256 studyId) private view returns (uint256) {
        (, StudyStatus status, uint32 cap,) = registry.terms(studyId);
        if (status != StudyStatus.Recruiting) _refuse(studyId, status);
        return cap;
    }

    /// Reverts for a study that is not in a state the action needs.
    function _refuse(uint256 studyId, StudyStatus status) internal pure {
        if (status == StudyStatus.None) revert UnknownStudy(studyId);
        revert WrongStatus(studyId, status);
    }

    function _consentDomainSeparator() internal view returns (bytes32) {
        return block.chainid == _consentChainId ? _consentDomain : _buildConsentDomain();
    }

    function _buildConsentDomain() private view returns (bytes32) {
        return keccak256(
            abi.encode(
                DOMAIN_TYPEHASH, keccak256("MedMarket ConsentRegistry"), keccak256("1"), block.chainid, address(this)
            )
        );
    }
}

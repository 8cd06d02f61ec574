package compute

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"fmt"
)

// Envelope encryption. Every record has its own random AES-256 data key (DEK); the record is
// sealed with AES-256-GCM under the DEK, and the DEK is sealed (wrapped) with AES-256-GCM
// under the vault's key-encryption key (KEK). Both use the patient handle and the bucket as
// additional data, so neither a record nor a wrapped key can be moved to another patient.
// Destroying a wrapped key destroys the record it protects.

// KEKSize is the size in bytes of a vault's key-encryption key.
const KEKSize = 32

const (
	dekSize   = 32
	nonceSize = 12
	tagSize   = 16
	// wrappedLen is the size of a wrapped data key: nonce, sealed key, tag.
	wrappedLen = nonceSize + dekSize + tagSize
	// envelopeVersion prefixes every sealed record.
	envelopeVersion = 1
	aadLabel        = "medmarket/vault/v1/"
)

// ErrRecordAuth reports that a stored record or its wrapped key failed authentication: the
// vault file was tampered with or corrupted. Computations that meet it fail closed.
var ErrRecordAuth = errors.New("a vault record failed authentication")

// ErrWrongKEK reports that the key-encryption key given to OpenVault is not the one the vault
// was created with.
var ErrWrongKEK = errors.New("the key-encryption key does not match this vault")

// aad returns the additional data that binds a sealed value to its bucket and patient.
func aad(buf *[64]byte, bucket []byte, r ref) []byte {
	b := append(buf[:0], aadLabel...)
	b = append(b, bucket...)
	b = append(b, '/')
	return append(b, r[:]...)
}

// newGCM returns AES-256-GCM under key.
func newGCM(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// sealer seals and opens records under a vault's KEK. It is safe for concurrent use.
type sealer struct {
	kek cipher.AEAD
}

func newSealer(kek []byte) (*sealer, error) {
	if len(kek) != KEKSize {
		return nil, fmt.Errorf("key-encryption key must be %d bytes, got %d", KEKSize, len(kek))
	}
	a, err := newGCM(kek)
	if err != nil {
		return nil, err
	}
	return &sealer{kek: a}, nil
}

// seal encrypts a record's plaintext under a fresh DEK and returns the wrapped DEK and the
// sealed record.
func (s *sealer) seal(r ref, plain []byte) (wrapped, sealed []byte, err error) {
	// One read of randomness: the DEK and both nonces.
	var rnd [dekSize + 2*nonceSize]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return nil, nil, err
	}
	dek, wrapNonce, recNonce := rnd[:dekSize], rnd[dekSize:dekSize+nonceSize], rnd[dekSize+nonceSize:]
	var buf [64]byte
	wrapped = make([]byte, 0, wrappedLen)
	wrapped = append(wrapped, wrapNonce...)
	wrapped = s.kek.Seal(wrapped, wrapNonce, dek, aad(&buf, bucketKeys, r))

	a, err := newGCM(dek)
	if err != nil {
		return nil, nil, err
	}
	sealed = make([]byte, 0, 1+nonceSize+len(plain)+tagSize)
	sealed = append(sealed, envelopeVersion)
	sealed = append(sealed, recNonce...)
	sealed = a.Seal(sealed, recNonce, plain, aad(&buf, bucketRecords, r))
	clear(rnd[:])
	return wrapped, sealed, nil
}

// scratch is per-goroutine working memory for open, so that opening a record does not
// allocate more than the data key's cipher.
type scratch struct {
	aad [64]byte
	dek [dekSize]byte
}

// open authenticates and decrypts a record, appending its plaintext to dst. Any failure is
// ErrRecordAuth: nothing is returned from a record that does not authenticate. sc may be nil.
func (s *sealer) open(sc *scratch, dst []byte, r ref, wrapped, sealed []byte) ([]byte, error) {
	if sc == nil {
		sc = new(scratch)
	}
	if len(wrapped) != wrappedLen || len(sealed) < 1+nonceSize+tagSize || sealed[0] != envelopeVersion {
		return nil, ErrRecordAuth
	}
	dek, err := s.kek.Open(sc.dek[:0], wrapped[:nonceSize], wrapped[nonceSize:], aad(&sc.aad, bucketKeys, r))
	if err != nil {
		return nil, ErrRecordAuth
	}
	a, err := newGCM(dek)
	clear(sc.dek[:])
	if err != nil {
		return nil, err
	}
	out, err := a.Open(dst, sealed[1:1+nonceSize], sealed[1+nonceSize:], aad(&sc.aad, bucketRecords, r))
	if err != nil {
		return nil, ErrRecordAuth
	}
	return out, nil
}

// The KEK check value: a fixed plaintext sealed under the KEK when the vault is created. A
// vault opened with another KEK fails to open it.
var (
	kekCheckPlain = []byte("medmarket vault key-encryption key check v1")
	kekCheckAAD   = []byte(aadLabel + "meta/kek-check")
)

func (s *sealer) kekCheck() ([]byte, error) {
	nonce := make([]byte, nonceSize, nonceSize+len(kekCheckPlain)+tagSize)
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return s.kek.Seal(nonce, nonce, kekCheckPlain, kekCheckAAD), nil
}

func (s *sealer) verifyKEKCheck(v []byte) error {
	if len(v) < nonceSize+tagSize {
		return errors.New("the vault's key check value is corrupt")
	}
	plain, err := s.kek.Open(nil, v[:nonceSize], v[nonceSize:], kekCheckAAD)
	if err != nil || string(plain) != string(kekCheckPlain) {
		return ErrWrongKEK
	}
	return nil
}

package compute

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
)

// Envelope encryption. Every patient has their own random AES-256 data key (DEK); each of the
// patient's values (hot record, detail section, access-log entries) is sealed with AES-256-GCM
// under the DEK with a fresh random 96-bit nonce, and the DEK is sealed (wrapped) with
// AES-256-GCM under the vault's key-encryption key (KEK). Both use the patient handle and the
// bucket as additional data, so no sealed value or wrapped key can be moved to another patient
// or another purpose. Destroying a wrapped key destroys everything it protects
// (crypto-shredding).

// KEKSize is the size in bytes of a vault's key-encryption key.
const KEKSize = 32

const (
	dekSize   = 32
	nonceSize = 12
	tagSize   = 16
	// wrappedLen is the size of a wrapped data key: nonce, sealed key, tag.
	wrappedLen = nonceSize + dekSize + tagSize
	// envelopeVersion prefixes every sealed value.
	envelopeVersion = 1
	// envelopeOverhead is what sealing adds to a plaintext.
	envelopeOverhead = 1 + nonceSize + tagSize
	aadLabel         = "medmarket/vault/v1/"
)

// ErrRecordAuth reports that a stored record or its wrapped key failed authentication: the
// vault file was tampered with or corrupted. Computations that meet it fail closed.
var ErrRecordAuth = errors.New("a vault record failed authentication")

// ErrWrongKEK reports that the key-encryption key given to OpenVault is not the one the vault
// was created with.
var ErrWrongKEK = errors.New("the key-encryption key does not match this vault")

// aadBuf is room for the additional data of one sealed value.
type aadBuf [96]byte

// aad returns the additional data that binds a sealed value to its bucket and patient, and
// to extra (an access-log run id), if any.
func aad(buf *aadBuf, bucket []byte, r ref, extra ...byte) []byte {
	b := append(buf[:0], aadLabel...)
	b = append(b, bucket...)
	b = append(b, '/')
	b = append(b, r[:]...)
	return append(b, extra...)
}

// newGCM returns AES-256-GCM under key.
func newGCM(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// sealer wraps and unwraps data keys under a vault's KEK. It is safe for concurrent use.
type sealer struct {
	kek cipher.AEAD
	// index is the key of the keyed hashes that index patient identifiers and imported
	// bundles, derived from the KEK.
	index []byte
}

func newSealer(kek []byte) (*sealer, error) {
	if len(kek) != KEKSize {
		return nil, fmt.Errorf("key-encryption key must be %d bytes, got %d", KEKSize, len(kek))
	}
	a, err := newGCM(kek)
	if err != nil {
		return nil, err
	}
	m := hmac.New(sha256.New, kek)
	m.Write([]byte("medmarket vault identity index key v1"))
	return &sealer{kek: a, index: m.Sum(nil)}, nil
}

// newKey makes a fresh data key for patient r and returns its cipher and its wrapped form.
func (s *sealer) newKey(r ref) (cipher.AEAD, []byte, error) {
	var rnd [dekSize + nonceSize]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return nil, nil, err
	}
	dek, nonce := rnd[:dekSize], rnd[dekSize:]
	var buf aadBuf
	wrapped := make([]byte, 0, wrappedLen)
	wrapped = append(wrapped, nonce...)
	wrapped = s.kek.Seal(wrapped, nonce, dek, aad(&buf, bucketKeys, r))
	a, err := newGCM(dek)
	clear(rnd[:])
	if err != nil {
		return nil, nil, err
	}
	return a, wrapped, nil
}

// unwrap authenticates and unwraps patient r's data key and returns its cipher. Any failure
// is ErrRecordAuth.
func (s *sealer) unwrap(sc *scratch, r ref, wrapped []byte) (cipher.AEAD, error) {
	if len(wrapped) != wrappedLen {
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
	return a, nil
}

// scratch is per-goroutine working memory for sealing and opening.
type scratch struct {
	aad aadBuf
	dek [dekSize]byte
}

// sealValue seals plain under a data key for patient r and bucket, appending the envelope
// (version, nonce, ciphertext and tag) to dst.
func sealValue(sc *scratch, a cipher.AEAD, dst []byte, bucket []byte, r ref, plain []byte, extra ...byte) ([]byte, error) {
	var nonce [nonceSize]byte
	if _, err := rand.Read(nonce[:]); err != nil {
		return nil, err
	}
	dst = append(dst, envelopeVersion)
	dst = append(dst, nonce[:]...)
	return a.Seal(dst, nonce[:], plain, aad(&sc.aad, bucket, r, extra...)), nil
}

// openValue authenticates and decrypts an envelope sealed by sealValue, appending the
// plaintext to dst. Any failure is ErrRecordAuth: nothing is returned from a value that does
// not authenticate.
func openValue(sc *scratch, a cipher.AEAD, dst []byte, bucket []byte, r ref, sealed []byte, extra ...byte) ([]byte, error) {
	if len(sealed) < envelopeOverhead || sealed[0] != envelopeVersion {
		return nil, ErrRecordAuth
	}
	out, err := a.Open(dst, sealed[1:1+nonceSize], sealed[1+nonceSize:], aad(&sc.aad, bucket, r, extra...))
	if err != nil {
		return nil, ErrRecordAuth
	}
	return out, nil
}

// indexKey returns the keyed hash under which a patient identifier or an imported bundle is
// indexed: HMAC-SHA-256 under a key derived from the KEK, so the index reveals nothing to
// whoever holds the file without the key.
func (s *sealer) indexKey(kind string, parts ...[]byte) []byte {
	m := hmac.New(sha256.New, s.index)
	m.Write([]byte(kind))
	for _, p := range parts {
		m.Write([]byte{0})
		m.Write(p)
	}
	return m.Sum(nil)
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

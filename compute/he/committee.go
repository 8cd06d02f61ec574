package he

import (
	"crypto/sha256"
	"encoding/binary"

	"github.com/tuneinsight/lattigo/v5/mhe"
)

// PartyID names a key-share holder: the ethics board or a vault.
type PartyID string

const maxIDLen = 256

// Committee is the fixed set of key-share holders of one collective key: the ethics board
// and n vaults, of which any Threshold (t) together with the board can decrypt. The order of
// Vaults matters: the i-th vault's Shamir point is i+1, so every party must use the same
// Committee value (compare Digest).
type Committee struct {
	Board     PartyID
	Vaults    []PartyID
	Threshold int
}

// Validate checks the committee: non-empty distinct ids, the board not a vault, 1 <= t <= n,
// and at most maxParties shares in a decryption (the board plus t vaults).
func (c Committee) Validate(maxParties int) error {
	if c.Board == "" || len(c.Board) > maxIDLen {
		return invalid("committee", "the board needs an id of 1..%d bytes", maxIDLen)
	}
	if len(c.Vaults) == 0 {
		return invalid("committee", "no vaults")
	}
	seen := map[PartyID]bool{c.Board: true}
	for _, v := range c.Vaults {
		if v == "" || len(v) > maxIDLen {
			return invalid("committee", "a vault needs an id of 1..%d bytes", maxIDLen)
		}
		if seen[v] {
			return invalid("committee", "party %q appears twice (the board cannot also be a vault)", v)
		}
		seen[v] = true
	}
	if c.Threshold < 1 || c.Threshold > len(c.Vaults) {
		return invalid("committee", "threshold %d must be between 1 and the number of vaults %d", c.Threshold, len(c.Vaults))
	}
	if len(c.Vaults)+1 > maxParties {
		return invalid("committee", "%d vaults and the board exceed the %d parties the parameters allow", len(c.Vaults), maxParties)
	}
	return nil
}

// Digest identifies the committee (ids, order and threshold).
func (c Committee) Digest() [32]byte {
	h := sha256.New()
	h.Write([]byte("medmarket/he/committee/v1\x00"))
	w := func(s PartyID) {
		var n [4]byte
		binary.BigEndian.PutUint32(n[:], uint32(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	w(c.Board)
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(c.Threshold))
	h.Write(n[:])
	for _, v := range c.Vaults {
		w(v)
	}
	var d [32]byte
	copy(d[:], h.Sum(nil))
	return d
}

// point returns the Shamir public point of vault id, or 0 if id is not a vault.
func (c Committee) point(id PartyID) mhe.ShamirPublicPoint {
	for i, v := range c.Vaults {
		if v == id {
			return mhe.ShamirPublicPoint(i + 1)
		}
	}
	return 0
}

func (c Committee) points() []mhe.ShamirPublicPoint {
	pts := make([]mhe.ShamirPublicPoint, len(c.Vaults))
	for i := range c.Vaults {
		pts[i] = mhe.ShamirPublicPoint(i + 1)
	}
	return pts
}

func (c Committee) clone() Committee {
	c.Vaults = append([]PartyID(nil), c.Vaults...)
	return c
}

package compute

import (
	"bytes"
	"encoding/binary"
	"math"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
)

// The privacy ledger: every patient's lifetime epsilon, the sum of the epsilons of every
// computation that read their record (whether or not its filter matched them: a record that
// was read could have changed the answer). A computation first drops the patients whose
// spend plus its own epsilon would pass the vault's limit (VaultOptions.PatientEpsilon), so
// they are neither read nor paid, and charges the others in the same write transaction as
// their access-log entries, before its answer leaves the vault. Erasure removes the entry.
//
// The ledger is stored in chunks: the key is the first patient handle of the chunk and the
// value packs up to 2*privacyChunk entries (handle, micro-epsilon spent as a big-endian
// uint64) in handle order; chunk i holds the handles from its key up to the next chunk's key.
// A computation over a million patients then rewrites about a thousand values of 24 KiB
// instead of a million keys. Amounts are in millionths, like the chain's budget.

var bucketPrivacy = []byte("privacy")

const (
	privacyEntry = refLen + 8
	privacyChunk = 1024
)

// DefaultPatientEpsilon is a patient's default lifetime epsilon limit.
const DefaultPatientEpsilon = 20.0

// spentUnits returns the micro-epsilon spent by each of refs (ascending).
func spentUnits(tx *bolt.Tx, refs []ref) []uint64 {
	out := make([]uint64, len(refs))
	b := tx.Bucket(bucketPrivacy)
	if b == nil || len(refs) == 0 {
		return out
	}
	c := b.Cursor()
	var chunk []byte // entries of the chunk covering refs[i]
	var next []byte  // key of the chunk after it (nil: none)
	j := 0
	load := func(r *ref) {
		k, v := c.Seek(r[:])
		if k == nil {
			k, v = c.Last()
		} else if !bytes.Equal(k, r[:]) {
			if k, v = c.Prev(); k == nil {
				k, v = c.First()
			}
		}
		chunk, j = v, 0
		next, _ = c.Next()
	}
	for i := range refs {
		r := &refs[i]
		if chunk == nil || next != nil && bytes.Compare(r[:], next) >= 0 {
			load(r)
		}
		for j*privacyEntry < len(chunk) && bytes.Compare(chunk[j*privacyEntry:j*privacyEntry+refLen], r[:]) < 0 {
			j++
		}
		if e := chunk[min(j*privacyEntry, len(chunk)):]; len(e) >= privacyEntry && bytes.Equal(e[:refLen], r[:]) {
			out[i] = binary.BigEndian.Uint64(e[refLen:privacyEntry])
		}
	}
	return out
}

// chargeUnits adds units to the spend of each of refs (ascending, distinct) in tx.
func chargeUnits(tx *bolt.Tx, refs []ref, units uint64) error {
	b, err := tx.CreateBucketIfNotExists(bucketPrivacy)
	if err != nil {
		return err
	}
	b.FillPercent = 0.9
	for i := 0; i < len(refs); {
		// The chunk covering refs[i]: its key, its entries and the next chunk's key.
		c := b.Cursor()
		r := refs[i][:]
		k, v := c.Seek(r)
		if k == nil {
			k, v = c.Last()
		} else if !bytes.Equal(k, r) {
			if pk, pv := c.Prev(); pk != nil {
				k, v = pk, pv
			} else {
				k, v = c.First()
			}
		}
		oldKey := bytes.Clone(k)
		old := bytes.Clone(v)
		var next []byte
		if k != nil {
			if nk, _ := c.Next(); nk != nil {
				next = bytes.Clone(nk)
			}
		}
		// The refs this chunk covers.
		end := i
		for end < len(refs) && (next == nil || bytes.Compare(refs[end][:], next) < 0) {
			end++
		}
		merged := mergeCharges(old, refs[i:end], units)
		if oldKey != nil {
			if err := b.Delete(oldKey); err != nil {
				return err
			}
		}
		for start := 0; start < len(merged); {
			n := len(merged) - start
			if n > 2*privacyChunk*privacyEntry {
				n = privacyChunk * privacyEntry
			}
			piece := merged[start : start+n]
			if err := b.Put(bytes.Clone(piece[:refLen]), piece); err != nil {
				return err
			}
			start += n
		}
		i = end
	}
	return nil
}

// mergeCharges returns the entries of old (a chunk) with units added to each of refs,
// inserting the refs it lacks, in handle order.
func mergeCharges(old []byte, refs []ref, units uint64) []byte {
	out := make([]byte, 0, len(old)+len(refs)*privacyEntry)
	j := 0
	for _, r := range refs {
		for j+privacyEntry <= len(old) && bytes.Compare(old[j:j+refLen], r[:]) < 0 {
			out = append(out, old[j:j+privacyEntry]...)
			j += privacyEntry
		}
		var spent uint64
		if j+privacyEntry <= len(old) && bytes.Equal(old[j:j+refLen], r[:]) {
			spent = binary.BigEndian.Uint64(old[j+refLen : j+privacyEntry])
			j += privacyEntry
		}
		if spent > math.MaxUint64-units {
			spent = math.MaxUint64 - units
		}
		out = append(out, r[:]...)
		out = binary.BigEndian.AppendUint64(out, spent+units)
	}
	return append(out, old[j:]...)
}

// forgetSpent removes patient r's entry from the ledger (erasure).
func forgetSpent(tx *bolt.Tx, r ref) error {
	b := tx.Bucket(bucketPrivacy)
	if b == nil {
		return nil
	}
	c := b.Cursor()
	k, v := c.Seek(r[:])
	if k == nil || !bytes.Equal(k, r[:]) {
		if k, v = c.Prev(); k == nil {
			return nil
		}
	}
	for j := 0; j+privacyEntry <= len(v); j += privacyEntry {
		if !bytes.Equal(v[j:j+refLen], r[:]) {
			continue
		}
		rest := append(bytes.Clone(v[:j]), v[j+privacyEntry:]...)
		key := bytes.Clone(k)
		if err := b.Delete(key); err != nil {
			return err
		}
		if len(rest) == 0 {
			return nil
		}
		return b.Put(bytes.Clone(rest[:refLen]), rest)
	}
	return nil
}

// PatientEpsilon returns the lifetime epsilon a patient has spent in this vault's
// computations, for the patient's own view: ENOTFOUND for an unknown or erased patient.
func (v *Vault) PatientEpsilon(patientRef string) (float64, error) {
	r, ok := parseRef(patientRef)
	if !ok {
		return 0, marketplace.FieldError("patientRef", "must be the 32-hex-digit handle the vault issued")
	}
	var units uint64
	err := v.db.View(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketKeys).Get(r[:]) == nil {
			return marketplace.Errorf(marketplace.ENOTFOUND, "no such patient")
		}
		units = spentUnits(tx, []ref{r})[0]
		return nil
	})
	if err != nil {
		return 0, err
	}
	return float64(units) / marketplace.EpsilonScale, nil
}

// epsilonLimitUnits is the vault's per-patient lifetime limit in micro-epsilon.
func (v *Vault) epsilonLimitUnits() uint64 {
	l := v.opts.PatientEpsilon
	if l == 0 {
		l = DefaultPatientEpsilon
	}
	if l >= math.MaxUint64/marketplace.EpsilonScale/2 || math.IsInf(l, 1) {
		return math.MaxUint64 / 2
	}
	return marketplace.EpsilonUnits(l)
}

// withinLimit returns the entries whose patients can spend units more without passing the
// vault's lifetime limit (entries in handle order).
func (v *Vault) withinLimit(es []enrolment, units uint64) ([]enrolment, error) {
	limit := v.epsilonLimitUnits()
	refs := make([]ref, len(es))
	for i := range es {
		refs[i] = es[i].r
	}
	var spent []uint64
	if err := v.db.View(func(tx *bolt.Tx) error {
		spent = spentUnits(tx, refs)
		return nil
	}); err != nil {
		return nil, err
	}
	out := es[:0:0]
	for i, e := range es {
		if spent[i] <= limit && units <= limit-spent[i] {
			out = append(out, e)
		}
	}
	return out, nil
}

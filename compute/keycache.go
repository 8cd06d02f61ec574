package compute

import (
	"crypto/cipher"
	"encoding/binary"
	"slices"
	"sort"
	"sync"
	"sync/atomic"
)

// DefaultKeyCache is how many unwrapped data keys a vault keeps in memory unless told
// otherwise: about 0.8 GiB when full.
const DefaultKeyCache = 1 << 20

// keyCache keeps the expanded AES-GCM ciphers of patients' data keys in memory, so that a scan
// that reads a patient again skips unwrapping the key under the KEK and expanding it (about
// 0.5 us a patient, four times the cost of opening the record itself).
//
// It is an immutable table sorted by patient handle, replaced whole on every change
// (copy-on-write): scans read it without locks and, since they visit patients in handle order,
// find each key a few steps after the last one. Scans add the keys they unwrapped when they
// finish; when the table is full, later keys are not cached (for a scan that reads every
// patient in the same order each time, keeping the first ones is the best policy, where LRU
// would keep none). Erasing a patient removes their key and bumps the epoch, so that a scan
// that began before the erasure cannot put the key back.
//
// A cached key is trusted for as long as the vault is open: the file is locked by the process
// (bbolt's flock), and Erase is the only path that destroys a key.
type keyCache struct {
	limit int
	mu    sync.Mutex // serialises changes
	epoch uint64     // guarded by mu
	cur   atomic.Pointer[keyTable]
}

type keyTable struct {
	refs  []ref
	aeads []cipher.AEAD
}

// keyEntry is a key a scan unwrapped.
type keyEntry struct {
	r ref
	a cipher.AEAD
}

func newKeyCache(limit int) *keyCache {
	c := &keyCache{limit: max(limit, 0)}
	c.cur.Store(&keyTable{})
	return c
}

// begin returns the table to read and the epoch to hand back to add.
func (c *keyCache) begin() (*keyTable, uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.cur.Load(), c.epoch
}

// add caches entries unwrapped by a scan that began at epoch, as room allows. Each list is
// usually sorted already (a scan worker's, in handle order), so they are merged, not sorted.
func (c *keyCache) add(epoch uint64, lists ...[]keyEntry) {
	if c.limit == 0 {
		return
	}
	var entries []keyEntry
	for _, l := range lists {
		if !slices.IsSortedFunc(l, cmpEntry) {
			slices.SortFunc(l, cmpEntry)
		}
		entries = mergeEntries(entries, l)
	}
	if len(entries) == 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.epoch != epoch {
		return // a patient was erased meanwhile: these keys may include theirs
	}
	old := c.cur.Load()
	room := c.limit - len(old.refs)
	if room <= 0 {
		return
	}
	t := &keyTable{
		refs:  make([]ref, 0, len(old.refs)+min(room, len(entries))),
		aeads: make([]cipher.AEAD, 0, len(old.refs)+min(room, len(entries))),
	}
	i, j := 0, 0
	for i < len(old.refs) || j < len(entries) {
		switch {
		case j == len(entries) || i < len(old.refs) && cmpRef(&old.refs[i], &entries[j].r) < 0:
			t.refs, t.aeads = append(t.refs, old.refs[i]), append(t.aeads, old.aeads[i])
			i++
		case i < len(old.refs) && old.refs[i] == entries[j].r:
			t.refs, t.aeads = append(t.refs, old.refs[i]), append(t.aeads, old.aeads[i])
			i++
			j++
		default:
			if room > 0 && (j == 0 || entries[j-1].r != entries[j].r) {
				t.refs, t.aeads = append(t.refs, entries[j].r), append(t.aeads, entries[j].a)
				room--
			}
			j++
		}
	}
	c.cur.Store(t)
}

func cmpEntry(a, b keyEntry) int { return cmpRef(&a.r, &b.r) }

// mergeEntries merges two sorted lists.
func mergeEntries(a, b []keyEntry) []keyEntry {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	out := make([]keyEntry, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if cmpRef(&a[i].r, &b[j].r) <= 0 {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// remove drops r's key and invalidates scans in flight.
func (c *keyCache) remove(r ref) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.epoch++
	old := c.cur.Load()
	i, ok := old.find(r)
	if !ok {
		return
	}
	t := &keyTable{refs: slices.Delete(slices.Clone(old.refs), i, i+1), aeads: slices.Delete(slices.Clone(old.aeads), i, i+1)}
	c.cur.Store(t)
}

// clear drops every cached key.
func (c *keyCache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.epoch++
	c.cur.Store(&keyTable{})
}

// len returns how many keys are cached.
func (c *keyCache) len() int { return len(c.cur.Load().refs) }

// find returns the position of r in the table.
func (t *keyTable) find(r ref) (int, bool) {
	i := sort.Search(len(t.refs), func(i int) bool { return cmpRef(&t.refs[i], &r) >= 0 })
	return i, i < len(t.refs) && t.refs[i] == r
}

// keyFinder looks up ascending handles in a table, stepping forward from the last hit.
type keyFinder struct {
	t   *keyTable
	pos int
}

// get returns r's cached cipher, or nil.
func (f *keyFinder) get(r *ref) cipher.AEAD {
	refs := f.t.refs
	for i := 0; i < 4 && f.pos < len(refs); i++ {
		switch c := cmpRef(&refs[f.pos], r); {
		case c == 0:
			return f.t.aeads[f.pos]
		case c > 0:
			return nil
		}
		f.pos++
	}
	if f.pos >= len(refs) {
		return nil
	}
	rest := refs[f.pos:]
	i := sort.Search(len(rest), func(i int) bool { return cmpRef(&rest[i], r) >= 0 })
	f.pos += i
	if f.pos < len(refs) && refs[f.pos] == *r {
		return f.t.aeads[f.pos]
	}
	return nil
}

// cmpRef compares two handles as big-endian numbers (their byte order).
func cmpRef(a, b *ref) int {
	a0, b0 := binary.BigEndian.Uint64(a[:8]), binary.BigEndian.Uint64(b[:8])
	if a0 != b0 {
		if a0 < b0 {
			return -1
		}
		return 1
	}
	a1, b1 := binary.BigEndian.Uint64(a[8:]), binary.BigEndian.Uint64(b[8:])
	switch {
	case a1 < b1:
		return -1
	case a1 > b1:
		return 1
	}
	return 0
}

package studies

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
)

var draftBucket = []byte("drafts")

// storedDraft is a draft as kept on disk.
type storedDraft struct {
	Owner    marketplace.Address   `json:"owner"`
	Protocol *marketplace.Protocol `json:"protocol"`
	Updated  time.Time             `json:"updated"`
}

// SaveDraft stores a researcher's unregistered protocol, new when id is 0, and returns its id.
// A draft need not be valid yet; only its owner may read or change it.
func (s *DocStore) SaveDraft(_ context.Context, d *marketplace.Draft) (uint64, error) {
	var id uint64
	err := s.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(draftBucket)
		if err != nil {
			return err
		}
		id = d.ID
		key := make([]byte, 8)
		if id == 0 {
			if id, err = b.NextSequence(); err != nil {
				return err
			}
		} else {
			binary.BigEndian.PutUint64(key, id)
			old := b.Get(key)
			if old == nil {
				return marketplace.Errorf(marketplace.ENOTFOUND, "no draft %d", id)
			}
			var prev storedDraft
			if err := json.Unmarshal(old, &prev); err != nil {
				return err
			}
			if prev.Owner != d.Owner {
				return marketplace.Errorf(marketplace.EFORBIDDEN, "draft %d belongs to another researcher", id)
			}
		}
		binary.BigEndian.PutUint64(key, id)
		v, err := json.Marshal(storedDraft{Owner: d.Owner, Protocol: d.Protocol, Updated: d.Updated})
		if err != nil {
			return err
		}
		return b.Put(key, v)
	})
	if err != nil {
		if marketplace.ErrorCode(err) != marketplace.EINTERNAL {
			return 0, err
		}
		return 0, fmt.Errorf("studies.SaveDraft: %w", err)
	}
	return id, nil
}

// Drafts lists the drafts of owner, oldest first.
func (s *DocStore) Drafts(_ context.Context, owner marketplace.Address) ([]*marketplace.Draft, error) {
	var out []*marketplace.Draft
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(draftBucket)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var d storedDraft
			if err := json.Unmarshal(v, &d); err != nil {
				return err
			}
			if d.Owner == owner {
				out = append(out, &marketplace.Draft{ID: binary.BigEndian.Uint64(k), Owner: d.Owner, Protocol: d.Protocol, Updated: d.Updated})
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("studies.Drafts: %w", err)
	}
	return out, nil
}

// Draft returns one draft; ENOTFOUND when there is none with that id.
func (s *DocStore) Draft(_ context.Context, id uint64) (*marketplace.Draft, error) {
	var out *marketplace.Draft
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(draftBucket)
		if b == nil {
			return nil
		}
		key := make([]byte, 8)
		binary.BigEndian.PutUint64(key, id)
		v := b.Get(key)
		if v == nil {
			return nil
		}
		var d storedDraft
		if err := json.Unmarshal(v, &d); err != nil {
			return err
		}
		out = &marketplace.Draft{ID: id, Owner: d.Owner, Protocol: d.Protocol, Updated: d.Updated}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("studies.Draft: %w", err)
	}
	if out == nil {
		return nil, marketplace.Errorf(marketplace.ENOTFOUND, "no draft %d", id)
	}
	return out, nil
}

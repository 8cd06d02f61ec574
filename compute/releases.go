package compute

import (
	"context"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
)

var bucketReleases = []byte("releases") // study id -> bucket of query id -> release JSON

// includedKey is the bucket, inside a study's, of each release's participants: query id ->
// their 20-byte addresses one after the other (a million take 20 MB, not 60 MB of JSON).
// Releases stored before it keep theirs in the JSON document.
var includedKey = []byte("\x00included")

// decodeRelease decodes a stored release and its participants.
func decodeRelease(b *bolt.Bucket, queryID, doc []byte, r *marketplace.Release) error {
	if err := json.Unmarshal(doc, r); err != nil {
		return err
	}
	if inc := b.Bucket(includedKey); inc != nil {
		if packed := inc.Get(queryID); packed != nil {
			addrs, err := unpackAddresses(packed)
			if err != nil {
				return err
			}
			r.Included = addrs
		}
	}
	return nil
}

// ReleaseStore keeps each study's released answers in a bbolt file, one JSON document per
// (study, query). It is safe for concurrent use.
type ReleaseStore struct {
	db *bolt.DB
}

var _ marketplace.ReleaseStore = (*ReleaseStore)(nil)

// OpenReleaseStore opens the store at path, creating it (and its directory) if needed.
func OpenReleaseStore(path string) (*ReleaseStore, error) {
	db, err := openBolt(path)
	if err != nil {
		return nil, fmt.Errorf("compute.OpenReleaseStore: %w", err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(bucketReleases)
		return err
	}); err != nil {
		db.Close()
		return nil, fmt.Errorf("compute.OpenReleaseStore: %w", err)
	}
	return &ReleaseStore{db: db}, nil
}

// Close closes the file.
func (s *ReleaseStore) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("compute.ReleaseStore.Close: %w", err)
	}
	return nil
}

// PutRelease stores r under its study and query id, replacing what was there.
func (s *ReleaseStore) PutRelease(ctx context.Context, r *marketplace.Release) error {
	if err := s.PutReleases(ctx, []*marketplace.Release{r}); err != nil {
		return fmt.Errorf("compute.ReleaseStore.PutRelease: %w", err)
	}
	return nil
}

// PutReleases stores several releases in one transaction: all or none.
func (s *ReleaseStore) PutReleases(ctx context.Context, rs []*marketplace.Release) error {
	docs := make([][]byte, len(rs))
	for i, r := range rs {
		switch {
		case r == nil:
			return marketplace.FieldError("release", "is required")
		case r.StudyID == 0:
			return marketplace.FieldError("studyId", "must be a registered study id")
		case r.QueryID == "":
			return marketplace.FieldError("query", "is required")
		}
		c := *r
		c.Included = nil // stored packed, beside the document
		var err error
		if docs[i], err = json.Marshal(&c); err != nil {
			return fmt.Errorf("compute.ReleaseStore.PutReleases: %w", err)
		}
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		for i, r := range rs {
			b, err := tx.Bucket(bucketReleases).CreateBucketIfNotExists(studyKey(r.StudyID))
			if err != nil {
				return err
			}
			if err := b.Put([]byte(r.QueryID), docs[i]); err != nil {
				return err
			}
			inc, err := b.CreateBucketIfNotExists(includedKey)
			if err != nil {
				return err
			}
			if len(r.Included) == 0 {
				if err := inc.Delete([]byte(r.QueryID)); err != nil {
					return err
				}
				continue
			}
			if err := inc.Put([]byte(r.QueryID), packAddresses(r.Included)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("compute.ReleaseStore.PutReleases: %w", err)
	}
	return nil
}

// GetRelease returns the release of a study's query, or nil, nil when there is none.
func (s *ReleaseStore) GetRelease(ctx context.Context, studyID uint64, queryID string) (*marketplace.Release, error) {
	var r *marketplace.Release
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketReleases).Bucket(studyKey(studyID))
		if b == nil || queryID == "" {
			return nil
		}
		doc := b.Get([]byte(queryID))
		if doc == nil {
			return nil
		}
		r = new(marketplace.Release)
		return decodeRelease(b, []byte(queryID), doc, r)
	})
	if err != nil {
		return nil, fmt.Errorf("compute.ReleaseStore.GetRelease: %w", err)
	}
	return r, nil
}

// Releases lists a study's releases in query-id order (byte order), pending ones included.
func (s *ReleaseStore) Releases(ctx context.Context, studyID uint64) ([]*marketplace.Release, error) {
	out := []*marketplace.Release{}
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketReleases).Bucket(studyKey(studyID))
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, doc []byte) error {
			if doc == nil {
				return nil // the bucket of participants
			}
			r := new(marketplace.Release)
			if err := decodeRelease(b, k, doc, r); err != nil {
				return err
			}
			out = append(out, r)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("compute.ReleaseStore.Releases: %w", err)
	}
	return out, nil
}

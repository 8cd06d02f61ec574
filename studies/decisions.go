package studies

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
)

var decisionBucket = []byte("decisions")

// PutDecision appends a review decision to its study's record.
func (s *DocStore) PutDecision(_ context.Context, d *marketplace.Decision) error {
	v, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("studies.PutDecision: %w", err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(decisionBucket)
		if err != nil {
			return err
		}
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		key := make([]byte, 16)
		binary.BigEndian.PutUint64(key, d.StudyID)
		binary.BigEndian.PutUint64(key[8:], seq)
		return b.Put(key, v)
	})
	if err != nil {
		return fmt.Errorf("studies.PutDecision: %w", err)
	}
	return nil
}

// Decisions lists a study's review decisions, oldest first.
func (s *DocStore) Decisions(_ context.Context, studyID uint64) ([]*marketplace.Decision, error) {
	var out []*marketplace.Decision
	prefix := make([]byte, 8)
	binary.BigEndian.PutUint64(prefix, studyID)
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(decisionBucket)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, v := c.Seek(prefix); k != nil && string(k[:8]) == string(prefix); k, v = c.Next() {
			var d marketplace.Decision
			if err := json.Unmarshal(v, &d); err != nil {
				return err
			}
			out = append(out, &d)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("studies.Decisions: %w", err)
	}
	return out, nil
}

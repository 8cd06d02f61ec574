package studies

import (
	"context"
	"crypto/sha256"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
)

var docBucket = []byte("protocols")

// timeout bounds how long opening a store waits for another process's lock.
const timeout = 2 * time.Second

// DocStore is a content-addressed store of protocol documents in a bbolt file. A document is
// stored under its SHA-256 and checked against it when read back.
type DocStore struct {
	db *bolt.DB
}

var _ marketplace.DocumentStore = (*DocStore)(nil)

// OpenDocStore opens or creates the store at path.
func OpenDocStore(path string) (*DocStore, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: timeout})
	if err != nil {
		return nil, fmt.Errorf("studies.OpenDocStore: %w", err)
	}
	if err := db.Update(func(tx *bolt.Tx) error {
		_, err := tx.CreateBucketIfNotExists(docBucket)
		return err
	}); err != nil {
		db.Close()
		return nil, fmt.Errorf("studies.OpenDocStore: %w", err)
	}
	return &DocStore{db: db}, nil
}

// Close closes the file.
func (s *DocStore) Close() error { return s.db.Close() }

// Put stores doc under h, which must be its SHA-256. Storing the same document twice is a
// no-op.
func (s *DocStore) Put(_ context.Context, h marketplace.Hash, doc []byte) error {
	if sha256.Sum256(doc) != h {
		return marketplace.FieldError("protocolHash", "does not match the document")
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(docBucket).Put(h[:], doc)
	})
	if err != nil {
		return fmt.Errorf("studies.DocStore.Put: %w", err)
	}
	return nil
}

// Get returns the document stored under h; ENOTFOUND when absent, EINTERNAL when the stored
// bytes no longer match their hash.
func (s *DocStore) Get(_ context.Context, h marketplace.Hash) ([]byte, error) {
	var doc []byte
	err := s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(docBucket).Get(h[:]); v != nil {
			doc = append([]byte(nil), v...)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("studies.DocStore.Get: %w", err)
	}
	if doc == nil {
		return nil, marketplace.Errorf(marketplace.ENOTFOUND, "no protocol document with hash %s", h.Hex())
	}
	if sha256.Sum256(doc) != h {
		return nil, fmt.Errorf("studies.DocStore.Get: stored document %s fails its hash", h.Hex())
	}
	return doc, nil
}

package compute

import (
	"context"
	"crypto/sha256"
	"fmt"
	"runtime"
	"sync"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
)

// Import policy. Each bundle is one patient and is stored in one piece: its handle (fresh,
// from crypto/rand), wrapped data key, sealed record, sealed detail section holding the
// original bundle (DEFLATE-compressed), and index entries (keyed hashes of the patient's
// identifiers and of the bundle's SHA-256) are written in the same bbolt transaction, after
// every check on the bundle has passed; a batch of bundles shares a transaction, which
// commits all of them or none. So a crash, a kill or a full disk leaves each bundle wholly
// stored or wholly absent.
//
// Duplicates: importing a bundle whose bytes were imported before is a no-op (Duplicate in
// the outcome, with the handle the first import issued), so an interrupted import can simply
// be run again. A different bundle for a patient already in the vault (a Patient.identifier
// seen before) is refused with ECONFLICT: bundles are not merged. Erase the patient first to
// replace their data.

// importBatch bounds how many bundles one transaction stores (a variable for the crash test).
var importBatch = 1000

// importBatchBytes bounds the bundle bytes one transaction stores.
const importBatchBytes = 32 << 20

// BundleInput is one bundle to import.
type BundleInput struct {
	Source string // where it came from, for reports: "file.json" or "file.ndjson:12"
	Data   []byte
}

// ImportOutcome is what became of one bundle.
type ImportOutcome struct {
	Source    string
	Bytes     int
	Ref       string // the patient's handle, when stored or already there
	Duplicate bool   // these bytes were imported before: nothing was stored
	// Err says why the bundle was rejected: a *BundleError (EINVALID, or ECONFLICT for a
	// patient already in the vault), or the storage error that failed its batch.
	Err error
}

// pending is a parsed, sealed bundle waiting for its transaction.
type pending struct {
	out      ImportOutcome
	pb       *ParsedBundle
	sp       sealedPatient
	patEntry int
}

// ImportBundle imports one FHIR R4 bundle and returns the patient's handle; duplicate
// reports that the same bundle was imported before (and nothing was stored). Errors are
// *BundleError for a rejected bundle.
func (v *Vault) ImportBundle(ctx context.Context, data []byte) (patientRef string, duplicate bool, err error) {
	p := v.prepare(BundleInput{Data: data}, new(scratch))
	if p.out.Err == nil {
		if err := v.storeBatch([]*pending{p}); err != nil {
			return "", false, fmt.Errorf("compute.Vault.ImportBundle: %w", err)
		}
	}
	if p.out.Err != nil {
		return "", false, fmt.Errorf("compute.Vault.ImportBundle: %w", p.out.Err)
	}
	return p.out.Ref, p.out.Duplicate, nil
}

// Import imports the bundles sent on in until it is closed: it parses and seals them on every
// core and stores them in batches, and calls report once for each bundle, from one goroutine.
// Rejected bundles are reported and skipped. It returns early with the error when the context
// ends or storing fails; bundles already reported as stored stay stored.
func (v *Vault) Import(ctx context.Context, in <-chan BundleInput, report func(ImportOutcome)) error {
	workers := runtime.GOMAXPROCS(0)
	// Room for a batch being filled while the last one commits, without holding many large
	// bundles in memory.
	prepared := make(chan *pending, 256)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := new(scratch)
			for {
				select {
				case <-stop:
					return
				case b, ok := <-in:
					if !ok {
						return
					}
					p := v.prepare(b, sc)
					select {
					case prepared <- p:
					case <-stop:
						return
					}
				}
			}
		}()
	}
	go func() { wg.Wait(); close(prepared) }()
	defer func() {
		close(stop)
		for range prepared { // let the workers finish
		}
	}()

	var (
		batch []*pending
		size  int
	)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		var ok []*pending
		for _, p := range batch {
			if p.out.Err == nil {
				ok = append(ok, p)
			}
		}
		err := v.storeBatch(ok)
		if err != nil {
			for _, p := range ok {
				p.out.Err = err
			}
		}
		for _, p := range batch {
			report(p.out)
		}
		batch, size = batch[:0], 0
		return err
	}
	for {
		var p *pending
		var more bool
		select {
		case p, more = <-prepared:
		default:
			// Nothing ready: store what is waiting rather than sit on it.
			if err := flush(); err != nil {
				return fmt.Errorf("compute.Vault.Import: %w", err)
			}
			select {
			case p, more = <-prepared:
			case <-ctx.Done():
				return fmt.Errorf("compute.Vault.Import: %w", ctx.Err())
			}
		}
		if !more {
			if err := flush(); err != nil {
				return fmt.Errorf("compute.Vault.Import: %w", err)
			}
			return nil
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("compute.Vault.Import: %w", err)
		}
		batch = append(batch, p)
		size += p.out.Bytes
		if len(batch) >= importBatch || size >= importBatchBytes {
			if err := flush(); err != nil {
				return fmt.Errorf("compute.Vault.Import: %w", err)
			}
		}
	}
}

// prepare parses and seals one bundle under a fresh handle and data key.
func (v *Vault) prepare(b BundleInput, sc *scratch) *pending {
	p := &pending{out: ImportOutcome{Source: b.Source, Bytes: len(b.Data)}}
	pb, err := ParseBundle(b.Data)
	if err != nil {
		p.out.Err = err
		return p
	}
	pb.digest = sha256.Sum256(b.Data)
	p.pb = pb
	p.patEntry = pb.patientEntry
	pat := pb.patient
	pat.Ref = newRef().String()
	sp, err := v.sealPatient(sc, make([]byte, 0, 256), pat, pb.raw)
	if err != nil {
		p.out.Err = bundleErr(-1, "", "the patient's record is not valid: %s", marketplace.ErrorMessage(err))
		return p
	}
	sp.index = append(sp.index, append([]byte{indexImport}, v.seal.indexKey("bundle", pb.digest[:])...))
	for _, id := range pb.identifiers {
		k := append([]byte{indexIdentity}, v.seal.indexKey("identifier", []byte(id[0]), []byte(id[1]))...)
		dup := false
		for _, e := range sp.index {
			dup = dup || string(e) == string(k)
		}
		if !dup {
			sp.index = append(sp.index, k)
		}
	}
	p.sp = sp
	p.out.Ref = pat.Ref
	return p
}

// errConflictPatient is the message of a bundle whose patient is already in the vault.
const errConflictPatient = "the patient is already in the vault, from another bundle (bundles are not merged; erase the patient first to replace their data)"

// storeBatch stores prepared bundles in one transaction. A bundle imported before becomes a
// duplicate; one whose patient is already there gets an ECONFLICT error; neither writes
// anything. An error return means the transaction failed and nothing of the batch was stored.
func (v *Vault) storeBatch(ps []*pending) error {
	if len(ps) == 0 {
		return nil
	}
	type decision struct {
		dup  bool
		ref  string
		conf bool
	}
	var ds []decision
	err := v.db.Update(func(tx *bolt.Tx) error {
		ds = make([]decision, len(ps)) // a retried function starts over
		b := openBuckets(tx)
		added := 0
		for i, p := range ps {
			sp := &p.sp
			if r := b.imports.Get(sp.index[0][1:]); len(r) == refLen {
				ds[i] = decision{dup: true, ref: ref(r).String()}
				continue
			}
			for _, e := range sp.index[1:] {
				if b.identities.Get(e[1:]) != nil {
					ds[i].conf = true
					break
				}
			}
			if ds[i].conf {
				continue
			}
			if err := b.put(sp); err != nil {
				return err
			}
			added++
		}
		return addCount(tx, int64(added))
	})
	if err != nil {
		return err
	}
	for i, p := range ps {
		switch {
		case ds[i].dup:
			p.out.Duplicate, p.out.Ref = true, ds[i].ref
		case ds[i].conf:
			p.out.Ref = ""
			p.out.Err = &BundleError{Entry: p.patEntry, Resource: "Patient", Code: marketplace.ECONFLICT, Message: errConflictPatient}
		}
	}
	return nil
}

package compute

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/medmarket/medmarket/marketplace"
)

func TestReleaseStore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "releases.db")
	s, err := OpenReleaseStore(path)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := s.GetRelease(ctx, 1, "n"); r != nil || err != nil {
		t.Fatalf("absent release: %v, %v", r, err)
	}
	if rs, err := s.Releases(ctx, 1); err != nil || len(rs) != 0 {
		t.Fatalf("no releases: %v, %v", rs, err)
	}
	at := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	mk := func(study uint64, q string, v float64) *marketplace.Release {
		return &marketplace.Release{StudyID: study, QueryID: q, Aggregate: marketplace.AggCount, Value: v,
			Epsilon: 0.5, QueryHash: marketplace.Hash{1}, ResultHash: marketplace.Hash{2}, CreatedAt: at,
			Included: []marketplace.Address{addr(1), addr(2)}}
	}
	for _, r := range []*marketplace.Release{mk(1, "zeta", 1), mk(1, "alpha", 2), mk(2, "alpha", 3), mk(1, "mid", 4)} {
		if err := s.PutRelease(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	// Overwrite: the pending release becomes released.
	r := mk(1, "mid", 4)
	r.Released = true
	if err := s.PutRelease(ctx, r); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = OpenReleaseStore(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.GetRelease(ctx, 1, "mid")
	if err != nil || got == nil || !got.Released || got.Value != 4 || !got.CreatedAt.Equal(at) ||
		len(got.Included) != 2 || got.Included[1] != addr(2) || got.QueryHash != (marketplace.Hash{1}) {
		t.Fatalf("GetRelease = %+v, %v", got, err)
	}
	rs, err := s.Releases(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.QueryID)
	}
	if len(ids) != 3 || ids[0] != "alpha" || ids[1] != "mid" || ids[2] != "zeta" || rs[0].Value != 2 {
		t.Fatalf("Releases(1) = %v", ids)
	}
	if rs, _ := s.Releases(ctx, 2); len(rs) != 1 || rs[0].Value != 3 {
		t.Fatalf("Releases(2) = %v", rs)
	}
	wantCode(t, s.PutRelease(ctx, nil), marketplace.EINVALID)
	wantCode(t, s.PutRelease(ctx, mk(0, "x", 1)), marketplace.EINVALID)
	wantCode(t, s.PutRelease(ctx, mk(1, "", 1)), marketplace.EINVALID)
}

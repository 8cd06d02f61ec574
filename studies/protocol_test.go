package studies

import (
	"bytes"
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/medmarket/medmarket/marketplace"
)

func valid() *marketplace.Protocol {
	return &marketplace.Protocol{
		Title:       "HbA1c in type 2 diabetes",
		Summary:     "Mean HbA1c of adults with type 2 diabetes.",
		Sponsor:     "Example University",
		DataUse:     []string{"DUO:0000007", "DUO:0000006"},
		Eligibility: marketplace.Eligibility{MinAge: 18, MaxAge: 90, Conditions: []string{"E11"}},
		Plan: []marketplace.Query{
			{ID: "n", Aggregate: marketplace.AggCount, Epsilon: 0.5},
			{ID: "hba1c_mean", Aggregate: marketplace.AggMean, Field: "hba1c", Lower: 4, Upper: 14, Epsilon: 0.5},
		},
		Budget:               marketplace.Budget{Epsilon: 1},
		Mode:                 marketplace.ModeDP,
		RewardPerParticipant: big.NewInt(10),
		ParticipantCap:       500,
	}
}

func TestValidateNamesTheField(t *testing.T) {
	cases := []struct {
		field  string
		mutate func(p *marketplace.Protocol)
	}{
		{"title", func(p *marketplace.Protocol) { p.Title = "  " }},
		{"sponsor", func(p *marketplace.Protocol) { p.Sponsor = "" }},
		{"dataUse", func(p *marketplace.Protocol) { p.DataUse = nil }},
		{"dataUse[1]", func(p *marketplace.Protocol) { p.DataUse = []string{"DUO:0000007", "DUO:9999999"} }},
		{"dataUse", func(p *marketplace.Protocol) { p.DataUse = []string{"DUO:0000019"} }},
		{"eligibility.maxAge", func(p *marketplace.Protocol) { p.Eligibility.MaxAge = 10 }},
		{"eligibility.sex", func(p *marketplace.Protocol) { p.Eligibility.Sex = "x" }},
		{"eligibility.conditions[0]", func(p *marketplace.Protocol) { p.Eligibility.Conditions = []string{"diabetes"} }},
		{"budget.epsilon", func(p *marketplace.Protocol) { p.Budget.Epsilon = 0 }},
		{"budget.epsilon", func(p *marketplace.Protocol) { p.Budget.Epsilon = -1 }},
		{"budget.delta", func(p *marketplace.Protocol) { p.Budget.Delta = 1 }},
		{"mode", func(p *marketplace.Protocol) { p.Mode = "fast" }},
		{"plan", func(p *marketplace.Protocol) { p.Plan = nil }},
		{"plan", func(p *marketplace.Protocol) { p.Plan[0].Epsilon = 0.9 }},
		{"plan[1].id", func(p *marketplace.Protocol) { p.Plan[1].ID = "n" }},
		{"plan[0].aggregate", func(p *marketplace.Protocol) { p.Plan[0].Aggregate = "max" }},
		{"plan[1].field", func(p *marketplace.Protocol) { p.Plan[1].Field = "name" }},
		{"plan[1].upper", func(p *marketplace.Protocol) { p.Plan[1].Upper = 4 }},
		{"plan[0].epsilon", func(p *marketplace.Protocol) { p.Plan[0].Epsilon = 0 }},
		{"rewardPerParticipant", func(p *marketplace.Protocol) { p.RewardPerParticipant = big.NewInt(0) }},
		{"rewardPerParticipant", func(p *marketplace.Protocol) { p.RewardPerParticipant = nil }},
		{"participantCap", func(p *marketplace.Protocol) { p.ParticipantCap = 0 }},
	}
	if err := (Rules{}).Validate(valid()); err != nil {
		t.Fatalf("valid protocol rejected: %v", err)
	}
	for _, c := range cases {
		p := valid()
		c.mutate(p)
		err := Rules{}.Validate(p)
		if marketplace.ErrorCode(err) != marketplace.EINVALID || marketplace.ErrorField(err) != c.field {
			t.Errorf("want EINVALID on %s, got %v", c.field, err)
		}
	}
}

func TestCanonicalIsStableAndParses(t *testing.T) {
	a, b := valid(), valid()
	b.DataUse = []string{"DUO:0000006", "DUO:0000007", "DUO:0000006"}
	b.Title = "  " + b.Title + "\n"
	ca, err := Rules{}.Canonical(a)
	if err != nil {
		t.Fatal(err)
	}
	cb, err := Rules{}.Canonical(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ca, cb) {
		t.Fatalf("equal protocols, different canonical forms:\n%s\n%s", ca, cb)
	}
	p, err := Rules{}.Parse(ca)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Rules{}.Canonical(p)
	if !bytes.Equal(again, ca) {
		t.Fatal("parse/canonical round trip changed the document")
	}
	c := valid()
	c.Plan[1].Upper = 15
	cc, _ := Rules{}.Canonical(c)
	if (Rules{}).Hash(cc) == (Rules{}).Hash(ca) {
		t.Fatal("an amended plan kept the same hash")
	}
	if _, err := (Rules{}).Parse([]byte(strings.Replace(string(ca), `"title"`, `"title" `, 1))); err == nil {
		t.Fatal("non-canonical document accepted")
	}
}

func TestQueryHashBindsStudy(t *testing.T) {
	q := valid().Plan[0]
	if (Rules{}).QueryHash(1, &q) == (Rules{}).QueryHash(2, &q) {
		t.Fatal("query hash does not depend on the study")
	}
	q2 := q
	q2.Epsilon = 0.25
	if (Rules{}).QueryHash(1, &q) == (Rules{}).QueryHash(1, &q2) {
		t.Fatal("query hash does not depend on the query")
	}
}

func TestDocStore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "docs.db")
	s, err := OpenDocStore(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, _ := Rules{}.Canonical(valid())
	h := Rules{}.Hash(doc)
	if err := s.Put(ctx, h, []byte("other")); marketplace.ErrorCode(err) != marketplace.EINVALID {
		t.Fatalf("mismatched document stored: %v", err)
	}
	if err := s.Put(ctx, h, doc); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, marketplace.Hash{1}); marketplace.ErrorCode(err) != marketplace.ENOTFOUND {
		t.Fatalf("want ENOTFOUND, got %v", err)
	}
	s.Close()
	// Tamper with the stored bytes: reading back must fail, not return a forged protocol.
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(docBucket).Put(h[:], bytes.Replace(doc, []byte("18"), []byte("19"), 1))
	})
	db.Close()
	s, err = OpenDocStore(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Get(ctx, h); err == nil || marketplace.ErrorCode(err) != marketplace.EINTERNAL {
		t.Fatalf("tampered document served: %v", err)
	}
}

package compute

import (
	"context"
	"fmt"
	"slices"

	"github.com/medmarket/medmarket/compute/he"
	"github.com/medmarket/medmarket/marketplace"
)

// OpenReleases is the researcher's side of HE_DP mode: it fetches the ciphertext each
// release points into from the document store, decrypts it with the researcher's key
// (he.Researcher.DecodePublic: only the released slots) and decodes each query's noisy totals
// into its values, with small-cell suppression at minCell (0: DefaultMinCell) as in DP mode.
// It returns copies of the releases with Value, Values, Suppressed and SuppressedBins set;
// releases without a ciphertext (DP mode) are copied unchanged. p is the study's protocol
// (its plan gives each query's layout).
//
// Suppression here is applied by the researcher's own software: the DP noise, added by the
// ethics board before decryption, is what protects patients in HE_DP mode.
func OpenReleases(ctx context.Context, docs marketplace.DocumentStore, params he.Params, researcher *he.Researcher,
	p *marketplace.Protocol, rels []*marketplace.Release, minCell int) ([]*marketplace.Release, error) {
	if minCell <= 0 {
		minCell = DefaultMinCell
	}
	out := make([]*marketplace.Release, len(rels))
	groups := map[marketplace.Hash][]int{}
	var order []marketplace.Hash
	for i, r := range rels {
		c := *r
		out[i] = &c
		if r.Encrypted == nil {
			continue
		}
		h := r.Encrypted.Ciphertext
		if groups[h] == nil {
			order = append(order, h)
		}
		groups[h] = append(groups[h], i)
	}
	for _, h := range order {
		idx := groups[h]
		// The run's queries, in plan order, are the queries of the releases that point into
		// this ciphertext.
		slices.SortFunc(idx, func(a, b int) int { return out[a].Encrypted.Offset - out[b].Encrypted.Offset })
		qs := make([]*marketplace.Query, len(idx))
		for j, i := range idx {
			if qs[j] = p.Query(out[i].QueryID); qs[j] == nil {
				return nil, marketplace.Errorf(marketplace.EINVALID, "release %s is not a query of the protocol", out[i].QueryID)
			}
		}
		layout, err := newHELayout(qs, params, p.ParticipantCap)
		if err != nil {
			return nil, err
		}
		for j, i := range idx {
			e := out[i].Encrypted
			if e.Offset != layout.queries[j].offset || e.Slots != len(layout.queries[j].slots) {
				return nil, marketplace.Errorf(marketplace.EINVALID, "release %s does not match the plan's slot layout", out[i].QueryID)
			}
		}
		b, err := docs.Get(ctx, h)
		if err != nil {
			return nil, fmt.Errorf("compute.OpenReleases: %w", err)
		}
		ct, err := he.ParseCiphertext(params, b)
		if err != nil {
			return nil, err
		}
		totals, err := researcher.DecodePublic(ct, layout.total)
		if err != nil {
			return nil, err
		}
		for j, i := range idx {
			hq := layout.queries[j]
			ans, err := layout.decode(j, totals[hq.offset:hq.offset+len(hq.slots)], minCell)
			if err != nil {
				return nil, err
			}
			r := out[i]
			r.Value, r.Values, r.Suppressed, r.SuppressedBins = ans.Value, ans.Values, ans.Suppressed, ans.SuppressedBins
		}
	}
	return out, nil
}

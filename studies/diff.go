package studies

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/medmarket/medmarket/marketplace"
)

// Change is one difference between two versions of a protocol. Path names the field as in
// validation errors ("title", "eligibility.minAge", "ethicsReview.status"); a plan query is
// named by its id ("plan[hba1c_mean].upper"), so that inserting or removing a query does not
// renumber the others. Old is empty when something was added, New when it was removed. An
// item added to or removed from a set (data use, conditions, keywords, outcomes, queries of
// the plan...) is a Change of its own with the set's path; an item whose key stayed the same
// but whose details changed (an outcome's time frame, a condition's text) has both.
type Change struct {
	Path string `json:"path"`
	Old  string `json:"old,omitempty"`
	New  string `json:"new,omitempty"`
}

// Diff lists what changed from old to new, in document order. It compares canonical forms:
// white space around text and the order or repetition of set items are not changes, and two
// protocols have no differences exactly when their canonical documents are equal. A nil
// protocol counts as empty.
func Diff(old, new *marketplace.Protocol) []Change {
	if old == nil {
		old = &marketplace.Protocol{}
	}
	if new == nil {
		new = &marketplace.Protocol{}
	}
	a, b := normal(old), normal(new)
	var d differ
	d.text("protocolVersion", a.ProtocolVersion, b.ProtocolVersion)
	d.text("title", a.Title, b.Title)
	d.text("scientificTitle", a.ScientificTitle, b.ScientificTitle)
	d.text("acronym", a.Acronym, b.Acronym)
	d.text("summary", a.Summary, b.Summary)
	d.text("sponsor", a.Sponsor, b.Sponsor)
	d.set("secondarySponsors", a.SecondarySponsors, b.SecondarySponsors)
	d.set("fundingSources", a.FundingSources, b.FundingSources)
	diffSet(&d, "secondaryIds", a.SecondaryIDs, b.SecondaryIDs, renderID, func(id marketplace.SecondaryID) string { return id.Issuer })
	d.contact("publicContact", a.PublicContact, b.PublicContact)
	d.contact("scientificContact", a.ScientificContact, b.ScientificContact)
	diffSet(&d, "conditions", a.Conditions, b.Conditions, renderCondition, conditionID)
	d.set("keywords", a.Keywords, b.Keywords)
	d.text("design.model", a.Design.Model, b.Design.Model)
	d.text("design.timePerspective", a.Design.TimePerspective, b.Design.TimePerspective)
	d.text("design.description", a.Design.Description, b.Design.Description)
	d.set("countries", a.Countries, b.Countries)
	d.text("startDate", a.StartDate, b.StartDate)
	d.text("endDate", a.EndDate, b.EndDate)
	d.text("targetSampleSize", count(a.TargetSampleSize), count(b.TargetSampleSize))
	diffSet(&d, "primaryOutcomes", a.PrimaryOutcomes, b.PrimaryOutcomes, renderOutcome, outcomeMeasure)
	diffSet(&d, "secondaryOutcomes", a.SecondaryOutcomes, b.SecondaryOutcomes, renderOutcome, outcomeMeasure)
	ea, eb := a.EthicsReview, b.EthicsReview
	d.text("ethicsReview.committee", ea.Committee, eb.Committee)
	d.text("ethicsReview.status", ea.Status, eb.Status)
	d.text("ethicsReview.approvalDate", ea.ApprovalDate, eb.ApprovalDate)
	d.text("ethicsReview.reference", ea.Reference, eb.Reference)
	d.text("ethicsReview.email", ea.Email, eb.Email)
	d.text("dataSharing", a.DataSharing, b.DataSharing)
	d.set("dataUse", a.DataUse, b.DataUse)
	d.text("eligibility.minAge", strconv.Itoa(a.Eligibility.MinAge), strconv.Itoa(b.Eligibility.MinAge))
	d.text("eligibility.maxAge", strconv.Itoa(a.Eligibility.MaxAge), strconv.Itoa(b.Eligibility.MaxAge))
	d.text("eligibility.sex", a.Eligibility.Sex, b.Eligibility.Sex)
	d.set("eligibility.conditions", a.Eligibility.Conditions, b.Eligibility.Conditions)
	d.plan(a.Plan, b.Plan)
	d.text("budget.epsilon", num(a.Budget.Epsilon), num(b.Budget.Epsilon))
	d.text("budget.delta", num(a.Budget.Delta), num(b.Budget.Delta))
	d.text("mode", string(a.Mode), string(b.Mode))
	d.text("resultKey", a.ResultKey, b.ResultKey)
	d.text("rewardPerParticipant", a.RewardPerParticipant, b.RewardPerParticipant)
	d.text("participantCap", strconv.FormatUint(uint64(a.ParticipantCap), 10), strconv.FormatUint(uint64(b.ParticipantCap), 10))
	d.text("amends", a.Amends, b.Amends)
	d.text("amendmentReason", a.AmendmentReason, b.AmendmentReason)
	return d.changes
}

type differ struct{ changes []Change }

func (d *differ) text(path, a, b string) {
	if a != b {
		d.changes = append(d.changes, Change{Path: path, Old: a, New: b})
	}
}

func (d *differ) contact(path string, a, b marketplace.Contact) {
	d.text(path+".name", a.Name, b.Name)
	d.text(path+".affiliation", a.Affiliation, b.Affiliation)
	d.text(path+".email", a.Email, b.Email)
}

func (d *differ) set(path string, a, b []string) {
	diffSet(d, path, a, b, func(s string) string { return s }, nil)
}

// diffSet compares two sets, item by rendered text. When key is given, a removed and an
// added item that share a key, and are the only ones with it, are reported as one change.
func diffSet[T any](d *differ, path string, a, b []T, render, key func(T) string) {
	ra, rb := renderAll(a, render), renderAll(b, render)
	var removed, added []int
	for i, s := range ra {
		if !slices.Contains(rb, s) {
			removed = append(removed, i)
		}
	}
	for i, s := range rb {
		if !slices.Contains(ra, s) {
			added = append(added, i)
		}
	}
	pairOf := map[int]int{} // removed index -> added index
	paired := map[int]bool{}
	if key != nil {
		byKey := func(items []T, idx []int) map[string][]int {
			m := map[string][]int{}
			for _, i := range idx {
				m[key(items[i])] = append(m[key(items[i])], i)
			}
			return m
		}
		ka, kb := byKey(a, removed), byKey(b, added)
		for k, is := range ka {
			if js := kb[k]; len(is) == 1 && len(js) == 1 {
				pairOf[is[0]] = js[0]
				paired[js[0]] = true
			}
		}
	}
	for _, i := range removed {
		if j, ok := pairOf[i]; ok {
			d.changes = append(d.changes, Change{Path: path, Old: ra[i], New: rb[j]})
		} else {
			d.changes = append(d.changes, Change{Path: path, Old: ra[i]})
		}
	}
	for _, j := range added {
		if !paired[j] {
			d.changes = append(d.changes, Change{Path: path, New: rb[j]})
		}
	}
}

// plan compares analysis plans query by query, matched by id, and then their order.
func (d *differ) plan(a, b []marketplace.Query) {
	find := func(qs []marketplace.Query, id string) *marketplace.Query {
		for i := range qs {
			if qs[i].ID == id {
				return &qs[i]
			}
		}
		return nil
	}
	var kept, order []string
	for _, q := range a {
		if find(b, q.ID) == nil {
			d.changes = append(d.changes, Change{Path: "plan", Old: renderQuery(q)})
		} else {
			kept = append(kept, q.ID)
		}
	}
	for _, q := range b {
		old := find(a, q.ID)
		if old == nil {
			d.changes = append(d.changes, Change{Path: "plan", New: renderQuery(q)})
			continue
		}
		order = append(order, q.ID)
		f := "plan[" + q.ID + "]."
		d.text(f+"aggregate", old.Aggregate, q.Aggregate)
		d.text(f+"field", old.Field, q.Field)
		d.text(f+"lower", num(old.Lower), num(q.Lower))
		d.text(f+"upper", num(old.Upper), num(q.Upper))
		d.text(f+"epsilon", num(old.Epsilon), num(q.Epsilon))
		d.text(f+"noise", old.Noise, q.Noise)
		d.text(f+"delta", num(old.Delta), num(q.Delta))
		d.text(f+"quantiles", nums(old.Quantiles), nums(q.Quantiles))
		d.text(f+"bins", strconv.Itoa(old.Bins), strconv.Itoa(q.Bins))
		d.text(f+"filter", RenderFilter(old.Filter), RenderFilter(q.Filter))
	}
	d.text("plan.order", strings.Join(kept, ", "), strings.Join(order, ", "))
}

func renderAll[T any](items []T, render func(T) string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = render(it)
	}
	return out
}

func renderID(id marketplace.SecondaryID) string { return id.Issuer + ": " + id.Value }

func renderCondition(c marketplace.Condition) string {
	if c.Code == "" {
		return c.Text
	}
	return c.System + " " + c.Code + ": " + c.Text
}

func renderOutcome(o marketplace.Outcome) string {
	s := o.Measure + " (" + o.TimeFrame + ")"
	if len(o.Queries) > 0 {
		s += " [" + strings.Join(o.Queries, ", ") + "]"
	}
	return s
}

func renderQuery(q marketplace.Query) string {
	var b strings.Builder
	switch q.Aggregate {
	case marketplace.AggCount:
		fmt.Fprintf(&b, "%s: count", q.ID)
	case marketplace.AggQuantiles:
		fmt.Fprintf(&b, "%s: quantiles %s of %s clamped to [%s, %s]", q.ID, nums(q.Quantiles), q.Field, num(q.Lower), num(q.Upper))
	case marketplace.AggHistogram:
		fmt.Fprintf(&b, "%s: histogram of %s in %d bins of [%s, %s]", q.ID, q.Field, q.Bins, num(q.Lower), num(q.Upper))
	default:
		fmt.Fprintf(&b, "%s: %s of %s clamped to [%s, %s]", q.ID, q.Aggregate, q.Field, num(q.Lower), num(q.Upper))
	}
	if q.Filter != nil {
		fmt.Fprintf(&b, " where %s", RenderFilter(q.Filter))
	}
	fmt.Fprintf(&b, ", epsilon %s", num(q.Epsilon))
	if q.Noise == marketplace.NoiseGaussian {
		fmt.Fprintf(&b, " and delta %s (Gaussian noise)", num(q.Delta))
	}
	return b.String()
}

// RenderFilter describes a query filter in words ("" for none), for diffs and reviews.
func RenderFilter(f *marketplace.Filter) string {
	if f == nil {
		return ""
	}
	var parts []string
	switch {
	case f.MinAge != 0 && f.MaxAge != 0:
		parts = append(parts, fmt.Sprintf("age %d-%d", f.MinAge, f.MaxAge))
	case f.MinAge != 0:
		parts = append(parts, fmt.Sprintf("age >= %d", f.MinAge))
	case f.MaxAge != 0:
		parts = append(parts, fmt.Sprintf("age <= %d", f.MaxAge))
	}
	if f.Sex != "" {
		parts = append(parts, "sex "+f.Sex)
	}
	if len(f.Conditions) > 0 {
		parts = append(parts, "any condition of "+strings.Join(f.Conditions, ", "))
	}
	if len(f.Medications) > 0 {
		parts = append(parts, "any medication of "+strings.Join(f.Medications, ", "))
	}
	for _, t := range f.Observations {
		switch {
		case t.Min != nil && t.Max != nil:
			parts = append(parts, fmt.Sprintf("%s %s-%s", t.Field, num(*t.Min), num(*t.Max)))
		case t.Min != nil:
			parts = append(parts, fmt.Sprintf("%s >= %s", t.Field, num(*t.Min)))
		case t.Max != nil:
			parts = append(parts, fmt.Sprintf("%s <= %s", t.Field, num(*t.Max)))
		}
	}
	for _, w := range []struct {
		name string
		w    *marketplace.Window
	}{{"born", f.Born}, {"latest encounter", f.LastEncounter}} {
		if w.w != nil {
			parts = append(parts, fmt.Sprintf("%s %s to %s", w.name, orOpen(w.w.From), orOpen(w.w.To)))
		}
	}
	return strings.Join(parts, "; ")
}

func orOpen(s string) string {
	if s == "" {
		return "..."
	}
	return s
}

func nums(xs []float64) string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = num(x)
	}
	return strings.Join(out, ", ")
}

// conditionID keys a condition by its code, or by its text when it has none.
func conditionID(c marketplace.Condition) string {
	if c.Code == "" {
		return "\x00" + c.Text
	}
	return c.System + " " + c.Code
}

func outcomeMeasure(o marketplace.Outcome) string { return o.Measure }

func num(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

func count(n uint32) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatUint(uint64(n), 10)
}

// FormatDiff renders changes as text for people, one line each: "~ path: old -> new" for a
// change, "+ path: new" for an addition and "- path: old" for a removal. Data-use codes carry
// their DUO labels. Values that would read ambiguously are quoted.
func FormatDiff(changes []Change) string {
	if len(changes) == 0 {
		return "no changes\n"
	}
	var b bytes.Buffer
	for _, c := range changes {
		switch {
		case c.Old == "":
			fmt.Fprintf(&b, "+ %s: %s\n", c.Path, show(c.Path, c.New))
		case c.New == "":
			fmt.Fprintf(&b, "- %s: %s\n", c.Path, show(c.Path, c.Old))
		default:
			fmt.Fprintf(&b, "~ %s: %s -> %s\n", c.Path, show(c.Path, c.Old), show(c.Path, c.New))
		}
	}
	return b.String()
}

func show(path, v string) string {
	if path == "dataUse" {
		if t, ok := DUO[v]; ok {
			return fmt.Sprintf("%s (%s, %s)", v, t.Label, t.Short)
		}
	}
	if strconv.Quote(v) != `"`+v+`"` || strings.Contains(v, " -> ") || strings.TrimSpace(v) != v {
		return strconv.Quote(v)
	}
	return v
}

// CheckAmendment checks that next is a valid amendment of prev: valid itself, different from
// prev, naming prev's hash in amends when it names one, and carrying a new protocolVersion
// when both versions are labelled.
func (r Rules) CheckAmendment(prev, next *marketplace.Protocol) error {
	if err := r.Validate(next); err != nil {
		return err
	}
	doc, err := r.Canonical(prev)
	if err != nil {
		return fmt.Errorf("studies.CheckAmendment: the amended protocol: %w", err)
	}
	if len(Diff(prev, next)) == 0 {
		return marketplace.FieldError("protocol", "the amendment changes nothing")
	}
	if next.Amends != "" {
		if h, _ := marketplace.ParseHash("amends", next.Amends); h != r.Hash(doc) {
			return marketplace.FieldError("amends", "must be the hash of the amended protocol, %s", r.Hash(doc).Hex())
		}
	}
	pv, nv := strings.TrimSpace(prev.ProtocolVersion), strings.TrimSpace(next.ProtocolVersion)
	if pv != "" && pv == nv {
		return marketplace.FieldError("protocolVersion", "must change with an amendment (still %s)", nv)
	}
	return nil
}

package studies

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/samply/golang-fhir-models/fhir-models/fhir"

	"github.com/medmarket/medmarket/marketplace"
)

// Identifier systems and code systems of the FHIR export.
const (
	FHIRStudySystem        = "urn:medmarket:study"           // identifier.system of the on-chain study id
	FHIRProtocolHashSystem = "urn:medmarket:protocol-sha256" // identifier.system of the protocol hash
	fhirICD10              = "http://hl7.org/fhir/sid/icd-10"
	fhirSNOMED             = "http://snomed.info/sct"
	fhirISO3166            = "urn:iso:std:iso:3166"
	fhirPhase              = "http://terminology.hl7.org/CodeSystem/research-study-phase"
	fhirObjectiveType      = "http://terminology.hl7.org/CodeSystem/research-study-objective-type"
)

var fhirID = regexp.MustCompile(`^[A-Za-z0-9\-.]{1,64}$`)

// fhirStatus maps a study's on-chain status to the FHIR R4 research-study-status value set.
// A registered study waits for the ethics board (in-review); an approved one, recruiting or
// not, is open to analysis (active); a suspended one is paused by the board
// (temporarily-closed-to-accrual); a closed one has finished and refunded its escrow.
var fhirStatus = map[marketplace.StudyStatus]fhir.ResearchStudyStatus{
	marketplace.StatusRegistered: fhir.ResearchStudyStatusInReview,
	marketplace.StatusApproved:   fhir.ResearchStudyStatusActive,
	marketplace.StatusRecruiting: fhir.ResearchStudyStatusActive,
	marketplace.StatusSuspended:  fhir.ResearchStudyStatusTemporarilyClosedToAccrual,
	marketplace.StatusRejected:   fhir.ResearchStudyStatusDisapproved,
	marketplace.StatusClosed:     fhir.ResearchStudyStatusCompleted,
}

// FHIRStatus returns the FHIR R4 ResearchStudy.status code for a study status.
func FHIRStatus(s marketplace.StudyStatus) (string, error) {
	st, ok := fhirStatus[s]
	if !ok {
		return "", marketplace.FieldError("status", "has no FHIR ResearchStudy status: %q", clip(string(s)))
	}
	return st.Code(), nil
}

// ResearchStudy exports a valid protocol as a FHIR R4 ResearchStudy resource in JSON, for
// registries and hospital systems. id becomes the resource id and the official identifier
// (the on-chain study id, as a decimal string, is the natural choice); the protocol hash is a
// second identifier. The registration items map to their ResearchStudy elements (title,
// sponsor, contact, condition, keyword, location, period, objective, phase n-a, category
// observational); what R4 has no element for (scientific title, design, eligibility, data
// use, analysis plan, privacy budget, ethics review, data sharing) is written into the
// markdown description. When no conditions are declared, the eligibility's ICD-10 codes
// stand in for them. The resource carries no patient data: contacts are researchers.
func (r Rules) ResearchStudy(p *marketplace.Protocol, id string, status marketplace.StudyStatus) ([]byte, error) {
	if !fhirID.MatchString(id) {
		return nil, marketplace.FieldError("id", "must be 1-64 letters, digits, '-' or '.'")
	}
	st, ok := fhirStatus[status]
	if !ok {
		return nil, marketplace.FieldError("status", "has no FHIR ResearchStudy status: %q", clip(string(status)))
	}
	doc, err := r.Canonical(p)
	if err != nil {
		return nil, err
	}
	n := normal(p)
	rs := fhir.ResearchStudy{
		Id: ptr(id),
		Identifier: []fhir.Identifier{
			{Use: ptr(fhir.IdentifierUseOfficial), System: ptr(FHIRStudySystem), Value: ptr(id)},
			{Use: ptr(fhir.IdentifierUseSecondary), System: ptr(FHIRProtocolHashSystem), Value: ptr(r.Hash(doc).Hex()),
				Type: &fhir.CodeableConcept{Text: ptr("SHA-256 of the canonical protocol document")}},
		},
		Title:  ptr(n.Title),
		Status: st,
		Phase: &fhir.CodeableConcept{Coding: []fhir.Coding{{System: ptr(fhirPhase), Code: ptr("n-a"), Display: ptr("N/A")}},
			Text: ptr("not applicable: observational data study")},
		Category:    []fhir.CodeableConcept{{Text: ptr("observational: secondary use of existing health records")}},
		Description: ptr(describe(n)),
		Sponsor:     &fhir.Reference{Type: ptr("Organization"), Display: ptr(n.Sponsor)},
		Enrollment:  []fhir.Reference{{Type: ptr("Group"), Display: ptr(enrollment(n))}},
	}
	for _, sid := range n.SecondaryIDs {
		rs.Identifier = append(rs.Identifier, fhir.Identifier{Use: ptr(fhir.IdentifierUseSecondary), Value: ptr(sid.Value),
			Assigner: &fhir.Reference{Display: ptr(sid.Issuer)}})
	}
	contacts := []marketplace.Contact{n.PublicContact}
	if n.ScientificContact != n.PublicContact {
		contacts = append(contacts, n.ScientificContact)
	}
	for _, c := range contacts {
		if c == (marketplace.Contact{}) {
			continue
		}
		name := c.Name
		if c.Affiliation != "" {
			name += " (" + c.Affiliation + ")"
		}
		rs.Contact = append(rs.Contact, fhir.ContactDetail{Name: ptr(name), Telecom: []fhir.ContactPoint{
			{System: ptr(fhir.ContactPointSystemEmail), Value: ptr(c.Email), Use: ptr(fhir.ContactPointUseWork)}}})
	}
	for _, c := range n.Conditions {
		cc := fhir.CodeableConcept{Text: ptr(c.Text)}
		switch c.System {
		case marketplace.CodeICD10:
			cc.Coding = []fhir.Coding{{System: ptr(fhirICD10), Code: ptr(c.Code)}}
		case marketplace.CodeSNOMED:
			cc.Coding = []fhir.Coding{{System: ptr(fhirSNOMED), Code: ptr(c.Code)}}
		}
		rs.Condition = append(rs.Condition, cc)
	}
	if len(n.Conditions) == 0 {
		for _, code := range n.Eligibility.Conditions {
			rs.Condition = append(rs.Condition, fhir.CodeableConcept{Coding: []fhir.Coding{{System: ptr(fhirICD10), Code: ptr(code)}}})
		}
	}
	for _, k := range n.Keywords {
		rs.Keyword = append(rs.Keyword, fhir.CodeableConcept{Text: ptr(k)})
	}
	for _, c := range n.Countries {
		rs.Location = append(rs.Location, fhir.CodeableConcept{Coding: []fhir.Coding{{System: ptr(fhirISO3166), Code: ptr(c)}}})
	}
	if n.StartDate != "" || n.EndDate != "" {
		rs.Period = &fhir.Period{}
		if n.StartDate != "" {
			rs.Period.Start = ptr(n.StartDate)
		}
		if n.EndDate != "" {
			rs.Period.End = ptr(n.EndDate)
		}
	}
	for _, o := range []struct {
		kind     string
		outcomes []marketplace.Outcome
	}{{"primary", n.PrimaryOutcomes}, {"secondary", n.SecondaryOutcomes}} {
		for _, out := range o.outcomes {
			rs.Objective = append(rs.Objective, fhir.ResearchStudyObjective{
				Name: ptr(out.Measure + " (" + out.TimeFrame + ")"),
				Type: &fhir.CodeableConcept{Coding: []fhir.Coding{{System: ptr(fhirObjectiveType), Code: ptr(o.kind)}}},
			})
		}
	}
	b, err := json.Marshal(rs)
	if err != nil {
		return nil, fmt.Errorf("studies.ResearchStudy: %w", err)
	}
	return b, nil
}

func ptr[T any](v T) *T { return &v }

// describe writes the markdown description of a normal protocol.
func describe(n canonicalDoc) string {
	var b strings.Builder
	line := func(label, format string, args ...any) {
		fmt.Fprintf(&b, "\n**%s:** %s\n", label, fmt.Sprintf(format, args...))
	}
	if n.Summary != "" {
		b.WriteString(n.Summary + "\n")
	}
	if n.ScientificTitle != "" {
		line("Scientific title", "%s", n.ScientificTitle)
	}
	if n.Acronym != "" {
		line("Acronym", "%s", n.Acronym)
	}
	if n.ProtocolVersion != "" {
		line("Protocol version", "%s", n.ProtocolVersion)
	}
	if len(n.SecondarySponsors) > 0 {
		line("Secondary sponsors", "%s", strings.Join(n.SecondarySponsors, "; "))
	}
	if len(n.FundingSources) > 0 {
		line("Funding", "%s", strings.Join(n.FundingSources, "; "))
	}
	design := "observational, secondary use of existing health records"
	if d := n.Design; d.Model != "" || d.TimePerspective != "" {
		design += "; " + strings.Trim(d.Model+", "+d.TimePerspective, ", ")
	}
	if n.Design.Description != "" {
		design += ". " + n.Design.Description
	}
	line("Study type", "%s", design)
	line("Eligibility", "%s", eligibility(n.Eligibility))
	sample := fmt.Sprintf("at most %d participants", n.ParticipantCap)
	if n.TargetSampleSize > 0 {
		sample = fmt.Sprintf("%d participants (at most %d)", n.TargetSampleSize, n.ParticipantCap)
	}
	line("Target sample size", "%s", sample)
	var uses []string
	for _, c := range n.DataUse {
		uses = append(uses, fmt.Sprintf("%s %s (%s)", c, DUO[c].Label, DUO[c].Short))
	}
	line("Data use (GA4GH DUO)", "%s", strings.Join(uses, "; "))
	b.WriteString("\n**Analysis plan:**\n\n")
	for _, q := range n.Plan {
		fmt.Fprintf(&b, "- %s\n", renderQuery(q))
	}
	mode := "differentially private aggregates computed inside each vault"
	if n.Mode == marketplace.ModeHEDP {
		mode = "homomorphically encrypted aggregates with differential-privacy noise"
	}
	line("Privacy", "%s; total budget epsilon %s, delta %s", mode, num(n.Budget.Epsilon), num(n.Budget.Delta))
	if e := n.EthicsReview; e != (marketplace.EthicsReview{}) {
		s := e.Status
		if e.Committee != "" {
			s = e.Committee + ", " + s
		}
		if e.ApprovalDate != "" {
			s += " on " + e.ApprovalDate
		}
		if e.Reference != "" {
			s += ", reference " + e.Reference
		}
		line("Ethics review", "%s", s)
	}
	sharing := "No individual participant data is shared: it never leaves the vaults that hold it."
	if n.DataSharing != "" {
		sharing += " " + n.DataSharing
	}
	line("Data sharing", "%s", sharing)
	if n.Amends != "" {
		line("Amends protocol", "%s", n.Amends)
		if n.AmendmentReason != "" {
			line("Reason for amendment", "%s", n.AmendmentReason)
		}
	}
	return strings.TrimLeft(b.String(), "\n")
}

func eligibility(e marketplace.Eligibility) string {
	s := fmt.Sprintf("aged %d to %d", e.MinAge, e.MaxAge)
	if e.Sex != "" {
		s += ", " + e.Sex
	}
	if len(e.Conditions) > 0 {
		s += ", with any of ICD-10 " + strings.Join(e.Conditions, ", ")
	}
	return s
}

func enrollment(n canonicalDoc) string {
	s := "Eligible: " + eligibility(n.Eligibility)
	if n.TargetSampleSize > 0 {
		return fmt.Sprintf("%s; target sample size %d", s, n.TargetSampleSize)
	}
	return fmt.Sprintf("%s; at most %d participants", s, n.ParticipantCap)
}

package studies

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/samply/golang-fhir-models/fhir-models/fhir"

	"github.com/medmarket/medmarket/marketplace"
)

func TestResearchStudyExport(t *testing.T) {
	p := full()
	b, err := Rules{}.ResearchStudy(p, "42", marketplace.StatusApproved)
	if err != nil {
		t.Fatal(err)
	}
	// Everything we write is FHIR R4 the model library understands: unmarshalling and
	// marshalling again gives the same JSON, so no element was unknown or misspelt.
	rs, err := fhir.UnmarshalResearchStudy(b)
	if err != nil {
		t.Fatalf("not a FHIR ResearchStudy: %v\n%s", err, b)
	}
	again, err := json.Marshal(rs)
	if err != nil {
		t.Fatal(err)
	}
	var x, y any
	json.Unmarshal(b, &x)
	json.Unmarshal(again, &y)
	if !reflect.DeepEqual(x, y) {
		t.Fatalf("round trip through the FHIR model changed the resource:\n%s\n%s", b, again)
	}
	if x.(map[string]any)["resourceType"] != "ResearchStudy" {
		t.Fatalf("resourceType missing: %s", b)
	}

	doc, _ := Rules{}.Canonical(p)
	checks := []struct {
		what      string
		got, want any
	}{
		{"id", *rs.Id, "42"},
		{"status", rs.Status, fhir.ResearchStudyStatusActive},
		{"title", *rs.Title, p.Title},
		{"official identifier", *rs.Identifier[0].System + "|" + *rs.Identifier[0].Value, FHIRStudySystem + "|42"},
		{"hash identifier", *rs.Identifier[1].Value, Rules{}.Hash(doc).Hex()},
		{"secondary identifier", *rs.Identifier[2].Value + " by " + *rs.Identifier[2].Assigner.Display, "NCT01234567 by ClinicalTrials.gov"},
		{"sponsor", *rs.Sponsor.Display, "Example University"},
		{"contacts", len(rs.Contact), 2},
		{"contact", *rs.Contact[0].Name + " " + *rs.Contact[0].Telecom[0].Value, "Study Office (Example University) study-office@example.org"},
		{"contact system", rs.Contact[1].Telecom[0].System.Code(), "email"},
		{"condition", *rs.Condition[0].Coding[0].System + "|" + *rs.Condition[0].Coding[0].Code + "|" + *rs.Condition[0].Text,
			"http://hl7.org/fhir/sid/icd-10|E11|Type 2 diabetes mellitus"},
		{"snomed condition", *rs.Condition[1].Coding[0].System + "|" + *rs.Condition[1].Coding[0].Code, "http://snomed.info/sct|44054006"},
		{"keywords", len(rs.Keyword), 3},
		{"location", *rs.Location[0].Coding[0].System + "|" + *rs.Location[0].Coding[0].Code, "urn:iso:std:iso:3166|DE"},
		{"period", *rs.Period.Start + "/" + *rs.Period.End, "2026-01-01/2026-12-31"},
		{"objective", *rs.Objective[0].Name + " " + *rs.Objective[0].Type.Coding[0].Code, "Mean HbA1c (%) (most recent value at data extraction) primary"},
		{"secondary objective", *rs.Objective[1].Type.Coding[0].Code, "secondary"},
		{"phase", *rs.Phase.Coding[0].Code, "n-a"},
		{"enrollment", *rs.Enrollment[0].Display, "Eligible: aged 18 to 90, with any of ICD-10 E11; target sample size 400"},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: got %v, want %v", c.what, c.got, c.want)
		}
	}
	for _, s := range []string{
		p.Summary, p.ScientificTitle, p.Acronym, "DUO:0000007 disease specific research (DS)",
		"hba1c_mean: mean of hba1c clamped to [4, 14], epsilon 0.5", "epsilon 1, delta 0",
		"cohort, retrospective", "Example University Research Ethics Committee, approved on 2025-11-20, reference REC-25-0042",
		"No individual participant data is shared", p.DataSharing, "Example Research Council",
	} {
		if !strings.Contains(*rs.Description, s) {
			t.Errorf("description lacks %q:\n%s", s, *rs.Description)
		}
	}
}

func TestResearchStudyMinimal(t *testing.T) {
	b, err := Rules{}.ResearchStudy(valid(), "7", marketplace.StatusRegistered)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := fhir.UnmarshalResearchStudy(b)
	if err != nil {
		t.Fatal(err)
	}
	if rs.Status != fhir.ResearchStudyStatusInReview {
		t.Errorf("status %v", rs.Status)
	}
	// Without declared conditions, the eligibility codes stand in.
	if len(rs.Condition) != 1 || *rs.Condition[0].Coding[0].Code != "E11" || rs.Condition[0].Text != nil {
		t.Errorf("conditions %s", b)
	}
	if rs.Period != nil || rs.Contact != nil || rs.Keyword != nil || rs.Objective != nil || rs.Location != nil {
		t.Errorf("empty items exported: %s", b)
	}
	// One contact for both roles is listed once.
	p := full()
	p.ScientificContact = p.PublicContact
	b, _ = Rules{}.ResearchStudy(p, "7", marketplace.StatusRegistered)
	rs, _ = fhir.UnmarshalResearchStudy(b)
	if len(rs.Contact) != 1 {
		t.Errorf("contacts %d", len(rs.Contact))
	}
}

func TestResearchStudyStatus(t *testing.T) {
	want := map[marketplace.StudyStatus]string{
		marketplace.StatusRegistered: "in-review",
		marketplace.StatusApproved:   "active",
		marketplace.StatusRejected:   "disapproved",
		marketplace.StatusClosed:     "completed",
	}
	for s, code := range want {
		got, err := FHIRStatus(s)
		if err != nil || got != code {
			t.Errorf("%s: got %q %v, want %s", s, got, err, code)
		}
		b, err := Rules{}.ResearchStudy(valid(), "1", s)
		if err != nil || !strings.Contains(string(b), `"status":"`+code+`"`) {
			t.Errorf("%s: exported %s %v", s, b, err)
		}
	}
}

func TestResearchStudyRefuses(t *testing.T) {
	bad := valid()
	bad.Title = ""
	cases := []struct {
		field  string
		p      *marketplace.Protocol
		id     string
		status marketplace.StudyStatus
	}{
		{"id", valid(), "", marketplace.StatusApproved},
		{"id", valid(), "a/b", marketplace.StatusApproved},
		{"id", valid(), strings.Repeat("1", 65), marketplace.StatusApproved},
		{"status", valid(), "1", "PAUSED"},
		{"title", bad, "1", marketplace.StatusApproved},
		{"protocol", nil, "1", marketplace.StatusApproved},
	}
	for _, c := range cases {
		_, err := Rules{}.ResearchStudy(c.p, c.id, c.status)
		if marketplace.ErrorCode(err) != marketplace.EINVALID || marketplace.ErrorField(err) != c.field {
			t.Errorf("want EINVALID on %s, got %v", c.field, err)
		}
	}
}

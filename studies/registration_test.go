package studies

import (
	"bytes"
	"strings"
	"testing"

	"github.com/medmarket/medmarket/marketplace"
)

// full is valid() with every registration item filled in.
func full() *marketplace.Protocol {
	p := valid()
	p.ProtocolVersion = "1.0"
	p.ScientificTitle = "Glycated haemoglobin in adults with type 2 diabetes mellitus: a retrospective cohort"
	p.Acronym = "HBA1C-T2D"
	p.SecondarySponsors = []string{"Example Hospital Trust", "Diabetes Research Network"}
	p.FundingSources = []string{"Example Research Council"}
	p.SecondaryIDs = []marketplace.SecondaryID{{Issuer: "ClinicalTrials.gov", Value: "NCT01234567"}}
	p.PublicContact = marketplace.Contact{Name: "Study Office", Affiliation: "Example University", Email: "study-office@example.org"}
	p.ScientificContact = marketplace.Contact{Name: "Dr A. Researcher", Affiliation: "Example University", Email: "a.researcher@example.org"}
	p.Conditions = []marketplace.Condition{
		{System: marketplace.CodeICD10, Code: "E11", Text: "Type 2 diabetes mellitus"},
		{System: marketplace.CodeSNOMED, Code: "44054006", Text: "Diabetes mellitus type 2"},
	}
	p.Keywords = []string{"HbA1c", "glycaemic control", "diabetes"}
	p.Design = marketplace.Design{Model: "cohort", TimePerspective: "retrospective", Description: "Existing records, no contact with participants."}
	p.Countries = []string{"GB", "DE"}
	p.StartDate = "2026-01-01"
	p.EndDate = "2026-12-31"
	p.TargetSampleSize = 400
	p.PrimaryOutcomes = []marketplace.Outcome{{Measure: "Mean HbA1c (%)", TimeFrame: "most recent value at data extraction", Queries: []string{"hba1c_mean"}}}
	p.SecondaryOutcomes = []marketplace.Outcome{{Measure: "Number of eligible adults", TimeFrame: "at data extraction", Queries: []string{"n"}}}
	p.EthicsReview = marketplace.EthicsReview{Committee: "Example University Research Ethics Committee", Status: marketplace.EthicsApproved,
		ApprovalDate: "2025-11-20", Reference: "REC-25-0042", Email: "ethics@example.org"}
	p.DataSharing = "Aggregate results and analysis code will be published."
	return p
}

func TestValidateRegistrationNamesTheField(t *testing.T) {
	long := strings.Repeat("x", MaxLongText+1)
	cases := []struct {
		field  string
		mutate func(p *marketplace.Protocol)
	}{
		{"protocolVersion", func(p *marketplace.Protocol) { p.ProtocolVersion = "v 1" }},
		{"protocolVersion", func(p *marketplace.Protocol) { p.ProtocolVersion = strings.Repeat("1", 33) }},
		{"scientificTitle", func(p *marketplace.Protocol) { p.ScientificTitle = strings.Repeat("x", MaxScientificTitle+1) }},
		{"acronym", func(p *marketplace.Protocol) { p.Acronym = "\xff" }},
		{"secondarySponsors[1]", func(p *marketplace.Protocol) { p.SecondarySponsors[1] = " " }},
		{"secondarySponsors", func(p *marketplace.Protocol) { p.SecondarySponsors = make([]string, MaxListItems+1) }},
		{"fundingSources[0]", func(p *marketplace.Protocol) { p.FundingSources[0] = strings.Repeat("x", MaxName+1) }},
		{"secondaryIds[0].issuer", func(p *marketplace.Protocol) { p.SecondaryIDs[0].Issuer = "" }},
		{"secondaryIds[0].value", func(p *marketplace.Protocol) { p.SecondaryIDs[0].Value = "NCT 0123" }},
		{"publicContact.name", func(p *marketplace.Protocol) { p.PublicContact.Name = "" }},
		{"publicContact.email", func(p *marketplace.Protocol) { p.PublicContact.Email = "" }},
		{"publicContact.email", func(p *marketplace.Protocol) { p.PublicContact.Email = "office" }},
		{"publicContact.email", func(p *marketplace.Protocol) { p.PublicContact.Email = "Office <office@example.org>" }},
		{"publicContact.email", func(p *marketplace.Protocol) { p.PublicContact.Email = "office@localhost" }},
		{"publicContact.email", func(p *marketplace.Protocol) { p.PublicContact.Email = "office@@example.org" }},
		{"publicContact.email", func(p *marketplace.Protocol) { p.PublicContact.Email = "office.@example.org" }},
		{"publicContact.email", func(p *marketplace.Protocol) { p.PublicContact.Email = "office@-example.org" }},
		{"scientificContact.affiliation", func(p *marketplace.Protocol) { p.ScientificContact.Affiliation = strings.Repeat("x", MaxName+1) }},
		{"scientificContact.name", func(p *marketplace.Protocol) { p.ScientificContact = marketplace.Contact{Email: "a@example.org"} }},
		{"conditions[0].text", func(p *marketplace.Protocol) { p.Conditions[0].Text = "" }},
		{"conditions[0].code", func(p *marketplace.Protocol) { p.Conditions[0].Code = "diabetes" }},
		{"conditions[1].code", func(p *marketplace.Protocol) { p.Conditions[1].Code = "44054007" }},
		{"conditions[1].system", func(p *marketplace.Protocol) { p.Conditions[1].System = "mesh" }},
		{"conditions[1].system", func(p *marketplace.Protocol) { p.Conditions[1].System = "" }},
		{"conditions[1].code", func(p *marketplace.Protocol) { p.Conditions[1] = p.Conditions[0]; p.Conditions[1].Text = "other" }},
		{"keywords[2]", func(p *marketplace.Protocol) { p.Keywords[2] = "" }},
		{"design.model", func(p *marketplace.Protocol) { p.Design.Model = "randomised" }},
		{"design.timePerspective", func(p *marketplace.Protocol) { p.Design.TimePerspective = "later" }},
		{"design.description", func(p *marketplace.Protocol) { p.Design.Description = long }},
		{"countries[1]", func(p *marketplace.Protocol) { p.Countries[1] = "de" }},
		{"countries[0]", func(p *marketplace.Protocol) { p.Countries[0] = "UK" }},
		{"countries[0]", func(p *marketplace.Protocol) { p.Countries[0] = "GBR" }},
		{"startDate", func(p *marketplace.Protocol) { p.StartDate = "2026-02-30" }},
		{"startDate", func(p *marketplace.Protocol) { p.StartDate = "2026-1-5" }},
		{"endDate", func(p *marketplace.Protocol) { p.EndDate = "31/12/2026" }},
		{"endDate", func(p *marketplace.Protocol) { p.EndDate = "2025-12-31" }},
		{"targetSampleSize", func(p *marketplace.Protocol) { p.TargetSampleSize = p.ParticipantCap + 1 }},
		{"primaryOutcomes[0].measure", func(p *marketplace.Protocol) { p.PrimaryOutcomes[0].Measure = " " }},
		{"primaryOutcomes[0].timeFrame", func(p *marketplace.Protocol) { p.PrimaryOutcomes[0].TimeFrame = "" }},
		{"primaryOutcomes[0].queries[0]", func(p *marketplace.Protocol) { p.PrimaryOutcomes[0].Queries = []string{"bmi_mean"} }},
		{"secondaryOutcomes[1].measure", func(p *marketplace.Protocol) {
			p.SecondaryOutcomes = append(p.SecondaryOutcomes, p.SecondaryOutcomes[0])
			p.SecondaryOutcomes[1].TimeFrame = "later"
		}},
		{"ethicsReview.status", func(p *marketplace.Protocol) { p.EthicsReview.Status = "" }},
		{"ethicsReview.committee", func(p *marketplace.Protocol) { p.EthicsReview.Committee = "" }},
		{"ethicsReview.approvalDate", func(p *marketplace.Protocol) { p.EthicsReview.ApprovalDate = "" }},
		{"ethicsReview.approvalDate", func(p *marketplace.Protocol) { p.EthicsReview.Status = marketplace.EthicsSubmitted }},
		{"ethicsReview.email", func(p *marketplace.Protocol) { p.EthicsReview.Email = "ethics" }},
		{"dataSharing", func(p *marketplace.Protocol) { p.DataSharing = long }},
		{"amends", func(p *marketplace.Protocol) { p.Amends = "0x1234" }},
		{"amendmentReason", func(p *marketplace.Protocol) { p.AmendmentReason = long }},
	}
	if err := (Rules{}).Validate(full()); err != nil {
		t.Fatalf("full protocol rejected: %v", err)
	}
	for _, c := range cases {
		p := full()
		c.mutate(p)
		err := Rules{}.Validate(p)
		if marketplace.ErrorCode(err) != marketplace.EINVALID || marketplace.ErrorField(err) != c.field {
			t.Errorf("want EINVALID on %s, got %v", c.field, err)
		}
	}
}

func TestValidateRegistrationAccepts(t *testing.T) {
	cases := map[string]func(p *marketplace.Protocol){
		"no registration items":  func(p *marketplace.Protocol) { *p = *valid() },
		"text-only condition":    func(p *marketplace.Protocol) { p.Conditions = []marketplace.Condition{{Text: "Obesity"}} },
		"ICD-10 subcategory":     func(p *marketplace.Protocol) { p.Conditions[0].Code = "E11.9" },
		"same day start and end": func(p *marketplace.Protocol) { p.EndDate = p.StartDate },
		"only a start date":      func(p *marketplace.Protocol) { p.EndDate = "" },
		"ethics not required": func(p *marketplace.Protocol) {
			p.EthicsReview = marketplace.EthicsReview{Status: marketplace.EthicsNotRequired}
		},
		"ethics submitted": func(p *marketplace.Protocol) {
			p.EthicsReview.Status, p.EthicsReview.ApprovalDate = marketplace.EthicsSubmitted, ""
		},
		"contact without affil.":  func(p *marketplace.Protocol) { p.PublicContact.Affiliation = "" },
		"plus-addressed email":    func(p *marketplace.Protocol) { p.PublicContact.Email = "study+hba1c@mail.example.ac.uk" },
		"outcome without queries": func(p *marketplace.Protocol) { p.PrimaryOutcomes[0].Queries = nil },
		"target equals cap":       func(p *marketplace.Protocol) { p.TargetSampleSize = p.ParticipantCap },
		"duplicate keyword":       func(p *marketplace.Protocol) { p.Keywords = append(p.Keywords, "HbA1c") },
		"amends a hash":           func(p *marketplace.Protocol) { p.Amends = marketplace.Hash{1}.Hex() },
	}
	for name, mutate := range cases {
		p := full()
		mutate(p)
		if err := (Rules{}).Validate(p); err != nil {
			t.Errorf("%s: rejected: %v", name, err)
		}
	}
}

func TestSNOMEDConceptIDs(t *testing.T) {
	for _, id := range []string{"44054006", "73211009", "38341003", "22298006", "195967001"} {
		if !snomedConcept(id) {
			t.Errorf("%s rejected", id)
		}
	}
	for _, id := range []string{"44054007", "4405400", "04405400", "12345", "44054a06", "900000000000207008" + "1"} {
		if snomedConcept(id) {
			t.Errorf("%s accepted", id)
		}
	}
	// A valid check digit on a description id (partition 01) is still not a concept id.
	for d := byte('0'); d <= '9'; d++ {
		if s := "123401" + string(d); verhoeff(s) && snomedConcept(s) {
			t.Errorf("description id %s accepted as a concept", s)
		}
	}
}

func TestCountries(t *testing.T) {
	if n := len(strings.Fields(iso3166)); n != 249 {
		t.Fatalf("%d country codes, want 249", n)
	}
	for _, c := range strings.Fields(iso3166) {
		if !isCountry(c) {
			t.Errorf("%s rejected", c)
		}
	}
	for _, c := range []string{"", "G", "UK", "EU", "XK", "ZZ", "gb", "D E"} {
		if isCountry(c) {
			t.Errorf("%q accepted", c)
		}
	}
}

func TestRegistryGaps(t *testing.T) {
	if gaps := (Rules{}).RegistryGaps(full()); len(gaps) != 0 {
		t.Fatalf("full protocol has gaps %v", gaps)
	}
	gaps := (Rules{}).RegistryGaps(valid())
	want := "scientificTitle fundingSources publicContact scientificContact conditions keywords design countries startDate endDate primaryOutcomes ethicsReview dataSharing"
	if strings.Join(gaps, " ") != want {
		t.Fatalf("gaps %v, want %s", gaps, want)
	}
}

func TestCanonicalRegistrationIsStable(t *testing.T) {
	a, b := full(), full()
	// Reordered and repeated set items, padded text: the same document.
	b.Keywords = []string{" diabetes ", "HbA1c", "glycaemic control", "HbA1c"}
	b.Countries = []string{"DE", "GB", "DE"}
	b.SecondarySponsors = []string{"Diabetes Research Network", "Example Hospital Trust"}
	b.Conditions = []marketplace.Condition{b.Conditions[1], b.Conditions[0], b.Conditions[1]}
	b.PublicContact.Email = " " + b.PublicContact.Email
	b.PrimaryOutcomes[0].Measure += "\n"
	b.SecondaryOutcomes = append(b.SecondaryOutcomes, b.SecondaryOutcomes[0])
	b.EthicsReview.Committee = "\t" + b.EthicsReview.Committee
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
	if len(Diff(a, b)) != 0 {
		t.Fatalf("equal protocols differ: %v", Diff(a, b))
	}
	p, err := Rules{}.Parse(ca)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := Rules{}.Canonical(p)
	if !bytes.Equal(again, ca) {
		t.Fatal("parse/canonical round trip changed the document")
	}
	if d := Diff(a, p); len(d) != 0 {
		t.Fatalf("parsed protocol differs: %v", d)
	}
	// The document's shape is pinned: changing it needs a new canonical label.
	const golden = `{"version":"medmarket/protocol/v2","protocolVersion":"1.0","title":"HbA1c in type 2 diabetes",` +
		`"scientificTitle":"Glycated haemoglobin in adults with type 2 diabetes mellitus: a retrospective cohort","acronym":"HBA1C-T2D",` +
		`"summary":"Mean HbA1c of adults with type 2 diabetes.","sponsor":"Example University",` +
		`"secondarySponsors":["Diabetes Research Network","Example Hospital Trust"],"fundingSources":["Example Research Council"],` +
		`"secondaryIds":[{"issuer":"ClinicalTrials.gov","value":"NCT01234567"}],` +
		`"publicContact":{"name":"Study Office","affiliation":"Example University","email":"study-office@example.org"},` +
		`"scientificContact":{"name":"Dr A. Researcher","affiliation":"Example University","email":"a.researcher@example.org"},` +
		`"conditions":[{"system":"icd-10","code":"E11","text":"Type 2 diabetes mellitus"},{"system":"snomed-ct","code":"44054006","text":"Diabetes mellitus type 2"}],` +
		`"keywords":["HbA1c","diabetes","glycaemic control"],` +
		`"design":{"model":"cohort","timePerspective":"retrospective","description":"Existing records, no contact with participants."},` +
		`"countries":["DE","GB"],"startDate":"2026-01-01","endDate":"2026-12-31","targetSampleSize":400,` +
		`"primaryOutcomes":[{"measure":"Mean HbA1c (%)","timeFrame":"most recent value at data extraction","queries":["hba1c_mean"]}],` +
		`"secondaryOutcomes":[{"measure":"Number of eligible adults","timeFrame":"at data extraction","queries":["n"]}],` +
		`"ethicsReview":{"committee":"Example University Research Ethics Committee","status":"approved","approvalDate":"2025-11-20","reference":"REC-25-0042","email":"ethics@example.org"},` +
		`"dataSharing":"Aggregate results and analysis code will be published.",` +
		`"dataUse":["DUO:0000006","DUO:0000007"],"eligibility":{"minAge":18,"maxAge":90,"conditions":["E11"]},` +
		`"plan":[{"id":"n","aggregate":"count","epsilon":0.5},{"id":"hba1c_mean","aggregate":"mean","field":"hba1c","lower":4,"upper":14,"epsilon":0.5}],` +
		`"budget":{"epsilon":1,"delta":0},"mode":"DP","rewardPerParticipant":"10","participantCap":500}`
	if string(ca) != golden {
		t.Fatalf("canonical document changed shape:\n got %s\nwant %s", ca, golden)
	}
	// A protocol without registration items is a v2 document without those keys.
	cv, _ := Rules{}.Canonical(valid())
	if !strings.HasPrefix(string(cv), `{"version":"medmarket/protocol/v2","title":`) {
		t.Fatalf("bare protocol: %s", cv)
	}
}

// v1Doc is what the v1 canonicaliser wrote for valid(); its hash is anchored on chain.
const v1Doc = `{"version":"medmarket/protocol/v1","title":"HbA1c in type 2 diabetes","summary":"Mean HbA1c of adults with type 2 diabetes.","sponsor":"Example University","dataUse":["DUO:0000006","DUO:0000007"],"eligibility":{"minAge":18,"maxAge":90,"conditions":["E11"]},"plan":[{"id":"n","aggregate":"count","epsilon":0.5},{"id":"hba1c_mean","aggregate":"mean","field":"hba1c","lower":4,"upper":14,"epsilon":0.5}],"budget":{"epsilon":1,"delta":0},"mode":"DP","rewardPerParticipant":"10","participantCap":500}`

func TestParseLegacyV1(t *testing.T) {
	if h := (Rules{}).Hash([]byte(v1Doc)).Hex(); h != "0xbc87e0fabb963bffed070a0882f854a7ae676a7eee05f819ea6316410f37260b" {
		t.Fatalf("v1 fixture hash %s", h)
	}
	p, err := Rules{}.Parse([]byte(v1Doc))
	if err != nil {
		t.Fatalf("v1 document refused: %v", err)
	}
	if d := Diff(valid(), p); len(d) != 0 {
		t.Fatalf("v1 document parsed differently: %v", d)
	}
	v2, _ := Rules{}.Canonical(p)
	if want := strings.Replace(v1Doc, "/v1", "/v2", 1); string(v2) != want {
		t.Fatalf("v1 protocol re-canonicalised as\n%s\nwant\n%s", v2, want)
	}
}

func TestParseIsStrict(t *testing.T) {
	doc, err := Rules{}.Canonical(full())
	if err != nil {
		t.Fatal(err)
	}
	s := string(doc)
	cases := map[string]string{
		"unknown field":             strings.Replace(s, `"acronym"`, `"nickname":"x","acronym"`, 1),
		"unknown nested field":      strings.Replace(s, `"name":"Study Office"`, `"name":"Study Office","phone":"1"`, 1),
		"empty list":                strings.Replace(s, `"countries":["DE","GB"],`, `"countries":[],`, 1),
		"empty object":              strings.Replace(s, `"design":{"model":"cohort","timePerspective":"retrospective","description":"Existing records, no contact with participants."}`, `"design":{}`, 1),
		"unsorted set":              strings.Replace(s, `["DE","GB"]`, `["GB","DE"]`, 1),
		"repeated set item":         strings.Replace(s, `["DE","GB"]`, `["DE","DE","GB"]`, 1),
		"untrimmed text":            strings.Replace(s, `"acronym":"HBA1C-T2D"`, `"acronym":" HBA1C-T2D"`, 1),
		"keys reordered":            strings.Replace(s, `"protocolVersion":"1.0","title":"HbA1c in type 2 diabetes"`, `"title":"HbA1c in type 2 diabetes","protocolVersion":"1.0"`, 1),
		"white space":               strings.Replace(s, `"acronym":`, `"acronym": `, 1),
		"trailing data":             s + "\n",
		"second document":           s + s,
		"v1 label on a v2 document": strings.Replace(s, "/v2", "/v1", 1),
		"unknown label":             strings.Replace(s, "/v2", "/v3", 1),
		"invalid content":           strings.Replace(s, `"startDate":"2026-01-01"`, `"startDate":"2027-01-01"`, 1),
		"escaped text":              strings.Replace(s, `"Study Office"`, `"Study \u004ffice"`, 1),
	}
	for name, bad := range cases {
		if bad == s {
			t.Fatalf("%s: fixture did not change the document", name)
		}
		if _, err := (Rules{}).Parse([]byte(bad)); marketplace.ErrorCode(err) != marketplace.EINVALID {
			t.Errorf("%s: want EINVALID, got %v", name, err)
		}
	}
}

// FuzzParse: Parse never panics, refuses with EINVALID, and what it accepts is canonical.
func FuzzParse(f *testing.F) {
	for _, p := range []*marketplace.Protocol{valid(), full()} {
		doc, _ := Rules{}.Canonical(p)
		f.Add(doc)
	}
	f.Add([]byte(v1Doc))
	f.Fuzz(func(t *testing.T, doc []byte) {
		p, err := Rules{}.Parse(doc)
		if err != nil {
			if marketplace.ErrorCode(err) != marketplace.EINVALID {
				t.Fatalf("refused with %v", err)
			}
			return
		}
		again, err := Rules{}.Canonical(p)
		if err != nil {
			t.Fatalf("accepted an invalid protocol: %v", err)
		}
		if bytes.HasPrefix(doc, []byte(`{"version":"`+canonicalLabel+`"`)) && !bytes.Equal(again, doc) {
			t.Fatalf("accepted a non-canonical document:\n%s\n%s", doc, again)
		}
	})
}

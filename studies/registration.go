package studies

import (
	"fmt"
	"net/mail"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/medmarket/medmarket/marketplace"
)

// Limits on the registration items of a protocol (WHO Trial Registration Data Set).
const (
	MaxScientificTitle = 1000
	MaxAcronym         = 50
	MaxName            = 300 // sponsors, funders, committees, contact names and affiliations
	MaxKeyword         = 100
	MaxConditionText   = 300
	MaxMeasure         = 500
	MaxTimeFrame       = 300
	MaxLongText        = 2000 // design description, data-sharing statement, amendment reason
	MaxListItems       = 20   // entries in any one list of registration items
	MaxEmail           = 254
)

var (
	versionLabel = regexp.MustCompile(`^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$`)
	snomedID     = regexp.MustCompile(`^[1-9][0-9]{5,17}$`)
	emailLocal   = regexp.MustCompile(`^[A-Za-z0-9!#$%&'*+/=?^_` + "`" + `{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_` + "`" + `{|}~-]+)*$`)
	emailDomain  = regexp.MustCompile(`^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$`)
	idValue      = regexp.MustCompile(`^[\x21-\x7e]{1,64}$`)
)

// Design models and time perspectives of an observational study (ClinicalTrials.gov terms).
var (
	DesignModels           = []string{"case-control", "case-crossover", "case-only", "cohort", "ecologic-or-community", "family-based", "other"}
	DesignTimePerspectives = []string{"cross-sectional", "other", "prospective", "retrospective"}
	EthicsStatuses         = []string{marketplace.EthicsApproved, marketplace.EthicsNotRequired, marketplace.EthicsNotYetSubmitted, marketplace.EthicsSubmitted}
)

// validateRegistration checks the WHO TRDS items of p. They are all optional; a present item
// must be complete and well formed. It runs after the plan has been validated.
func validateRegistration(p *marketplace.Protocol) error {
	if p.ProtocolVersion != "" && !versionLabel.MatchString(p.ProtocolVersion) {
		return marketplace.FieldError("protocolVersion", "must be 1-32 letters, digits, '.', '_' or '-', starting with a letter or digit")
	}
	if err := text("scientificTitle", p.ScientificTitle, MaxScientificTitle, false); err != nil {
		return err
	}
	if err := text("acronym", p.Acronym, MaxAcronym, false); err != nil {
		return err
	}
	if err := textList("secondarySponsors", p.SecondarySponsors, MaxName); err != nil {
		return err
	}
	if err := textList("fundingSources", p.FundingSources, MaxName); err != nil {
		return err
	}
	if err := validateSecondaryIDs(p.SecondaryIDs); err != nil {
		return err
	}
	if err := validateContact("publicContact", p.PublicContact); err != nil {
		return err
	}
	if err := validateContact("scientificContact", p.ScientificContact); err != nil {
		return err
	}
	if err := validateConditions(p.Conditions); err != nil {
		return err
	}
	if err := textList("keywords", p.Keywords, MaxKeyword); err != nil {
		return err
	}
	if err := validateDesign(p.Design); err != nil {
		return err
	}
	if err := validateCountries(p.Countries); err != nil {
		return err
	}
	start, err := date("startDate", p.StartDate)
	if err != nil {
		return err
	}
	end, err := date("endDate", p.EndDate)
	if err != nil {
		return err
	}
	if !start.IsZero() && !end.IsZero() && end.Before(start) {
		return marketplace.FieldError("endDate", "must not be before startDate")
	}
	if p.TargetSampleSize > p.ParticipantCap {
		return marketplace.FieldError("targetSampleSize", "must not exceed participantCap (%d)", p.ParticipantCap)
	}
	if err := validateOutcomes("primaryOutcomes", p.PrimaryOutcomes, p); err != nil {
		return err
	}
	if err := validateOutcomes("secondaryOutcomes", p.SecondaryOutcomes, p); err != nil {
		return err
	}
	if err := validateEthics(p.EthicsReview); err != nil {
		return err
	}
	if err := text("dataSharing", p.DataSharing, MaxLongText, false); err != nil {
		return err
	}
	if p.Amends != "" {
		if _, err := marketplace.ParseHash("amends", p.Amends); err != nil {
			return err
		}
	}
	if err := text("amendmentReason", p.AmendmentReason, MaxLongText, false); err != nil {
		return err
	}
	return nil
}

// textList checks a list of short texts: each present, within max characters.
func textList(field string, items []string, max int) error {
	if len(items) > MaxListItems {
		return marketplace.FieldError(field, "may hold at most %d entries", MaxListItems)
	}
	for i, s := range items {
		if err := text(fmt.Sprintf("%s[%d]", field, i), s, max, true); err != nil {
			return err
		}
	}
	return nil
}

func validateSecondaryIDs(ids []marketplace.SecondaryID) error {
	if len(ids) > MaxListItems {
		return marketplace.FieldError("secondaryIds", "may hold at most %d entries", MaxListItems)
	}
	for i, id := range ids {
		f := fmt.Sprintf("secondaryIds[%d]", i)
		if err := text(f+".issuer", id.Issuer, MaxName, true); err != nil {
			return err
		}
		if !idValue.MatchString(strings.TrimSpace(id.Value)) {
			return marketplace.FieldError(f+".value", "must be 1-64 printable characters without spaces")
		}
	}
	return nil
}

// validateContact checks a contact when any part of it is given.
func validateContact(field string, c marketplace.Contact) error {
	if c == (marketplace.Contact{}) {
		return nil
	}
	if err := text(field+".name", c.Name, MaxName, true); err != nil {
		return err
	}
	if err := text(field+".affiliation", c.Affiliation, MaxName, false); err != nil {
		return err
	}
	if strings.TrimSpace(c.Email) == "" {
		return marketplace.FieldError(field+".email", "is required")
	}
	return email(field+".email", c.Email)
}

// email checks that s is a plain address such as name@example.org: no display name, no
// quoted or bracketed parts, a domain with a dot.
func email(field, s string) error {
	s = strings.TrimSpace(s)
	bad := marketplace.FieldError(field, "must be an email address such as name@example.org")
	if len(s) > MaxEmail {
		return marketplace.FieldError(field, "must be at most %d characters", MaxEmail)
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return bad
	}
	at := strings.LastIndexByte(s, '@')
	if at < 1 || at > 64 || !emailLocal.MatchString(s[:at]) || !emailDomain.MatchString(s[at+1:]) {
		return bad
	}
	return nil
}

func validateConditions(cs []marketplace.Condition) error {
	if len(cs) > MaxListItems {
		return marketplace.FieldError("conditions", "may hold at most %d entries", MaxListItems)
	}
	codes := map[string]int{}
	for i, c := range cs {
		f := fmt.Sprintf("conditions[%d]", i)
		if err := text(f+".text", c.Text, MaxConditionText, true); err != nil {
			return err
		}
		code := strings.TrimSpace(c.Code)
		switch c.System {
		case "":
			if code != "" {
				return marketplace.FieldError(f+".system", "must be %s or %s when a code is given", marketplace.CodeICD10, marketplace.CodeSNOMED)
			}
			continue
		case marketplace.CodeICD10:
			if !icd10.MatchString(code) {
				return marketplace.FieldError(f+".code", "must be an ICD-10 code such as E11 or E11.9")
			}
		case marketplace.CodeSNOMED:
			if !snomedConcept(code) {
				return marketplace.FieldError(f+".code", "must be a SNOMED CT concept id such as 44054006")
			}
		default:
			return marketplace.FieldError(f+".system", "must be %s or %s", marketplace.CodeICD10, marketplace.CodeSNOMED)
		}
		key := c.System + "|" + code
		if j, ok := codes[key]; ok && strings.TrimSpace(cs[j].Text) != strings.TrimSpace(c.Text) {
			return marketplace.FieldError(f+".code", "duplicates conditions[%d] with a different text", j)
		}
		codes[key] = i
	}
	return nil
}

// snomedConcept reports whether s is a SNOMED CT concept identifier: 6 to 18 digits, a
// concept partition (00 or 10) and a valid Verhoeff check digit.
func snomedConcept(s string) bool {
	if !snomedID.MatchString(s) {
		return false
	}
	if part := s[len(s)-3 : len(s)-1]; part != "00" && part != "10" {
		return false
	}
	return verhoeff(s)
}

var (
	verhoeffD = [10][10]byte{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
		{2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
		{4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
		{6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
		{8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
	}
	verhoeffP = [8][10]byte{
		{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
		{5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
		{9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
		{2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
	}
)

// verhoeff reports whether the decimal string s ends in its Verhoeff check digit.
func verhoeff(s string) bool {
	var c byte
	for i := 0; i < len(s); i++ {
		c = verhoeffD[c][verhoeffP[i%8][s[len(s)-1-i]-'0']]
	}
	return c == 0
}

func validateDesign(d marketplace.Design) error {
	if d.Model != "" && !slices.Contains(DesignModels, d.Model) {
		return marketplace.FieldError("design.model", "must be one of %s", strings.Join(DesignModels, ", "))
	}
	if d.TimePerspective != "" && !slices.Contains(DesignTimePerspectives, d.TimePerspective) {
		return marketplace.FieldError("design.timePerspective", "must be one of %s", strings.Join(DesignTimePerspectives, ", "))
	}
	return text("design.description", d.Description, MaxLongText, false)
}

func validateCountries(cs []string) error {
	if len(cs) > len(iso3166)/3+1 {
		return marketplace.FieldError("countries", "has more entries than there are countries")
	}
	for i, c := range cs {
		if !isCountry(c) {
			return marketplace.FieldError(fmt.Sprintf("countries[%d]", i), "must be an ISO 3166-1 alpha-2 country code such as DE or GB")
		}
	}
	return nil
}

// date parses an optional ISO 8601 calendar date (YYYY-MM-DD); zero when s is empty.
func date(field, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || t.Year() < 1900 || t.Year() > 2200 {
		return time.Time{}, marketplace.FieldError(field, "must be a date written YYYY-MM-DD, between 1900 and 2200")
	}
	return t, nil
}

func validateOutcomes(field string, os []marketplace.Outcome, p *marketplace.Protocol) error {
	if len(os) > MaxListItems {
		return marketplace.FieldError(field, "may hold at most %d entries", MaxListItems)
	}
	measures := map[string]int{}
	for i, o := range os {
		f := fmt.Sprintf("%s[%d]", field, i)
		if err := text(f+".measure", o.Measure, MaxMeasure, true); err != nil {
			return err
		}
		if err := text(f+".timeFrame", o.TimeFrame, MaxTimeFrame, true); err != nil {
			return err
		}
		m := strings.TrimSpace(o.Measure)
		if j, ok := measures[m]; ok && !sameOutcome(o, os[j]) {
			return marketplace.FieldError(f+".measure", "duplicates %s[%d]", field, j)
		}
		measures[m] = i
		if len(o.Queries) > MaxQueries {
			return marketplace.FieldError(f+".queries", "may hold at most %d query ids", MaxQueries)
		}
		for k, id := range o.Queries {
			if p.Query(id) == nil {
				return marketplace.FieldError(fmt.Sprintf("%s.queries[%d]", f, k), "%q is not a query of the plan", clip(id))
			}
		}
	}
	return nil
}

func sameOutcome(a, b marketplace.Outcome) bool {
	return renderOutcome(normalOutcome(a)) == renderOutcome(normalOutcome(b))
}

func validateEthics(e marketplace.EthicsReview) error {
	if e == (marketplace.EthicsReview{}) {
		return nil
	}
	if !slices.Contains(EthicsStatuses, e.Status) {
		return marketplace.FieldError("ethicsReview.status", "must be one of %s", strings.Join(EthicsStatuses, ", "))
	}
	if err := text("ethicsReview.committee", e.Committee, MaxName, e.Status != marketplace.EthicsNotRequired); err != nil {
		return err
	}
	approved, err := date("ethicsReview.approvalDate", e.ApprovalDate)
	if err != nil {
		return err
	}
	if e.Status == marketplace.EthicsApproved && approved.IsZero() {
		return marketplace.FieldError("ethicsReview.approvalDate", "is required when the status is approved")
	}
	if e.Status != marketplace.EthicsApproved && !approved.IsZero() {
		return marketplace.FieldError("ethicsReview.approvalDate", "is only given when the status is approved")
	}
	if err := text("ethicsReview.reference", e.Reference, MaxKeyword, false); err != nil {
		return err
	}
	if e.Email != "" {
		return email("ethicsReview.email", e.Email)
	}
	return nil
}

// RegistryGaps lists, by field name, the WHO Trial Registration Data Set items a public
// registry would still ask of p. medmarket accepts a study without them; an ethics board can
// ask for them before approving. Items fixed by medmarket itself (study type, recruitment
// status, registration number and date) or derived from other fields (target sample size
// defaults to participantCap, key inclusion criteria are eligibility) are never listed.
func (Rules) RegistryGaps(p *marketplace.Protocol) []string {
	var gaps []string
	need := func(field string, missing bool) {
		if missing {
			gaps = append(gaps, field)
		}
	}
	need("scientificTitle", strings.TrimSpace(p.ScientificTitle) == "")
	need("fundingSources", len(p.FundingSources) == 0)
	need("publicContact", p.PublicContact == (marketplace.Contact{}))
	need("scientificContact", p.ScientificContact == (marketplace.Contact{}))
	need("conditions", len(p.Conditions) == 0)
	need("keywords", len(p.Keywords) == 0)
	need("design", p.Design.Model == "" || p.Design.TimePerspective == "")
	need("countries", len(p.Countries) == 0)
	need("startDate", p.StartDate == "")
	need("endDate", p.EndDate == "")
	need("primaryOutcomes", len(p.PrimaryOutcomes) == 0)
	need("ethicsReview", p.EthicsReview == (marketplace.EthicsReview{}))
	need("dataSharing", strings.TrimSpace(p.DataSharing) == "")
	return gaps
}

// iso3166 holds the 249 officially assigned ISO 3166-1 alpha-2 country codes.
const iso3166 = "" +
	"AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ " +
	"BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM " +
	"DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS " +
	"GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN " +
	"KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ " +
	"MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM " +
	"PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV " +
	"SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI " +
	"VN VU WF WS YE YT ZA ZM ZW"

func isCountry(c string) bool {
	if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
		return false
	}
	for i := 0; i+2 <= len(iso3166); i += 3 {
		if iso3166[i:i+2] == c {
			return true
		}
	}
	return false
}

package compute

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/samply/golang-fhir-models/fhir-models/fhir"

	"github.com/medmarket/medmarket/marketplace"
)

// FHIR import. A bundle is parsed with the FHIR R4 models of github.com/samply/golang-fhir-
// models (generated from the specification, with its value-set enums checked on decoding)
// and turned into one patient's record: the bundle must hold exactly one Patient, and every
// other entry (Condition, Observation, MedicationStatement, Encounter) must reference it as
// its subject. Any other resource type, a unit that is wrong for a LOINC code, a value out of
// range, a bad code or a malformed document rejects the whole bundle with a *BundleError
// naming the entry; nothing of it is stored. Error messages name entry positions, resource
// types, LOINC codes and units, never values or identifiers from the document.
//
// What the record keeps: sex and birth date; ICD-10 and SNOMED CT codes of conditions
// (except entered-in-error or refuted ones); the latest HbA1c, BMI, blood pressure and LDL
// (converted to the record's units); RxNorm and ATC codes of medications (except
// entered-in-error or not-taken); the count of encounters and the date of the latest; and
// fitness-tracker observations summed into daily summaries (steps, resting heart rate, sleep)
// whose means feed the query fields steps_daily_mean, resting_hr and sleep_hours_mean.
// Observations with other codes are accepted and kept in the stored bundle only.

// MaxBundleSize bounds one bundle's JSON.
const MaxBundleSize = 64 << 20

// maxEntries bounds one bundle's entries.
const maxEntries = 200_000

// BundleError is why a FHIR bundle was rejected. Its message names the entry and never
// carries values from the document.
type BundleError struct {
	Entry    int    // index in bundle.entry; -1 for the bundle itself
	Resource string // the entry's resource type, when known
	Code     string // a marketplace error code: EINVALID, or ECONFLICT for duplicates
	Message  string
}

func (e *BundleError) Error() string { return e.where() + ": " + e.Message }

func (e *BundleError) where() string {
	if e.Entry < 0 {
		return "bundle"
	}
	if e.Resource != "" {
		return fmt.Sprintf("bundle.entry[%d] (%s)", e.Entry, e.Resource)
	}
	return fmt.Sprintf("bundle.entry[%d]", e.Entry)
}

// Unwrap exposes the marketplace error (code, field and message) behind it.
func (e *BundleError) Unwrap() error {
	return &marketplace.Error{Code: e.Code, Field: e.where(), Message: e.Message}
}

func bundleErr(entry int, resource, format string, args ...any) *BundleError {
	return &BundleError{Entry: entry, Resource: resource, Code: marketplace.EINVALID, Message: fmt.Sprintf(format, args...)}
}

// ParsedBundle is a FHIR bundle checked and turned into a patient record, ready to store.
type ParsedBundle struct {
	patient      Patient
	patientEntry int
	identifiers  [][2]string // Patient.identifier system and value
	raw          []byte
	digest       [32]byte
}

// Patient returns the record the bundle makes (without a handle).
func (b *ParsedBundle) Patient() Patient { return b.patient }

// resourceTypes lists the supported entry types, for messages.
const resourceTypes = "Patient, Condition, Observation, MedicationStatement or Encounter"

// ParseBundle checks a FHIR R4 Bundle (JSON) and derives its patient's record. Ages are
// computed as of the bundle's timestamp, or now when it has none. Errors are *BundleError.
func ParseBundle(data []byte) (*ParsedBundle, error) {
	return parseBundle(data, time.Now())
}

func parseBundle(data []byte, now time.Time) (*ParsedBundle, error) {
	if len(data) > MaxBundleSize {
		return nil, bundleErr(-1, "", "is larger than %d bytes", MaxBundleSize)
	}
	var doc struct {
		ResourceType string `json:"resourceType"`
		fhir.Bundle
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, jsonErr(-1, "", data, err)
	}
	if doc.ResourceType != "Bundle" {
		return nil, bundleErr(-1, "", "resourceType must be Bundle")
	}
	if len(doc.Entry) == 0 {
		return nil, bundleErr(-1, "", "has no entries")
	}
	if len(doc.Entry) > maxEntries {
		return nil, bundleErr(-1, "", "has more than %d entries", maxEntries)
	}
	asOf := truncDay(now.UTC())
	if doc.Timestamp != nil {
		t, ok := parseInstant(*doc.Timestamp)
		if !ok {
			return nil, bundleErr(-1, "", "timestamp is not a FHIR instant")
		}
		asOf = truncDay(t)
	}

	// Every entry's type first, and the one Patient.
	types := make([]string, len(doc.Entry))
	patientAt := -1
	for i, e := range doc.Entry {
		if len(bytes.TrimSpace(e.Resource)) == 0 {
			return nil, bundleErr(i, "", "has no resource")
		}
		t, ok := peekResourceType(e.Resource)
		if !ok {
			var head struct {
				ResourceType string `json:"resourceType"`
			}
			if err := json.Unmarshal(e.Resource, &head); err != nil {
				return nil, jsonErr(i, "", e.Resource, err)
			}
			t = head.ResourceType
		}
		switch t {
		case "Patient":
			if patientAt >= 0 {
				return nil, bundleErr(i, t, "a bundle holds one patient; entry %d is a Patient too", patientAt)
			}
			patientAt = i
			types[i] = t
		case "Condition", "Observation", "MedicationStatement", "Encounter":
			types[i] = t
		case "":
			return nil, bundleErr(i, "", "resource has no resourceType")
		default:
			name := "an unknown type"
			if plainName(t) {
				name = "'" + t + "'"
			}
			return nil, bundleErr(i, "", "resource type %s is not supported (expects %s)", name, resourceTypes)
		}
	}
	if patientAt < 0 {
		return nil, bundleErr(-1, "", "has no Patient entry")
	}

	pb := &ParsedBundle{raw: data, patientEntry: patientAt}
	b := builder{p: &pb.patient, days: map[int32]*dayAcc{}}
	b.p.HbA1c, b.p.BMI, b.p.Systolic, b.p.Diastolic, b.p.LDL = math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.NaN()
	b.p.StepsDaily, b.p.RestingHR, b.p.SleepHours = math.NaN(), math.NaN(), math.NaN()

	var pat fhir.Patient
	if err := json.Unmarshal(doc.Entry[patientAt].Resource, &pat); err != nil {
		return nil, jsonErr(patientAt, "Patient", doc.Entry[patientAt].Resource, err)
	}
	if err := b.patient(patientAt, &pat, doc.Entry[patientAt].FullUrl, asOf); err != nil {
		return nil, err
	}
	for _, id := range pat.Identifier {
		if id.System != nil && id.Value != nil && *id.System != "" && *id.Value != "" {
			pb.identifiers = append(pb.identifiers, [2]string{*id.System, *id.Value})
		}
	}

	for i, e := range doc.Entry {
		var err error
		switch types[i] {
		case "Condition":
			var c fhir.Condition
			if err = json.Unmarshal(e.Resource, &c); err != nil {
				return nil, jsonErr(i, types[i], e.Resource, err)
			}
			err = b.condition(i, &c)
		case "Observation":
			var o fhir.Observation
			if err = json.Unmarshal(e.Resource, &o); err != nil {
				return nil, jsonErr(i, types[i], e.Resource, err)
			}
			err = b.observation(i, &o)
		case "MedicationStatement":
			var m fhir.MedicationStatement
			if err = json.Unmarshal(e.Resource, &m); err != nil {
				return nil, jsonErr(i, types[i], e.Resource, err)
			}
			err = b.medication(i, &m)
		case "Encounter":
			var en fhir.Encounter
			if err = json.Unmarshal(e.Resource, &en); err != nil {
				return nil, jsonErr(i, types[i], e.Resource, err)
			}
			err = b.encounter(i, &en)
		}
		if err != nil {
			return nil, err
		}
	}
	b.finish()
	if err := pb.patient.normalize(); err != nil {
		// The builder checks every value, so this names a limit such as the code count.
		return nil, bundleErr(-1, "", "the patient's record is not valid: %s", marketplace.ErrorMessage(err))
	}
	return pb, nil
}

// peekResourceType reads the resource type of a resource that begins with it, as FHIR JSON
// usually does, without decoding the rest; ok is false otherwise. The caller decodes (and so
// validates) the whole resource afterwards.
func peekResourceType(b []byte) (string, bool) {
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) == 0 || b[0] != '{' {
		return "", false
	}
	b = bytes.TrimLeft(b[1:], " \t\r\n")
	rest, ok := bytes.CutPrefix(b, []byte(`"resourceType"`))
	if !ok {
		return "", false
	}
	rest = bytes.TrimLeft(rest, " \t\r\n")
	if len(rest) == 0 || rest[0] != ':' {
		return "", false
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	if len(rest) == 0 || rest[0] != '"' {
		return "", false
	}
	end := bytes.IndexByte(rest[1:], '"')
	if end < 0 {
		return "", false
	}
	t := rest[1 : 1+end]
	if bytes.IndexByte(t, '\\') >= 0 {
		return "", false
	}
	return string(t), true
}

// plainName reports whether s is safe to quote in a message: a short alphanumeric name.
func plainName(s string) bool {
	if len(s) == 0 || len(s) > 40 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// plainUnit reports whether a unit is safe to quote: short printable ASCII without quotes.
func plainUnit(s string) bool {
	if len(s) == 0 || len(s) > 20 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x21 || c > 0x7e || c == '\'' || c == '"' {
			return false
		}
	}
	return true
}

// jsonErr turns a decoding error into a BundleError that names where, not what.
func jsonErr(entry int, resource string, data []byte, err error) *BundleError {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		if strings.Contains(syn.Error(), "unexpected end") {
			return bundleErr(entry, resource, "truncated JSON (the document ends at byte %d)", len(data))
		}
		return bundleErr(entry, resource, "malformed JSON at byte %d", syn.Offset)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return bundleErr(entry, resource, "truncated JSON (the document ends at byte %d)", len(data))
	case errors.As(err, &typ):
		if typ.Field != "" && plainField(typ.Field) {
			return bundleErr(entry, resource, "%s has the wrong JSON type (expects %s)", typ.Field, typ.Type)
		}
		return bundleErr(entry, resource, "a value has the wrong JSON type")
	}
	return bundleErr(entry, resource, "is not a valid FHIR R4 %s (a code or value is not allowed)", orResource(resource))
}

func orResource(r string) string {
	if r == "" {
		return "resource"
	}
	return r
}

// plainField reports whether a decoder field path is safe to show (names and dots only).
func plainField(s string) bool {
	if len(s) > 80 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.') {
			return false
		}
	}
	return true
}

// builder accumulates a bundle's resources into a record.
type builder struct {
	p           *Patient
	patientRefs []string // references that name the bundle's Patient
	latest      [len(measurements)]time.Time
	seen        [len(measurements)]bool
	days        map[int32]*dayAcc
}

// dayAcc accumulates one day of wearable observations.
type dayAcc struct {
	steps24h      int // -1 none
	stepsSum      int // -1 none
	hrMin         float64
	resting       float64
	sleepMin      float64 // -1 none
	hasHR, hasRHR bool
}

func (b *builder) patient(i int, pat *fhir.Patient, fullURL *string, asOf time.Time) error {
	if pat.Gender != nil {
		switch *pat.Gender {
		case fhir.AdministrativeGenderFemale:
			b.p.Sex = SexFemale
		case fhir.AdministrativeGenderMale:
			b.p.Sex = SexMale
		}
	}
	b.p.Age = ageUnknownInt
	if pat.BirthDate != nil {
		d, ok := parseDate(*pat.BirthDate)
		if !ok {
			return bundleErr(i, "Patient", "birthDate is not a FHIR date")
		}
		if d.After(asOf) {
			return bundleErr(i, "Patient", "birthDate is after the bundle's timestamp")
		}
		age := civilOf(days(asOf)).yearsSince(civilOf(days(d)))
		if age > maxAge {
			return bundleErr(i, "Patient", "birthDate makes the patient older than %d", maxAge)
		}
		b.p.BirthDate, b.p.Age = d, age
	}
	if fullURL != nil && *fullURL != "" {
		b.patientRefs = append(b.patientRefs, *fullURL)
	}
	if pat.Id != nil && *pat.Id != "" {
		b.patientRefs = append(b.patientRefs, "Patient/"+*pat.Id)
	}
	return nil
}

// ageUnknownInt is the Age of a patient whose birth date is not recorded.
const ageUnknownInt = -1

// subject checks that ref names the bundle's patient.
func (b *builder) subject(i int, resource string, ref *fhir.Reference) error {
	if ref == nil || ref.Reference == nil || *ref.Reference == "" {
		return bundleErr(i, resource, "has no subject reference to the bundle's Patient")
	}
	r := *ref.Reference
	for _, p := range b.patientRefs {
		if r == p || strings.HasPrefix(p, "Patient/") && strings.HasSuffix(r, "/"+p) {
			return nil
		}
	}
	return bundleErr(i, resource, "subject does not reference the bundle's Patient")
}

func (b *builder) condition(i int, c *fhir.Condition) error {
	if err := b.subject(i, "Condition", &c.Subject); err != nil {
		return err
	}
	if hasCode(c.VerificationStatus, "entered-in-error", "refuted") {
		return nil
	}
	if c.Code == nil {
		return bundleErr(i, "Condition", "has no code")
	}
	for _, cd := range c.Code.Coding {
		if cd.System == nil || cd.Code == nil {
			continue
		}
		code := strings.ToUpper(strings.TrimSpace(*cd.Code))
		switch *cd.System {
		case systemICD10, systemICD10C:
			if !isICD10(code) {
				return bundleErr(i, "Condition", "code.coding is not a valid ICD-10 code")
			}
			b.p.Conditions = appendUnique(b.p.Conditions, code)
		case systemSNOMED:
			if !isDigits(6, 18)(code) {
				return bundleErr(i, "Condition", "code.coding is not a valid SNOMED CT concept id")
			}
			b.p.Snomed = appendUnique(b.p.Snomed, code)
		}
	}
	return nil
}

func (b *builder) medication(i int, m *fhir.MedicationStatement) error {
	if err := b.subject(i, "MedicationStatement", &m.Subject); err != nil {
		return err
	}
	switch m.Status {
	case "entered-in-error", "not-taken":
		return nil
	case "active", "completed", "intended", "stopped", "on-hold", "unknown":
	default:
		return bundleErr(i, "MedicationStatement", "status is not a FHIR R4 medication-statement status")
	}
	if len(m.MedicationCodeableConcept.Coding) == 0 {
		return bundleErr(i, "MedicationStatement", "has no medicationCodeableConcept coding (medicationReference is not supported)")
	}
	for _, cd := range m.MedicationCodeableConcept.Coding {
		if cd.System == nil || cd.Code == nil {
			continue
		}
		code := strings.ToUpper(strings.TrimSpace(*cd.Code))
		switch *cd.System {
		case systemRxNorm:
			if !isDigits(1, 10)(code) {
				return bundleErr(i, "MedicationStatement", "medicationCodeableConcept.coding is not a valid RxNorm concept id")
			}
			b.p.RxNorm = appendUnique(b.p.RxNorm, code)
		case systemATC:
			if !isATC(code) {
				return bundleErr(i, "MedicationStatement", "medicationCodeableConcept.coding is not a valid ATC code")
			}
			b.p.ATC = appendUnique(b.p.ATC, code)
		}
	}
	return nil
}

func (b *builder) encounter(i int, e *fhir.Encounter) error {
	if err := b.subject(i, "Encounter", e.Subject); err != nil {
		return err
	}
	switch e.Status {
	case fhir.EncounterStatusEnteredInError, fhir.EncounterStatusCancelled:
		return nil
	}
	b.p.Encounters++
	if e.Period != nil && e.Period.Start != nil {
		d, ok := parseDate(*e.Period.Start)
		if !ok {
			return bundleErr(i, "Encounter", "period.start is not a FHIR dateTime")
		}
		if d.After(b.p.LastEncounter) {
			b.p.LastEncounter = d
		}
	}
	return nil
}

func (b *builder) observation(i int, o *fhir.Observation) error {
	if err := b.subject(i, "Observation", o.Subject); err != nil {
		return err
	}
	switch o.Status {
	case fhir.ObservationStatusEnteredInError, fhir.ObservationStatusCancelled:
		return nil
	}
	code, spec, ok := loincOf(o.Code)
	if !ok {
		return nil // not a code the record uses: kept in the bundle only
	}
	when, day, hasTime, err := effective(o, spec.kind == kindSleep)
	if err != nil {
		return bundleErr(i, "Observation", "%s", err)
	}
	if spec.kind == kindBPPanel {
		for _, c := range o.Component {
			ccode, cspec, ok := loincOf(c.Code)
			if !ok || cspec.kind != kindMeasure {
				continue
			}
			if c.ValueQuantity == nil {
				return bundleErr(i, "Observation", "component LOINC %s has no valueQuantity", ccode)
			}
			v, err := quantity(c.ValueQuantity, ccode, &cspec)
			if err != nil {
				return bundleErr(i, "Observation", "component %s", err)
			}
			if err := b.measure(cspec.measure, v, when, ccode); err != nil {
				return bundleErr(i, "Observation", "%s", err)
			}
		}
		return nil
	}
	if o.ValueQuantity == nil {
		if o.DataAbsentReason != nil {
			return nil
		}
		return bundleErr(i, "Observation", "LOINC %s has no valueQuantity", code)
	}
	v, err := quantity(o.ValueQuantity, code, &spec)
	if err != nil {
		return bundleErr(i, "Observation", "%s", err)
	}
	if spec.kind == kindMeasure {
		if err := b.measure(spec.measure, v, when, code); err != nil {
			return bundleErr(i, "Observation", "%s", err)
		}
		return nil
	}
	// Fitness-tracker data is summed into days.
	if !hasTime {
		return bundleErr(i, "Observation", "LOINC %s needs an effective date or period", code)
	}
	d := b.days[days(day)]
	if d == nil {
		d = &dayAcc{steps24h: -1, stepsSum: -1, sleepMin: -1}
		b.days[days(day)] = d
	}
	switch spec.kind {
	case kindSteps24h:
		if v > maxSteps {
			return bundleErr(i, "Observation", "value is out of range for LOINC %s", code)
		}
		d.steps24h = max(d.steps24h, int(math.Round(v)))
	case kindSteps:
		if v > maxSteps {
			return bundleErr(i, "Observation", "value is out of range for LOINC %s", code)
		}
		d.stepsSum = max(d.stepsSum, 0) + int(math.Round(v))
	case kindHeartRate, kindRestingHR:
		if v <= 0 || v > 300 {
			return bundleErr(i, "Observation", "value is out of range for LOINC %s", code)
		}
		if spec.kind == kindRestingHR {
			if !d.hasRHR || v < d.resting {
				d.resting = v
			}
			d.hasRHR = true
		} else {
			if !d.hasHR || v < d.hrMin {
				d.hrMin = v
			}
			d.hasHR = true
		}
	case kindSleep:
		if v > maxSleepMin {
			return bundleErr(i, "Observation", "value is out of range for LOINC %s", code)
		}
		d.sleepMin = max(d.sleepMin, 0) + v
	}
	return nil
}

// measure keeps the latest value of a lab or vital sign.
func (b *builder) measure(m int, v float64, when time.Time, code string) error {
	if v < 0 || v > measurements[m].max || measurements[m].zeroMissing && v == 0 {
		return fmt.Errorf("value is out of range for LOINC %s", code)
	}
	if b.seen[m] && when.Before(b.latest[m]) {
		return nil
	}
	b.seen[m], b.latest[m] = true, when
	*measurements[m].get(b.p) = roundTo(v, measurements[m].scale)
	return nil
}

// finish turns the daily accumulators into the record's daily summaries and their means.
func (b *builder) finish() {
	keys := make([]int32, 0, len(b.days))
	for k := range b.days {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		a := b.days[k]
		d := DailySummary{Date: dateOf(k), Steps: a.steps24h, RestingHR: math.NaN(), SleepMinutes: -1}
		if d.Steps < 0 {
			d.Steps = a.stepsSum
		}
		switch {
		case a.hasRHR:
			d.RestingHR = a.resting
		case a.hasHR:
			d.RestingHR = a.hrMin
		}
		d.RestingHR = roundTo(d.RestingHR, 10)
		if a.sleepMin >= 0 {
			d.SleepMinutes = int(math.Round(a.sleepMin))
		}
		b.p.Daily = append(b.p.Daily, d)
	}
	summarizeDaily(b.p)
}

// summarizeDaily sets a record's wearable means from its daily summaries, at the record's
// precision. The importer and the synthetic generator share it.
func summarizeDaily(p *Patient) {
	var steps, hr, sleep float64
	var ns, nh, nl int
	for _, d := range p.Daily {
		if d.Steps >= 0 {
			steps += float64(d.Steps)
			ns++
		}
		if !math.IsNaN(d.RestingHR) {
			hr += d.RestingHR
			nh++
		}
		if d.SleepMinutes >= 0 {
			sleep += float64(d.SleepMinutes)
			nl++
		}
	}
	p.StepsDaily, p.RestingHR, p.SleepHours = math.NaN(), math.NaN(), math.NaN()
	if ns > 0 {
		p.StepsDaily = math.Min(math.Round(steps/float64(ns)), measurements[5].max)
	}
	if nh > 0 {
		p.RestingHR = roundTo(hr/float64(nh), 10)
	}
	if nl > 0 {
		p.SleepHours = math.Min(roundTo(sleep/float64(nl)/60, 100), 24)
	}
}

// loincOf finds the first LOINC coding the importer reads.
func loincOf(cc fhir.CodeableConcept) (string, loincSpec, bool) {
	for _, c := range cc.Coding {
		if c.System == nil || c.Code == nil || *c.System != systemLOINC {
			continue
		}
		if s, ok := loincSpecs[*c.Code]; ok {
			return *c.Code, s, true
		}
	}
	return "", loincSpec{}, false
}

// quantity checks a quantity's unit against a LOINC code and returns its value in the
// record's unit.
func quantity(q *fhir.Quantity, code string, spec *loincSpec) (float64, error) {
	if q.Value == nil {
		return 0, fmt.Errorf("LOINC %s has a valueQuantity without a value", code)
	}
	unit := ""
	switch {
	case q.Code != nil && *q.Code != "":
		if q.System != nil && *q.System != systemUCUM {
			return 0, fmt.Errorf("the unit of LOINC %s must be a UCUM code (system %s)", code, systemUCUM)
		}
		unit = *q.Code
	case q.Unit != nil:
		unit = *q.Unit
	}
	factor := 0.0
	for _, u := range spec.units {
		if unit == u.code || unit == "mmHg" && u.code == "mm[Hg]" {
			factor = u.factor
			break
		}
	}
	if factor == 0 {
		switch {
		case unit == "":
			return 0, fmt.Errorf("a unit is required for LOINC %s (expects %s)", code, spec.expects())
		case plainUnit(unit):
			return 0, fmt.Errorf("unit '%s' is not valid for LOINC %s (expects %s)", unit, code, spec.expects())
		}
		return 0, fmt.Errorf("the unit is not valid for LOINC %s (expects %s)", code, spec.expects())
	}
	v, err := strconv.ParseFloat(string(*q.Value), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("the value of LOINC %s is not a number", code)
	}
	if spec.ifcc {
		if v < 0 || v > 300 {
			return 0, fmt.Errorf("value is out of range for LOINC %s", code)
		}
		v = ifccToNGSP(v)
	}
	return v * factor, nil
}

// hasCode reports whether a concept carries any of the codes.
func hasCode(cc *fhir.CodeableConcept, codes ...string) bool {
	if cc == nil {
		return false
	}
	for _, c := range cc.Coding {
		if c.Code != nil && slices.Contains(codes, *c.Code) {
			return true
		}
	}
	return false
}

func appendUnique(list []string, c string) []string {
	if slices.Contains(list, c) {
		return list
	}
	return append(list, c)
}

// effective returns an observation's time (for keeping the latest value) and the calendar day
// it counts for (its local date as written; for sleep, the day the period ends).
func effective(o *fhir.Observation, useEnd bool) (when, day time.Time, ok bool, err error) {
	var s string
	switch {
	case o.EffectiveDateTime != nil:
		s = *o.EffectiveDateTime
	case o.EffectiveInstant != nil:
		s = *o.EffectiveInstant
	case o.EffectivePeriod != nil:
		if useEnd && o.EffectivePeriod.End != nil {
			s = *o.EffectivePeriod.End
		} else if o.EffectivePeriod.Start != nil {
			s = *o.EffectivePeriod.Start
		} else if o.EffectivePeriod.End != nil {
			s = *o.EffectivePeriod.End
		}
	default:
		return when, day, false, nil
	}
	day, okd := parseDate(s)
	if !okd {
		return when, day, false, errors.New("effective[x] is not a FHIR dateTime")
	}
	when, oki := parseInstant(s)
	if !oki {
		when = day
	}
	return when, day, true, nil
}

// parseDate parses a FHIR date or the date part of a dateTime as written (YYYY, YYYY-MM,
// YYYY-MM-DD, with an optional time): the first day of the period, at UTC midnight.
func parseDate(s string) (time.Time, bool) {
	if t := strings.IndexByte(s, 'T'); t >= 0 {
		if _, ok := parseInstant(s); !ok {
			return time.Time{}, false
		}
		s = s[:t]
	}
	var layout string
	switch len(s) {
	case 4:
		layout = "2006"
	case 7:
		layout = "2006-01"
	case 10:
		layout = "2006-01-02"
	default:
		return time.Time{}, false
	}
	t, err := time.Parse(layout, s)
	if err != nil || t.Year() < 1850 || t.Year() > 2200 {
		return time.Time{}, false
	}
	return t, true
}

// parseInstant parses a FHIR dateTime with a time, or a date (its UTC midnight).
func parseInstant(s string) (time.Time, bool) {
	if !strings.Contains(s, "T") {
		return parseDate(s)
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil || t.Year() < 1850 || t.Year() > 2200 {
		return time.Time{}, false
	}
	return t, true
}

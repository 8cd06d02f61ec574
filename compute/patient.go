package compute

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/medmarket/medmarket/marketplace"
)

// Sexes a patient record may carry. An empty Sex means not recorded (FHIR "other" and
// "unknown" are stored as not recorded).
const (
	SexFemale = "female"
	SexMale   = "male"
)

// Patient is one patient's record as the vault holds it: what analyses need, derived from the
// patient's FHIR resources (or made by the synthetic generator). Measurements that were never
// taken are NaN; for Diastolic, LDL's siblings added with FHIR import (Diastolic, StepsDaily,
// RestingHR, SleepHours) 0 also means not measured, as none of them is ever 0. Numeric values
// are stored at a fixed precision: HbA1c, BMI, LDL to 0.01; blood pressure to 0.1 mmHg; steps
// to 1 step a day; resting heart rate to 0.1 beats a minute; sleep to 0.01 h.
type Patient struct {
	// Ref is the opaque handle the vault issued to the patient: 128 random bits in lower-case
	// hex (from crypto/rand; from the seeded generator in synthetic cohorts). It is never
	// derived from a name or any other identifier.
	Ref string
	// Age is the patient's age in whole years when the record was made (at import: as of the
	// bundle's timestamp), -1 when unknown. Analyses use BirthDate when it is known, so that
	// ages stay current.
	Age int
	// BirthDate is the date of birth (UTC midnight), zero when not recorded. A FHIR birthDate
	// of only a year or a year and month is stored as the first day of it.
	BirthDate  time.Time
	Sex        string   // SexFemale, SexMale or "" when not recorded
	Conditions []string // ICD-10 codes, e.g. "E11.9" (type 2 diabetes), "I10" (hypertension)
	Snomed     []string // SNOMED CT concept ids of conditions, e.g. "44054006"
	RxNorm     []string // RxNorm concept ids of medications, e.g. "6809" (metformin)
	ATC        []string // WHO ATC codes of medications, e.g. "A10BA02"

	HbA1c     float64 // glycated haemoglobin, % (NGSP); LOINC 4548-4
	BMI       float64 // body-mass index, kg/m2; LOINC 39156-5
	Systolic  float64 // systolic blood pressure, mmHg; LOINC 8480-6
	Diastolic float64 // diastolic blood pressure, mmHg; LOINC 8462-4
	LDL       float64 // LDL cholesterol, mmol/L; LOINC 13457-7, 18262-6, 2089-1

	// Wearable summaries: the means over the days in Daily that carry each measure.
	StepsDaily float64 // steps a day
	RestingHR  float64 // resting heart rate, beats a minute
	SleepHours float64 // hours of sleep a night

	Encounters    int       // encounters recorded
	LastEncounter time.Time // start of the latest encounter (UTC midnight), zero when none

	// Daily holds the wearable daily summaries in date order. It is kept in the record's
	// detail section, which analyses never decrypt; Patient returns it.
	Daily []DailySummary
}

// DailySummary is one day of fitness-tracker data.
type DailySummary struct {
	Date         time.Time // the day (UTC midnight) of the samples' local date
	Steps        int       // steps that day; -1 when none were recorded
	RestingHR    float64   // the day's resting heart rate (LOINC 40443-4, else the lowest 8867-4 sample); NaN (or 0) when none
	SleepMinutes int       // minutes of sleep in the night ending that day; -1 when none
}

// refLen is the size of a patient handle in bytes.
const refLen = 16

type ref [refLen]byte

func (r ref) String() string { return hex.EncodeToString(r[:]) }

// parseRef decodes a 32-hex-digit patient handle.
func parseRef(s string) (ref, bool) {
	var r ref
	if len(s) != 2*refLen {
		return r, false
	}
	if _, err := hex.Decode(r[:], []byte(s)); err != nil {
		return r, false
	}
	return r, true
}

// measurement describes one fixed-point numeric field of the hot record.
type measurement struct {
	name  string // the query field name (marketplace.QueryFields)
	off   int    // offset of its uint16 in the hot record
	scale float64
	max   float64
	// zeroMissing: 0 means not measured (fields added after the first record format).
	zeroMissing bool
	get         func(*Patient) *float64
}

// Offsets of the hot record's fixed layout (see appendRecord).
const (
	offVersion   = 0
	offSex       = 1
	offAge       = 2
	offFlags     = 3
	offBirth     = 4
	offMeasures  = 8
	offEncounter = 24
	offWearDays  = 26
	offLastEnc   = 28
	offCounts    = 32 // four code-list lengths: ICD-10, SNOMED, RxNorm, ATC
	fixedLen     = 36
)

// measurements are the numeric fields in encoding order.
var measurements = [...]measurement{
	{"hba1c", offMeasures + 0, 100, 25, false, func(p *Patient) *float64 { return &p.HbA1c }},
	{"bmi", offMeasures + 2, 100, 150, false, func(p *Patient) *float64 { return &p.BMI }},
	{"systolic", offMeasures + 4, 10, 400, false, func(p *Patient) *float64 { return &p.Systolic }},
	{"diastolic", offMeasures + 6, 10, 300, true, func(p *Patient) *float64 { return &p.Diastolic }},
	{"ldl", offMeasures + 8, 100, 50, false, func(p *Patient) *float64 { return &p.LDL }},
	{"steps_daily_mean", offMeasures + 10, 1, 65000, true, func(p *Patient) *float64 { return &p.StepsDaily }},
	{"resting_hr", offMeasures + 12, 10, 300, true, func(p *Patient) *float64 { return &p.RestingHR }},
	{"sleep_hours_mean", offMeasures + 14, 100, 24, true, func(p *Patient) *float64 { return &p.SleepHours }},
}

// missing is the fixed-point code of a measurement that was not taken.
const missing = 0xFFFF

// ageUnknown is the age byte of a record without an age.
const ageUnknown = 0xFF

// birthUnknown is the birth-date field of a record without a birth date.
const birthUnknown = math.MinInt32

// Record flags.
const flagBirth = 1 // the birth date field is set

// numericField reports whether name is a numeric field of the record (age, encounters or a
// measurement).
func numericField(name string) bool {
	if name == "age" || name == "encounters" {
		return true
	}
	return measurementIndex(name) >= 0
}

func measurementIndex(name string) int {
	for i := range measurements {
		if measurements[i].name == name {
			return i
		}
	}
	return -1
}

// Limits of a record.
const (
	maxAge      = 150
	maxCodes    = 64 // per code list
	maxCodeLen  = 16
	maxDaily    = 3660 // ten years of daily summaries
	maxSteps    = 1_000_000
	maxSleepMin = 24 * 60
)

// days converts a date to days since 1970-01-01.
func days(t time.Time) int32 {
	return int32(math.Floor(float64(t.Unix()) / 86400))
}

// dateOf converts days since 1970-01-01 to a UTC date.
func dateOf(d int32) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// truncDay returns t's calendar date as UTC midnight.
func truncDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// codeKind describes one code list of a record.
type codeKind struct {
	name  string
	check func(string) bool
	get   func(*Patient) *[]string
}

var codeKinds = [4]codeKind{
	{"conditions", isICD10, func(p *Patient) *[]string { return &p.Conditions }},
	{"snomed", isDigits(6, 18), func(p *Patient) *[]string { return &p.Snomed }},
	{"rxnorm", isDigits(1, 10), func(p *Patient) *[]string { return &p.RxNorm }},
	{"atc", isATC, func(p *Patient) *[]string { return &p.ATC }},
}

// Indexes of codeKinds.
const (
	kindICD10 = iota
	kindSNOMED
	kindRxNorm
	kindATC
)

func isICD10(c string) bool {
	if c == "" || len(c) > maxCodeLen || c[0] < 'A' || c[0] > 'Z' {
		return false
	}
	for i := 0; i < len(c); i++ {
		if b := c[i]; !(b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '.') {
			return false
		}
	}
	return true
}

func isDigits(min, max int) func(string) bool {
	return func(c string) bool {
		if len(c) < min || len(c) > max || c[0] == '0' {
			return false
		}
		for i := 0; i < len(c); i++ {
			if c[i] < '0' || c[i] > '9' {
				return false
			}
		}
		return true
	}
}

// isATC accepts an ATC code at any level: A, A10, A10B, A10BA, A10BA02.
func isATC(c string) bool {
	const pattern = "ADDAADD" // A a letter, D a digit: A10BA02
	switch len(c) {
	case 1, 3, 4, 5, 7:
	default:
		return false
	}
	for i := 0; i < len(c); i++ {
		k, b := pattern[i], c[i]
		if k == 'A' && !(b >= 'A' && b <= 'Z') || k == 'D' && !(b >= '0' && b <= '9') {
			return false
		}
	}
	return true
}

// normalize validates p (Ref aside) and canonicalises it: codes upper case without spaces,
// duplicates removed, dates at UTC midnight, not-measured values NaN. Its errors name fields
// but never the values at fault.
func (p *Patient) normalize() error {
	if p.Age < -1 || p.Age > maxAge {
		return marketplace.FieldError("age", "must be between 0 and %d, or -1 when unknown", maxAge)
	}
	switch p.Sex {
	case "", SexFemale, SexMale:
	default:
		return marketplace.FieldError("sex", "must be empty, female or male")
	}
	if !p.BirthDate.IsZero() {
		p.BirthDate = truncDay(p.BirthDate)
		if y := p.BirthDate.Year(); y < 1850 || y > 2200 {
			return marketplace.FieldError("birthDate", "must be a date between 1850 and 2200")
		}
	}
	for i := range measurements {
		m := &measurements[i]
		v := m.get(p)
		if math.IsNaN(*v) || m.zeroMissing && *v == 0 {
			*v = math.NaN()
			continue
		}
		if *v < 0 || *v > m.max {
			return marketplace.FieldError(m.name, "must be between 0 and %g, or NaN when not measured", m.max)
		}
	}
	if p.Encounters < 0 || p.Encounters > 0xFFFF {
		return marketplace.FieldError("encounters", "must be between 0 and 65535")
	}
	if !p.LastEncounter.IsZero() {
		p.LastEncounter = truncDay(p.LastEncounter)
	}
	for k := range codeKinds {
		kind := &codeKinds[k]
		list := kind.get(p)
		if len(*list) > maxCodes {
			return marketplace.FieldError(kind.name, "at most %d codes", maxCodes)
		}
		out := (*list)[:0]
		for i, c := range *list {
			c = strings.ToUpper(strings.TrimSpace(c))
			if !kind.check(c) {
				return marketplace.FieldError(fmt.Sprintf("%s[%d]", kind.name, i), "is not a valid code")
			}
			dup := false
			for _, o := range out {
				dup = dup || o == c
			}
			if !dup {
				out = append(out, c)
			}
		}
		*list = out
	}
	if len(p.Daily) > maxDaily {
		return marketplace.FieldError("daily", "at most %d days", maxDaily)
	}
	for i := range p.Daily {
		d := &p.Daily[i]
		d.Date = truncDay(d.Date)
		if i > 0 && !d.Date.After(p.Daily[i-1].Date) {
			return marketplace.FieldError(fmt.Sprintf("daily[%d].date", i), "must be after the day before")
		}
		if d.Steps < -1 || d.Steps > maxSteps {
			return marketplace.FieldError(fmt.Sprintf("daily[%d].steps", i), "must be between 0 and %d, or -1", maxSteps)
		}
		if d.SleepMinutes < -1 || d.SleepMinutes > maxSleepMin {
			return marketplace.FieldError(fmt.Sprintf("daily[%d].sleepMinutes", i), "must be between 0 and %d, or -1", maxSleepMin)
		}
		if d.RestingHR == 0 {
			d.RestingHR = math.NaN()
		}
		if !math.IsNaN(d.RestingHR) && (d.RestingHR < 0 || d.RestingHR > 300) {
			return marketplace.FieldError(fmt.Sprintf("daily[%d].restingHR", i), "must be between 0 and 300, or NaN")
		}
		d.RestingHR = roundTo(d.RestingHR, 10)
	}
	return nil
}

// roundTo rounds x to 1/per; NaN stays NaN.
func roundTo(x, per float64) float64 { return math.Round(x*per) / per }

// The hot record, format 2: the plaintext inside a record's AES-GCM envelope, laid out so
// that a scan reads any numeric field at a fixed offset without decoding the rest:
//
//	[0]      format version (2)
//	[1]      sex: 0 not recorded, 1 female, 2 male
//	[2]      age in years when the record was made, 0xFF unknown
//	[3]      flags: bit 0 birth date set
//	[4:8]    birth date, int32 days since 1970-01-01, little-endian
//	[8:24]   hba1c x100, bmi x100, systolic x10, diastolic x10, ldl x100,
//	         steps_daily_mean x1, resting_hr x10, sleep_hours_mean x100:
//	         uint16 little-endian, 0xFFFF = not measured
//	[24:26]  encounters (uint16)
//	[26:28]  wearable days summarised (uint16)
//	[28:32]  date of the latest encounter, int32 days since 1970-01-01 (MinInt32: none)
//	[32:36]  number of ICD-10, SNOMED CT, RxNorm and ATC codes
//	then the codes in that order: ICD-10 and ATC as a length byte and ASCII; SNOMED CT and
//	RxNorm ids as unsigned varints.
//
// The patient handle is the bbolt key and is bound to the record as GCM additional data, so
// it is not repeated here. A typical record is 45-95 bytes. The wearable daily summaries and
// the original FHIR bundle live in the detail section (detail.go), which scans never read.
const recordFormat = 2

// recordFormatV1 is the foundation's format: [0]=1, age, sex, four uint16 measurements, and
// ICD-10 codes. Vaults holding it are migrated when opened.
const recordFormatV1 = 1

var errBadRecord = errors.New("malformed record encoding")

// appendRecord appends the hot encoding of a normalised patient to dst.
func appendRecord(dst []byte, p *Patient) []byte {
	var sex byte
	switch p.Sex {
	case SexFemale:
		sex = 1
	case SexMale:
		sex = 2
	}
	var flags byte
	birth := int32(birthUnknown)
	if !p.BirthDate.IsZero() {
		flags |= flagBirth
		birth = days(p.BirthDate)
	}
	age := byte(ageUnknown)
	if p.Age >= 0 {
		age = byte(p.Age)
	}
	dst = append(dst, recordFormat, sex, age, flags)
	dst = binary.LittleEndian.AppendUint32(dst, uint32(birth))
	for i := range measurements {
		m := &measurements[i]
		v := *m.get(p)
		u := uint16(missing)
		if !math.IsNaN(v) {
			u = uint16(math.Round(v * m.scale))
		}
		dst = binary.LittleEndian.AppendUint16(dst, u)
	}
	dst = binary.LittleEndian.AppendUint16(dst, uint16(p.Encounters))
	dst = binary.LittleEndian.AppendUint16(dst, uint16(wearableDays(p.Daily)))
	last := int32(birthUnknown)
	if !p.LastEncounter.IsZero() {
		last = days(p.LastEncounter)
	}
	dst = binary.LittleEndian.AppendUint32(dst, uint32(last))
	for k := range codeKinds {
		dst = append(dst, byte(len(*codeKinds[k].get(p))))
	}
	for k := range codeKinds {
		for _, c := range *codeKinds[k].get(p) {
			switch k {
			case kindSNOMED, kindRxNorm:
				var n uint64
				for i := 0; i < len(c); i++ {
					n = n*10 + uint64(c[i]-'0')
				}
				dst = binary.AppendUvarint(dst, n)
			default:
				dst = append(dst, byte(len(c)))
				dst = append(dst, c...)
			}
		}
	}
	return dst
}

// wearableDays counts the days that carry any wearable measure.
func wearableDays(ds []DailySummary) int {
	n := 0
	for _, d := range ds {
		if d.Steps >= 0 || !math.IsNaN(d.RestingHR) || d.SleepMinutes >= 0 {
			n++
		}
	}
	return min(n, 0xFFFF)
}

// decodeRecord decodes a hot record into p (all fields but Ref and Daily).
func decodeRecord(b []byte, p *Patient) error {
	rv, err := viewRecord(b)
	if err != nil {
		return err
	}
	if !rv.checkCodes() {
		return errBadRecord
	}
	switch rv[offSex] {
	case 0:
		p.Sex = ""
	case 1:
		p.Sex = SexFemale
	case 2:
		p.Sex = SexMale
	}
	p.Age = int(rv[offAge])
	if rv[offAge] == ageUnknown {
		p.Age = -1
	}
	p.BirthDate = time.Time{}
	if rv[offFlags]&flagBirth != 0 {
		p.BirthDate = dateOf(rv.birth())
	}
	for i := range measurements {
		*measurements[i].get(p) = rv.measure(i)
	}
	p.Encounters = int(binary.LittleEndian.Uint16(rv[offEncounter:]))
	p.LastEncounter = dateOfOrZero(int32(binary.LittleEndian.Uint32(rv[offLastEnc:])))
	rest := rv[fixedLen:]
	for k := range codeKinds {
		list := codeKinds[k].get(p)
		*list = (*list)[:0]
		for i := 0; i < int(rv[offCounts+k]); i++ {
			var code string
			code, rest = nextCode(k, rest)
			*list = append(*list, code)
		}
	}
	return nil
}

// nextCode decodes one code of kind k from a validated record tail.
func nextCode(k int, b []byte) (string, []byte) {
	switch k {
	case kindSNOMED, kindRxNorm:
		n, l := binary.Uvarint(b)
		return fmt.Sprint(n), b[l:]
	default:
		l := int(b[0])
		return string(b[1 : 1+l]), b[1+l:]
	}
}

// decodeRecordV1 decodes a format 1 record (the foundation's) for migration.
func decodeRecordV1(b []byte, p *Patient) error {
	const fixedV1 = 12
	if len(b) < fixedV1 || b[0] != recordFormatV1 {
		return errBadRecord
	}
	p.Age = int(b[1])
	switch b[2] {
	case 0:
		p.Sex = ""
	case 1:
		p.Sex = SexFemale
	case 2:
		p.Sex = SexMale
	default:
		return errBadRecord
	}
	scales := [4]float64{100, 100, 10, 100}
	vals := [4]*float64{&p.HbA1c, &p.BMI, &p.Systolic, &p.LDL}
	for i := range vals {
		u := binary.LittleEndian.Uint16(b[3+2*i:])
		*vals[i] = math.NaN()
		if u != missing {
			*vals[i] = float64(u) / scales[i]
		}
	}
	p.Diastolic, p.StepsDaily, p.RestingHR, p.SleepHours = math.NaN(), math.NaN(), math.NaN(), math.NaN()
	n := int(b[11])
	p.Conditions = p.Conditions[:0]
	rest := b[fixedV1:]
	for i := 0; i < n; i++ {
		if len(rest) < 1 || len(rest) < 1+int(rest[0]) {
			return errBadRecord
		}
		l := int(rest[0])
		p.Conditions = append(p.Conditions, string(rest[1:1+l]))
		rest = rest[1+l:]
	}
	if len(rest) != 0 {
		return errBadRecord
	}
	return nil
}

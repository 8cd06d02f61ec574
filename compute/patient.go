package compute

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/medmarket/medmarket/marketplace"
)

// Sexes a patient record may carry. An empty Sex means not recorded.
const (
	SexFemale = "female"
	SexMale   = "male"
)

// Patient is one patient's record as the vault holds it. Measurements that were never taken
// are NaN. Numeric values are stored at a fixed precision: HbA1c, BMI and LDL to 0.01,
// systolic blood pressure to 0.1 mmHg.
type Patient struct {
	// Ref is the opaque handle the vault issued to the patient: 128 random bits in lower-case
	// hex (from crypto/rand; from the seeded generator in synthetic cohorts). It is never
	// derived from a name or any other identifier.
	Ref        string
	Age        int      // whole years
	Sex        string   // SexFemale, SexMale or "" when not recorded
	Conditions []string // ICD-10 codes, e.g. "E11.9" (type 2 diabetes), "I10" (hypertension)
	HbA1c      float64  // glycated haemoglobin, % (NaN when not measured)
	BMI        float64  // body-mass index, kg/m2
	Systolic   float64  // systolic blood pressure, mmHg
	LDL        float64  // LDL cholesterol, mmol/L
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

// measurement describes one fixed-point numeric field of the record encoding.
type measurement struct {
	name  string // the query field name (marketplace.QueryFields)
	scale float64
	max   float64
	get   func(*Patient) float64
}

// measurements are the numeric fields in encoding order.
var measurements = [...]measurement{
	{"hba1c", 100, 25, func(p *Patient) float64 { return p.HbA1c }},
	{"bmi", 100, 150, func(p *Patient) float64 { return p.BMI }},
	{"systolic", 10, 400, func(p *Patient) float64 { return p.Systolic }},
	{"ldl", 100, 50, func(p *Patient) float64 { return p.LDL }},
}

// missing is the fixed-point code of a measurement that was not taken.
const missing = 0xFFFF

// fieldGetter returns the accessor of a numeric query field, or nil if there is none.
func fieldGetter(name string) func(*Patient) float64 {
	if name == "age" {
		return func(p *Patient) float64 { return float64(p.Age) }
	}
	for i := range measurements {
		if measurements[i].name == name {
			return measurements[i].get
		}
	}
	return nil
}

// Limits of a record.
const (
	maxAge           = 150
	maxConditions    = 64
	maxConditionCode = 16
)

// normalize validates p (Ref aside) and canonicalises its condition codes to upper case. Its
// errors name fields but never the values at fault.
func (p *Patient) normalize() error {
	if p.Age < 0 || p.Age > maxAge {
		return marketplace.FieldError("age", "must be between 0 and %d", maxAge)
	}
	switch p.Sex {
	case "", SexFemale, SexMale:
	default:
		return marketplace.FieldError("sex", "must be empty, female or male")
	}
	for _, m := range measurements {
		v := m.get(p)
		if math.IsNaN(v) {
			continue
		}
		if v < 0 || v > m.max {
			return marketplace.FieldError(m.name, "must be between 0 and %g, or NaN when not measured", m.max)
		}
	}
	if len(p.Conditions) > maxConditions {
		return marketplace.FieldError("conditions", "at most %d codes", maxConditions)
	}
	for i, c := range p.Conditions {
		c = strings.ToUpper(strings.TrimSpace(c))
		if c == "" || len(c) > maxConditionCode {
			return marketplace.FieldError(fmt.Sprintf("conditions[%d]", i), "must be an ICD-10 code of 1 to %d characters", maxConditionCode)
		}
		for j := 0; j < len(c); j++ {
			if b := c[j]; !(b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '.') {
				return marketplace.FieldError(fmt.Sprintf("conditions[%d]", i), "must be an ICD-10 code of letters, digits and dots")
			}
		}
		p.Conditions[i] = c
	}
	return nil
}

// The record encoding, version 1 (the plaintext inside the record's AES-GCM envelope):
//
//	[0]     format version (1)
//	[1]     age in years
//	[2]     sex: 0 not recorded, 1 female, 2 male
//	[3:11]  hba1c x100, bmi x100, systolic x10, ldl x100: uint16 little-endian, 0xFFFF = missing
//	[11]    number of condition codes n
//	then n times: code length (1 byte) and the upper-case ASCII code
//
// The patient handle is the bbolt key and is bound to the record as GCM additional data, so
// it is not repeated here. A typical record is 20-40 bytes.
const (
	recordFormat = 1
	fixedLen     = 12
)

var errBadRecord = errors.New("malformed record encoding")

// appendRecord appends the encoding of a normalised patient to dst.
func appendRecord(dst []byte, p *Patient) []byte {
	var sex byte
	switch p.Sex {
	case SexFemale:
		sex = 1
	case SexMale:
		sex = 2
	}
	dst = append(dst, recordFormat, byte(p.Age), sex)
	for _, m := range measurements {
		v := m.get(p)
		u := uint16(missing)
		if !math.IsNaN(v) {
			u = uint16(math.Round(v * m.scale))
		}
		dst = binary.LittleEndian.AppendUint16(dst, u)
	}
	dst = append(dst, byte(len(p.Conditions)))
	for _, c := range p.Conditions {
		dst = append(dst, byte(len(c)))
		dst = append(dst, c...)
	}
	return dst
}

// decodeRecord decodes an encoded record into p (all fields but Ref). It reuses p's
// Conditions slice.
func decodeRecord(b []byte, p *Patient) error {
	if len(b) < fixedLen || b[0] != recordFormat {
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
	vals := [len(measurements)]float64{}
	for i, m := range measurements {
		u := binary.LittleEndian.Uint16(b[3+2*i:])
		if u == missing {
			vals[i] = math.NaN()
		} else {
			vals[i] = float64(u) / m.scale
		}
	}
	p.HbA1c, p.BMI, p.Systolic, p.LDL = vals[0], vals[1], vals[2], vals[3]
	n := int(b[11])
	p.Conditions = p.Conditions[:0]
	rest := b[fixedLen:]
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

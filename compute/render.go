package compute

import (
	"encoding/hex"
	"math"
	"strconv"
	"time"
)

// Rendering records as FHIR R4 Bundles. The writer appends JSON directly (every string it
// writes is a code, a date, an id or a constant, none needing escapes), because the
// synthetic generator renders millions of bundles and encoding/json over the FHIR models is
// ten times slower. The import tests parse what it writes with the FHIR models.

// Identifier systems of rendered patients.
const (
	// SyntheticSystem is the Patient.identifier system of synthetic patients; the value is
	// "SEED-INDEX".
	SyntheticSystem = "urn:medmarket:synthetic"
	// HandleSystem is the Patient.identifier system of a bundle rendered from a vault record;
	// the value is the patient's handle.
	HandleSystem = "urn:medmarket:vault-handle"
)

var loincDisplay = map[string]string{
	loincHbA1c:     "Hemoglobin A1c/Hemoglobin.total in Blood",
	loincBMI:       "Body mass index (BMI) [Ratio]",
	loincBPPanel:   "Blood pressure panel with all children optional",
	loincSystolic:  "Systolic blood pressure",
	loincDiastolic: "Diastolic blood pressure",
	loincLDLCalc:   "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation",
	loincSteps24h:  "Number of steps in 24 hour Measured",
	loincHeartRate: "Heart rate",
	loincRestingHR: "Heart rate --resting",
	loincSleep:     "Sleep duration",
}

// RenderBundle renders a vault record as a FHIR R4 collection Bundle: the Patient, one
// Condition per code, the latest labs and vitals, one MedicationStatement per drug, the
// encounters (only the latest dated), and the daily wearable summaries as one step total,
// one resting heart rate and one sleep duration per day. Importing it gives back the record.
func RenderBundle(p *Patient) []byte {
	return renderBundle(nil, p, nil, 0)
}

// renderBundle appends the bundle of p; rec, when set, adds what a synthetic patient's
// source data shows beyond the record (encounter dates, heart-rate samples, lab dates).
func renderBundle(dst []byte, p *Patient, rec *synthRecord, seed int64) []byte {
	r, _ := parseRef(p.Ref)
	entry := 0
	uuid := func(b []byte, n int) []byte {
		u := r
		u[14] ^= byte(n >> 8)
		u[15] ^= byte(n)
		u[6] = u[6]&0x0f | 0x40
		u[8] = u[8]&0x3f | 0x80
		var h [32]byte
		hex.Encode(h[:], u[:])
		b = append(b, "urn:uuid:"...)
		b = append(b, h[0:8]...)
		b = append(b, '-')
		b = append(b, h[8:12]...)
		b = append(b, '-')
		b = append(b, h[12:16]...)
		b = append(b, '-')
		b = append(b, h[16:20]...)
		b = append(b, '-')
		return append(b, h[20:32]...)
	}
	var subject []byte
	subject = append(subject, `"subject":{"reference":"`...)
	subject = uuid(subject, 0)
	subject = append(subject, `"}`...)
	begin := func(b []byte, typ string) []byte {
		if entry > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"fullUrl":"`...)
		b = uuid(b, entry)
		entry++
		b = append(b, `","resource":{"resourceType":"`...)
		b = append(b, typ...)
		return append(b, `",`...)
	}
	end := func(b []byte) []byte { return append(b, "}}"...) }

	stamp := time.Now().UTC()
	if rec != nil {
		stamp = SyntheticEpoch
	}
	b := append(dst, `{"resourceType":"Bundle","type":"collection","timestamp":"`...)
	b = stamp.AppendFormat(b, time.RFC3339)
	b = append(b, `","entry":[`...)

	// Patient.
	b = begin(b, "Patient")
	b = append(b, `"id":"`...)
	b = append(b, p.Ref...)
	b = append(b, `","identifier":[{"system":"`...)
	if rec != nil {
		b = append(b, SyntheticSystem...)
		b = append(b, `","value":"`...)
		b = strconv.AppendInt(b, seed, 10)
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(rec.index), 10)
	} else {
		b = append(b, HandleSystem...)
		b = append(b, `","value":"`...)
		b = append(b, p.Ref...)
	}
	b = append(b, `"}]`...)
	switch p.Sex {
	case SexFemale, SexMale:
		b = append(b, `,"gender":"`...)
		b = append(b, p.Sex...)
		b = append(b, '"')
	default:
		b = append(b, `,"gender":"unknown"`...)
	}
	if !p.BirthDate.IsZero() {
		b = append(b, `,"birthDate":"`...)
		b = p.BirthDate.AppendFormat(b, time.DateOnly)
		b = append(b, '"')
	}
	b = end(b)

	// Conditions: each ICD-10 code with its SNOMED CT concept when known, then SNOMED CT
	// codes not covered.
	covered := map[string]bool{}
	condition := func(b []byte, icd, sct, icdName, sctName string) []byte {
		b = begin(b, "Condition")
		b = append(b, `"clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},"verificationStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-ver-status","code":"confirmed"}]},"code":{"coding":[`...)
		if icd != "" {
			b = coding(b, systemICD10C, icd, icdName)
		}
		if sct != "" {
			if icd != "" {
				b = append(b, ',')
			}
			b = coding(b, systemSNOMED, sct, sctName)
		}
		b = append(b, "]},"...)
		b = append(b, subject...)
		return end(b)
	}
	for _, c := range p.Conditions {
		s, ok := snomedOf[c]
		if ok && contains(p.Snomed, s.code) {
			covered[s.code] = true
			b = condition(b, c, s.code, s.icdDisplay, s.display)
		} else {
			b = condition(b, c, "", "", "")
		}
	}
	for _, s := range p.Snomed {
		if !covered[s] {
			b = condition(b, "", s, "", "")
		}
	}

	// Labs and vitals, on the lab date (synthetic) or the latest encounter.
	when := p.LastEncounter
	if rec != nil {
		when = rec.labDate
	}
	observation := func(b []byte, code, category string) []byte {
		b = begin(b, "Observation")
		b = append(b, `"status":"final","category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"`...)
		b = append(b, category...)
		b = append(b, `"}]}],"code":{"coding":[`...)
		b = coding(b, systemLOINC, code, loincDisplay[code])
		b = append(b, "]},"...)
		return append(b, subject...)
	}
	effective := func(b []byte, t time.Time) []byte {
		if t.IsZero() {
			return b
		}
		b = append(b, `,"effectiveDateTime":"`...)
		b = t.AppendFormat(b, time.DateOnly)
		return append(b, '"')
	}
	lab := func(b []byte, code, category string, v float64, unit string) []byte {
		if math.IsNaN(v) {
			return b
		}
		b = observation(b, code, category)
		b = effective(b, when)
		b = append(b, `,"valueQuantity":`...)
		b = quantityJSON(b, v, unit)
		return end(b)
	}
	b = lab(b, loincHbA1c, "laboratory", p.HbA1c, "%")
	b = lab(b, loincBMI, "vital-signs", p.BMI, "kg/m2")
	if !math.IsNaN(p.Systolic) || !math.IsNaN(p.Diastolic) {
		b = observation(b, loincBPPanel, "vital-signs")
		b = effective(b, when)
		b = append(b, `,"component":[`...)
		first := true
		for _, c := range []struct {
			code string
			v    float64
		}{{loincSystolic, p.Systolic}, {loincDiastolic, p.Diastolic}} {
			if math.IsNaN(c.v) {
				continue
			}
			if !first {
				b = append(b, ',')
			}
			first = false
			b = append(b, `{"code":{"coding":[`...)
			b = coding(b, systemLOINC, c.code, loincDisplay[c.code])
			b = append(b, `]},"valueQuantity":`...)
			b = quantityJSON(b, c.v, "mm[Hg]")
			b = append(b, '}')
		}
		b = append(b, ']')
		b = end(b)
	}
	b = lab(b, loincLDLCalc, "laboratory", p.LDL, "mmol/L")

	// Medications: RxNorm and ATC codes side by side when the lists pair up.
	medication := func(b []byte, rx, atc string) []byte {
		b = begin(b, "MedicationStatement")
		b = append(b, `"status":"active","medicationCodeableConcept":{"coding":[`...)
		if rx != "" {
			b = coding(b, systemRxNorm, rx, "")
		}
		if atc != "" {
			if rx != "" {
				b = append(b, ',')
			}
			b = coding(b, systemATC, atc, "")
		}
		b = append(b, "]},"...)
		b = append(b, subject...)
		return end(b)
	}
	if len(p.RxNorm) == len(p.ATC) {
		for i := range p.RxNorm {
			b = medication(b, p.RxNorm[i], p.ATC[i])
		}
	} else {
		for _, rx := range p.RxNorm {
			b = medication(b, rx, "")
		}
		for _, atc := range p.ATC {
			b = medication(b, "", atc)
		}
	}

	// Encounters.
	encounter := func(b []byte, start time.Time) []byte {
		b = begin(b, "Encounter")
		b = append(b, `"status":"finished","class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB","display":"ambulatory"},`...)
		b = append(b, subject...)
		if !start.IsZero() {
			b = append(b, `,"period":{"start":"`...)
			b = start.AppendFormat(b, time.DateOnly)
			b = append(b, `"}`...)
		}
		return end(b)
	}
	if rec != nil {
		for _, t := range rec.encounters {
			b = encounter(b, t)
		}
	} else {
		for i := 0; i < p.Encounters; i++ {
			var t time.Time
			if i == p.Encounters-1 {
				t = p.LastEncounter
			}
			b = encounter(b, t)
		}
	}

	// Fitness-tracker days.
	for i, d := range p.Daily {
		if d.Steps >= 0 {
			b = observation(b, loincSteps24h, "activity")
			b = effective(b, d.Date)
			b = append(b, `,"valueQuantity":`...)
			b = quantityJSON(b, float64(d.Steps), "/d")
			b = end(b)
		}
		if !math.IsNaN(d.RestingHR) {
			if rec != nil && i < len(rec.hrSamples) {
				for k, v := range rec.hrSamples[i] {
					b = observation(b, loincHeartRate, "vital-signs")
					b = append(b, `,"effectiveDateTime":"`...)
					b = d.Date.Add(time.Duration(7+6*k)*time.Hour).AppendFormat(b, time.RFC3339)
					b = append(b, `","valueQuantity":`...)
					b = quantityJSON(b, v, "/min")
					b = end(b)
				}
			} else {
				b = observation(b, loincRestingHR, "vital-signs")
				b = effective(b, d.Date)
				b = append(b, `,"valueQuantity":`...)
				b = quantityJSON(b, d.RestingHR, "/min")
				b = end(b)
			}
		}
		if d.SleepMinutes >= 0 {
			wake := d.Date.Add(7 * time.Hour)
			b = observation(b, loincSleep, "activity")
			b = append(b, `,"effectivePeriod":{"start":"`...)
			b = wake.Add(-time.Duration(d.SleepMinutes)*time.Minute).AppendFormat(b, time.RFC3339)
			b = append(b, `","end":"`...)
			b = wake.AppendFormat(b, time.RFC3339)
			b = append(b, `"},"valueQuantity":`...)
			b = quantityJSON(b, float64(d.SleepMinutes), "min")
			b = end(b)
		}
	}
	return append(b, "]}"...)
}

// coding appends a Coding; display may be empty.
func coding(b []byte, system, code, display string) []byte {
	b = append(b, `{"system":"`...)
	b = append(b, system...)
	b = append(b, `","code":"`...)
	b = append(b, code...)
	if display != "" {
		b = append(b, `","display":"`...)
		b = append(b, display...)
	}
	return append(b, `"}`...)
}

// quantityJSON appends a UCUM Quantity.
func quantityJSON(b []byte, v float64, ucum string) []byte {
	b = append(b, `{"value":`...)
	b = strconv.AppendFloat(b, v, 'f', -1, 64)
	b = append(b, `,"unit":"`...)
	b = append(b, ucum...)
	b = append(b, `","system":"http://unitsofmeasure.org","code":"`...)
	b = append(b, ucum...)
	return append(b, `"}`...)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

package compute

import "strings"

// FHIR code systems the importer reads.
const (
	systemLOINC  = "http://loinc.org"
	systemUCUM   = "http://unitsofmeasure.org"
	systemICD10  = "http://hl7.org/fhir/sid/icd-10"
	systemICD10C = "http://hl7.org/fhir/sid/icd-10-cm"
	systemSNOMED = "http://snomed.info/sct"
	systemRxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm"
	systemATC    = "http://www.whocc.no/atc"
)

// LOINC codes the importer projects into the record.
const (
	loincHbA1c      = "4548-4"  // Hemoglobin A1c/Hemoglobin.total in Blood, %
	loincHbA1cIFCC  = "59261-8" // Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol, mmol/mol
	loincBMI        = "39156-5" // Body mass index (BMI) [Ratio]
	loincSystolic   = "8480-6"  // Systolic blood pressure
	loincDiastolic  = "8462-4"  // Diastolic blood pressure
	loincBPPanel    = "85354-9" // Blood pressure panel with all children optional
	loincBPPanelOld = "55284-4" // Blood pressure systolic and diastolic
	loincLDLCalc    = "13457-7" // Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation
	loincLDLDirect  = "18262-6" // Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct assay
	loincLDLMass    = "2089-1"  // Cholesterol in LDL [Mass/volume] in Serum or Plasma
	loincLDLMolar   = "22748-8" // Cholesterol in LDL [Moles/volume] in Serum or Plasma
	loincSteps24h   = "41950-7" // Number of steps in 24 hour Measured
	loincSteps      = "55423-8" // Number of steps in unspecified time Pedometer
	loincHeartRate  = "8867-4"  // Heart rate
	loincRestingHR  = "40443-4" // Heart rate --resting
	loincSleep      = "93832-4" // Sleep duration
)

// loincKind says what the importer does with an observation.
type loincKind int

const (
	kindMeasure   loincKind = iota // a lab or vital sign: the latest value is kept
	kindSteps24h                   // a day's step total
	kindSteps                      // steps in an interval, summed per day
	kindHeartRate                  // a heart-rate sample: the day's lowest is its resting rate
	kindRestingHR                  // a day's resting heart rate
	kindSleep                      // sleep in a night, summed per day it ends
	kindBPPanel                    // a blood pressure panel: read its components
)

// loincSpec is a LOINC code the importer reads: the record field it feeds, and the UCUM units
// it accepts with the factor to the record's unit.
type loincSpec struct {
	kind    loincKind
	measure int // measurements index, for kindMeasure
	units   []unitConv
	// ifcc: the value is HbA1c in mmol/mol (IFCC), converted to NGSP %.
	ifcc bool
}

type unitConv struct {
	code   string
	factor float64
}

// mgdlLDL converts LDL cholesterol from mg/dL to mmol/L.
const mgdlLDL = 1 / 38.67

var ldlUnits = []unitConv{{"mmol/L", 1}, {"mg/dL", mgdlLDL}}

var loincSpecs = map[string]loincSpec{
	loincHbA1c:      {kind: kindMeasure, measure: 0, units: []unitConv{{"%", 1}}},
	loincHbA1cIFCC:  {kind: kindMeasure, measure: 0, units: []unitConv{{"mmol/mol", 1}}, ifcc: true},
	loincBMI:        {kind: kindMeasure, measure: 1, units: []unitConv{{"kg/m2", 1}}},
	loincSystolic:   {kind: kindMeasure, measure: 2, units: []unitConv{{"mm[Hg]", 1}}},
	loincDiastolic:  {kind: kindMeasure, measure: 3, units: []unitConv{{"mm[Hg]", 1}}},
	loincLDLCalc:    {kind: kindMeasure, measure: 4, units: ldlUnits},
	loincLDLDirect:  {kind: kindMeasure, measure: 4, units: ldlUnits},
	loincLDLMass:    {kind: kindMeasure, measure: 4, units: ldlUnits},
	loincLDLMolar:   {kind: kindMeasure, measure: 4, units: []unitConv{{"mmol/L", 1}}},
	loincBPPanel:    {kind: kindBPPanel},
	loincBPPanelOld: {kind: kindBPPanel},
	loincSteps24h:   {kind: kindSteps24h, units: []unitConv{{"/d", 1}, {"{steps}/d", 1}, {"{steps}", 1}, {"/(24.h)", 1}, {"1/d", 1}}},
	loincSteps:      {kind: kindSteps, units: []unitConv{{"{steps}", 1}, {"{step}", 1}, {"1", 1}}},
	loincHeartRate:  {kind: kindHeartRate, units: []unitConv{{"/min", 1}, {"{beats}/min", 1}, {"{beat}/min", 1}}},
	loincRestingHR:  {kind: kindRestingHR, units: []unitConv{{"/min", 1}, {"{beats}/min", 1}, {"{beat}/min", 1}}},
	loincSleep:      {kind: kindSleep, units: []unitConv{{"h", 60}, {"min", 1}}},
}

// expects lists a spec's units for messages.
func (s *loincSpec) expects() string {
	names := make([]string, len(s.units))
	for i, u := range s.units {
		names[i] = u.code
	}
	return strings.Join(names, " or ")
}

// ifccToNGSP converts HbA1c from IFCC mmol/mol to NGSP % (the IFCC-NGSP master equation).
func ifccToNGSP(mmolPerMol float64) float64 { return 0.09148*mmolPerMol + 2.152 }

// wearableLOINC reports whether a LOINC kind is fitness-tracker data.
func (k loincKind) wearable() bool { return k >= kindSteps24h && k <= kindSleep }

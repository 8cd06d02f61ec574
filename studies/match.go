package studies

import (
	"fmt"

	"github.com/medmarket/medmarket/marketplace"
)

// covers says which primary DUO uses each permission term allows, following the DUO
// hierarchy: no restriction allows everything; general research use allows health/medical/
// biomedical, disease-specific and population-origins research; HMB allows disease-specific.
var covers = map[string][]string{
	"DUO:0000004": {"DUO:0000004", "DUO:0000042", "DUO:0000006", "DUO:0000007", "DUO:0000011"},
	"DUO:0000042": {"DUO:0000042", "DUO:0000006", "DUO:0000007", "DUO:0000011"},
	"DUO:0000006": {"DUO:0000006", "DUO:0000007"},
	"DUO:0000007": {"DUO:0000007"},
	"DUO:0000011": {"DUO:0000011"},
}

// satisfiedBy lists, for a restriction a patient requires, the study modifiers that honour
// it: "not for profit, non commercial use only" honours both of its halves.
var satisfiedBy = map[string][]string{
	"DUO:0000045": {"DUO:0000045", "DUO:0000018"},
	"DUO:0000046": {"DUO:0000046", "DUO:0000018"},
}

// ValidatePreferences checks a patient's consent preferences.
func (Rules) ValidatePreferences(pr marketplace.ConsentPreferences) error {
	if len(pr.Permitted) == 0 {
		return marketplace.FieldError("preferences.permitted", "needs at least one DUO permission term (NRES, GRU, HMB, DS or POA)")
	}
	for i, c := range pr.Permitted {
		if t, ok := DUO[c]; !ok || !t.Primary {
			return marketplace.FieldError(fmt.Sprintf("preferences.permitted[%d]", i), "must be a DUO permission term: DUO:0000004, DUO:0000042, DUO:0000006, DUO:0000007 or DUO:0000011")
		}
	}
	for i, c := range pr.Required {
		if t, ok := DUO[c]; !ok || t.Primary {
			return marketplace.FieldError(fmt.Sprintf("preferences.required[%d]", i), "must be a DUO modifier term, e.g. DUO:0000046 (non-commercial use only)")
		}
	}
	return nil
}

// DataUsePermitted reports whether a study declaring dataUse may be offered to a patient with
// these preferences: each research use the study declares is allowed by one of the patient's
// permissions, each restriction the patient requires is one the study declares it honours,
// and a patient who prohibits population-origins research is not offered a POA study.
func (Rules) DataUsePermitted(pr marketplace.ConsentPreferences, dataUse []string) bool {
	declared := map[string]bool{}
	for _, c := range dataUse {
		declared[c] = true
	}
	for _, c := range dataUse {
		if !DUO[c].Primary {
			continue
		}
		allowed := false
		for _, p := range pr.Permitted {
			for _, u := range covers[p] {
				allowed = allowed || u == c
			}
		}
		if !allowed {
			return false
		}
	}
	for _, req := range pr.Required {
		if req == "DUO:0000044" { // population origins or ancestry research prohibited
			if declared["DUO:0000011"] {
				return false
			}
			continue
		}
		ok := declared[req]
		for _, alt := range satisfiedBy[req] {
			ok = ok || declared[alt]
		}
		if !ok {
			return false
		}
	}
	return true
}

package studies

import (
	"testing"

	"github.com/medmarket/medmarket/marketplace"
)

func TestDataUseMatching(t *testing.T) {
	const (
		nres, gru, hmb, ds, poa = "DUO:0000004", "DUO:0000042", "DUO:0000006", "DUO:0000007", "DUO:0000011"
		ncu, npu, npuncu, irb   = "DUO:0000046", "DUO:0000045", "DUO:0000018", "DUO:0000021"
		npoa                    = "DUO:0000044"
	)
	prefs := func(perm []string, req ...string) marketplace.ConsentPreferences {
		return marketplace.ConsentPreferences{Permitted: perm, Required: req}
	}
	cases := []struct {
		name  string
		prefs marketplace.ConsentPreferences
		use   []string
		want  bool
	}{
		{"HMB patient, disease-specific study", prefs([]string{hmb}), []string{ds}, true},
		{"HMB patient, HMB study", prefs([]string{hmb}), []string{hmb, irb}, true},
		{"DS patient, HMB study", prefs([]string{ds}), []string{hmb}, false},
		{"HMB patient, general research study", prefs([]string{hmb}), []string{gru}, false},
		{"GRU patient, ancestry study", prefs([]string{gru}), []string{poa}, true},
		{"NRES patient, anything", prefs([]string{nres}), []string{gru, poa}, true},
		{"needs non-commercial, study silent", prefs([]string{gru}, ncu), []string{hmb}, false},
		{"needs non-commercial, study NCU", prefs([]string{gru}, ncu), []string{hmb, ncu}, true},
		{"needs not-for-profit, study NPUNCU", prefs([]string{gru}, npu), []string{hmb, npuncu}, true},
		{"prohibits ancestry, ancestry study", prefs([]string{nres}, npoa), []string{poa}, false},
		{"prohibits ancestry, HMB study", prefs([]string{nres}, npoa), []string{hmb}, true},
		{"needs ethics approval, study declares IRB", prefs([]string{hmb}, irb), []string{hmb, irb}, true},
	}
	for _, c := range cases {
		if got := (Rules{}).DataUsePermitted(c.prefs, c.use); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
	if err := (Rules{}).ValidatePreferences(prefs(nil)); marketplace.ErrorField(err) != "preferences.permitted" {
		t.Errorf("empty permissions: %v", err)
	}
	if err := (Rules{}).ValidatePreferences(prefs([]string{ncu})); marketplace.ErrorField(err) != "preferences.permitted[0]" {
		t.Errorf("modifier as permission: %v", err)
	}
	if err := (Rules{}).ValidatePreferences(prefs([]string{hmb}, hmb)); marketplace.ErrorField(err) != "preferences.required[0]" {
		t.Errorf("permission as requirement: %v", err)
	}
}

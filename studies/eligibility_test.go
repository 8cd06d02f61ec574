package studies

import (
	"testing"

	"github.com/medmarket/medmarket/marketplace"
)

// TestEligibilitySNOMED checks that eligibility conditions take SNOMED CT concept ids as well
// as ICD-10 codes (the vault matches both), and still refuse anything else.
func TestEligibilitySNOMED(t *testing.T) {
	p := valid()
	p.Eligibility.Conditions = []string{"E11", "44054006", "38341003"}
	if err := (Rules{}).Validate(p); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"44054007", "123", "diabetes"} {
		p.Eligibility.Conditions = []string{bad}
		if f := marketplace.ErrorField((Rules{}).Validate(p)); f != "eligibility.conditions[0]" {
			t.Errorf("%q: field %q", bad, f)
		}
	}
}

package compute

import (
	"context"
	"fmt"

	"github.com/medmarket/medmarket/marketplace"
)

// Federation is the service's view (marketplace.Vault) of several vault stores in one
// process: a patient handle belongs to the vault that issued it, and enrolment, eligibility
// and listings go to that vault. Computations never go through it: they run as jobs on each
// vault (Runtime).
type Federation []VaultNode

var (
	_ marketplace.Vault              = Federation(nil)
	_ marketplace.EligibilityChecker = Federation(nil)
)

// Enroll implements marketplace.Vault: the vault that holds patientRef enrols it.
func (f Federation) Enroll(ctx context.Context, patientRef string, studyID uint64, participant marketplace.Address) error {
	for _, n := range f {
		err := n.Vault.Enroll(ctx, patientRef, studyID, participant)
		if marketplace.ErrorCode(err) != marketplace.ENOTFOUND {
			return err
		}
	}
	return fmt.Errorf("compute.Federation.Enroll: %w", marketplace.Errorf(marketplace.ENOTFOUND, "no such patient"))
}

// Eligible implements marketplace.EligibilityChecker.
func (f Federation) Eligible(ctx context.Context, patientRef string, e marketplace.Eligibility) (bool, error) {
	for _, n := range f {
		ok, err := n.Vault.Eligible(ctx, patientRef, e)
		if marketplace.ErrorCode(err) != marketplace.ENOTFOUND {
			return ok, err
		}
	}
	return false, marketplace.Errorf(marketplace.ENOTFOUND, "no such patient")
}

// PatientRefs implements marketplace.Vault: up to n handles, taken from the vaults in turn.
func (f Federation) PatientRefs(ctx context.Context, n int) ([]string, error) {
	lists := make([][]string, len(f))
	for i, node := range f {
		var err error
		if lists[i], err = node.Vault.PatientRefs(ctx, n); err != nil {
			return nil, err
		}
	}
	out := make([]string, 0, n)
	for j := 0; len(out) < n; j++ {
		took := false
		for _, l := range lists {
			if j < len(l) && len(out) < n {
				out = append(out, l[j])
				took = true
			}
		}
		if !took {
			break
		}
	}
	return out, nil
}

// PatientCount implements marketplace.Vault.
func (f Federation) PatientCount(ctx context.Context) (int, error) {
	total := 0
	for _, n := range f {
		c, err := n.Vault.PatientCount(ctx)
		if err != nil {
			return 0, err
		}
		total += c
	}
	return total, nil
}

package marketplace

import "context"

// EligibilityChecker is the part of a vault that tells a patient, inside the vault, whether
// their own record meets a study's eligibility. The answer goes to the patient only.
type EligibilityChecker interface {
	Eligible(ctx context.Context, patientRef string, e Eligibility) (bool, error)
}

// MatchingStudies lists the approved studies a patient may be offered: those whose declared
// data use the patient's consent preferences permit and, when patientRef is given and the
// vault can tell, whose eligibility the patient's record meets. The researcher learns nothing
// of this: no record of the check leaves the vault and the API keeps none.
func (s *Service) MatchingStudies(ctx context.Context, pr ConsentPreferences, patientRef string) ([]*Study, error) {
	if err := s.Protocols.ValidatePreferences(pr); err != nil {
		return nil, err
	}
	n, err := s.Ledger.StudyCount(ctx)
	if err != nil {
		return nil, err
	}
	checker, _ := s.Vault.(EligibilityChecker)
	var out []*Study
	for id := n; id >= 1; id-- {
		st, err := s.Study(ctx, id)
		if err != nil {
			return nil, err
		}
		if st.Status != StatusRecruiting || st.Protocol == nil || !s.Protocols.DataUsePermitted(pr, st.Protocol.DataUse) {
			continue
		}
		if patientRef != "" && checker != nil {
			ok, err := checker.Eligible(ctx, patientRef, st.Protocol.Eligibility)
			if err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
		}
		out = append(out, st)
	}
	return out, nil
}

package marketplace

import (
	"context"
	"math/big"
	"time"
)

// AccessEntry is one computation that read a patient's record.
type AccessEntry struct {
	StudyID   uint64
	QueryID   string
	QueryHash Hash
	Time      time.Time
}

// AccessLogs reads a patient's own access log from their vault.
type AccessLogs interface {
	AccessLog(ctx context.Context, patientRef string) ([]AccessEntry, error)
}

// Reward is what one of a patient's pseudonymous study addresses holds.
type Reward struct {
	Participant Address
	Balance     *big.Int
}

// PatientData is a patient's own view: each computation that used their data, and the
// rewards their study addresses hold.
type PatientData struct {
	Accesses []AccessEntry
	Rewards  []Reward
}

// MaxPatientAddresses bounds the study addresses one request may ask about.
const MaxPatientAddresses = 100

// PatientView returns a patient's own view. patientRef is the handle their vault issued them,
// which only they hold; participants are their own per-study addresses (derived from their
// master key on their device), for the rewards.
func (s *Service) PatientView(ctx context.Context, patientRef string, participants []Address) (*PatientData, error) {
	if s.AccessLogs == nil {
		return nil, Errorf(EFORBIDDEN, "this server has no vault to read access logs from")
	}
	if len(participants) > MaxPatientAddresses {
		return nil, FieldError("participants", "at most %d addresses", MaxPatientAddresses)
	}
	log, err := s.AccessLogs.AccessLog(ctx, patientRef)
	if err != nil {
		return nil, err
	}
	out := &PatientData{Accesses: log}
	for _, p := range participants {
		b, err := s.Ledger.Balance(ctx, p)
		if err != nil {
			return nil, err
		}
		out.Rewards = append(out.Rewards, Reward{Participant: p, Balance: b})
	}
	return out, nil
}

package graphql

import (
	"context"
	"fmt"
	"strconv"
	"time"

	gql "github.com/graph-gophers/graphql-go"

	"github.com/medmarket/medmarket/marketplace"
)

// MyData returns a patient's own view.
func (r *Resolver) MyData(ctx context.Context, args struct {
	PatientRef   string
	Participants *[]string
}) (*patientDataResolver, error) {
	var addrs []marketplace.Address
	for i, s := range list(args.Participants) {
		a, err := marketplace.ParseAddress(fmt.Sprintf("participants[%d]", i), s)
		if err != nil {
			return nil, edge(ctx, "myData", err)
		}
		addrs = append(addrs, a)
	}
	d, err := r.svc.PatientView(ctx, args.PatientRef, addrs)
	if err != nil {
		if marketplace.ErrorCode(err) != marketplace.EINTERNAL {
			marketplace.Refused(ctx, nil, "myData", err)
		}
		return nil, edge(ctx, "myData", err)
	}
	return &patientDataResolver{d}, nil
}

type patientDataResolver struct{ d *marketplace.PatientData }

func (p *patientDataResolver) Accesses() []accessResolver {
	out := make([]accessResolver, len(p.d.Accesses))
	for i, a := range p.d.Accesses {
		out[i] = accessResolver{a}
	}
	return out
}

func (p *patientDataResolver) Rewards() []rewardResolver {
	out := make([]rewardResolver, len(p.d.Rewards))
	for i, r := range p.d.Rewards {
		out[i] = rewardResolver{r}
	}
	return out
}

type accessResolver struct{ a marketplace.AccessEntry }

func (a accessResolver) StudyId() gql.ID   { return gql.ID(strconv.FormatUint(a.a.StudyID, 10)) }
func (a accessResolver) Query() string     { return a.a.QueryID }
func (a accessResolver) QueryHash() string { return a.a.QueryHash.Hex() }
func (a accessResolver) At() string        { return a.a.Time.UTC().Format(time.RFC3339) }

type rewardResolver struct{ r marketplace.Reward }

func (r rewardResolver) Participant() string { return r.r.Participant.Hex() }
func (r rewardResolver) Balance() string     { return r.r.Balance.String() }

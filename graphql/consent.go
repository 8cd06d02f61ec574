package graphql

import (
	"context"

	gql "github.com/graph-gophers/graphql-go"

	"github.com/medmarket/medmarket/marketplace"
)

// ConsentValid reports whether participant's consent to a study is valid now, as the chain
// says: what a patient's page shows next to each study.
func (r *Resolver) ConsentValid(ctx context.Context, args struct {
	StudyID     gql.ID
	Participant string
}) (bool, error) {
	id, err := parseID("studyId", args.StudyID)
	if err != nil {
		return false, edge(ctx, "consentValid", err)
	}
	p, err := marketplace.ParseAddress("participant", args.Participant)
	if err != nil {
		return false, edge(ctx, "consentValid", err)
	}
	ok, err := r.svc.Ledger.ConsentValid(ctx, id, []marketplace.Address{p})
	if err != nil {
		return false, edge(ctx, "consentValid", err)
	}
	return len(ok) == 1 && ok[0], nil
}

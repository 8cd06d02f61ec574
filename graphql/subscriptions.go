package graphql

import (
	"context"
	"net/http"
	"strconv"
	"time"

	gql "github.com/graph-gophers/graphql-go"
	"github.com/graph-gophers/graphql-transport-ws/graphqlws"

	"github.com/medmarket/medmarket/marketplace"
)

type eventResolver struct{ e marketplace.StudyEvent }

func (e eventResolver) StudyId() gql.ID { return gql.ID(strconv.FormatUint(e.e.StudyID, 10)) }
func (e eventResolver) Kind() string    { return e.e.Kind }
func (e eventResolver) Status() string  { return string(e.e.Status) }
func (e eventResolver) At() string      { return e.e.At.Format(time.RFC3339Nano) }

// StudyChanged streams study events, optionally for one study.
func (r *Resolver) StudyChanged(ctx context.Context, args struct{ StudyID *gql.ID }) (<-chan eventResolver, error) {
	var only uint64
	if args.StudyID != nil {
		id, err := parseID("studyId", *args.StudyID)
		if err != nil {
			return nil, edge(ctx, "studyChanged", err)
		}
		only = id
	}
	if r.svc.Events == nil {
		return nil, edge(ctx, "studyChanged", marketplace.Errorf(marketplace.EFORBIDDEN, "subscriptions are not enabled on this server"))
	}
	in := r.svc.Events.Subscribe(ctx)
	out := make(chan eventResolver)
	go func() {
		defer close(out)
		for ev := range in {
			if only != 0 && ev.StudyID != only {
				continue
			}
			select {
			case out <- eventResolver{ev}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

// WebSocket wraps the API so that websocket upgrades speak the graphql-ws subscription
// protocol and plain requests reach the API. A session token may come in the Authorization
// header of the upgrade request.
func (a *API) WebSocket() http.Handler {
	return graphqlws.NewHandlerFunc(a.schema, a,
		graphqlws.WithReadLimit(MaxBodyBytes),
		graphqlws.WithWriteTimeout(10*time.Second),
		graphqlws.WithContextGenerator(graphqlws.ContextGeneratorFunc(func(ctx context.Context, r *http.Request) (context.Context, error) {
			if tok := bearer(r.Header.Get("Authorization")); tok != "" && a.sessions != nil {
				sess, err := a.sessions.Session(ctx, tok)
				if err != nil {
					return nil, err
				}
				return withViewer(ctx, sess), nil
			}
			return ctx, nil
		})),
	)
}

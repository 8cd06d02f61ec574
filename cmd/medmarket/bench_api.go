package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	gql "github.com/graph-gophers/graphql-go"

	"github.com/medmarket/medmarket/marketplace"
	"github.com/medmarket/medmarket/token"
)

func init() { benches["api"] = benchAPICmd }

// benchQuery is the typical read: a page of studies with their status.
const benchQuery = `{ studies(first: 20) { totalCount edges { node { id title status consents epsilonSpent epsilonBudget } } } }`

// bareSchema answers benchQuery with nothing but graph-gophers over an in-memory slice.
const bareSchema = `
schema { query: Query }
type Query { studies(first: Int = 20): StudyConnection! }
type StudyConnection { totalCount: Int! edges: [StudyEdge!]! }
type StudyEdge { node: Study! }
type Study { id: ID! title: String status: String! consents: Int! epsilonSpent: Float! epsilonBudget: Float! }
`

type bareRoot struct{ list []bareStudy }
type bareStudy struct {
	id, title, status           string
	consents                    int32
	epsilonSpent, epsilonBudget float64
}
type bareConn struct{ list []bareStudy }
type bareEdge struct{ s bareStudy }

func (r *bareRoot) Studies(args struct{ First int32 }) bareConn {
	return bareConn{r.list[:min(int(args.First), len(r.list))]}
}
func (c bareConn) TotalCount() int32 { return int32(len(c.list)) }
func (c bareConn) Edges() []bareEdge {
	out := make([]bareEdge, len(c.list))
	for i, s := range c.list {
		out[i] = bareEdge{s}
	}
	return out
}
func (e bareEdge) Node() bareStudy         { return e.s }
func (s bareStudy) ID() gql.ID             { return gql.ID(s.id) }
func (s bareStudy) Title() *string         { return &s.title }
func (s bareStudy) Status() string         { return s.status }
func (s bareStudy) Consents() int32        { return s.consents }
func (s bareStudy) EpsilonSpent() float64  { return s.epsilonSpent }
func (s bareStudy) EpsilonBudget() float64 { return s.epsilonBudget }

// bareHandler is graph-gophers' usual handler shape: decode, Exec, encode.
func bareHandler(schema *gql.Schema) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var p struct {
			Query         string         `json:"query"`
			OperationName string         `json:"operationName"`
			Variables     map[string]any `json:"variables"`
		}
		if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		resp := schema.Exec(r.Context(), p.Query, p.OperationName, p.Variables)
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(resp)
	})
}

type loadResult struct {
	RPS      float64 `json:"rps"`
	P50ms    float64 `json:"p50ms"`
	P99ms    float64 `json:"p99ms"`
	Requests int     `json:"requests"`
}

// load sends n POSTs of body with c concurrent clients and measures them.
func load(url string, body []byte, header http.Header, n, c int) (loadResult, error) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: c, MaxConnsPerHost: c}}
	lat := make([]time.Duration, n)
	var next atomic.Int64
	var firstErr atomic.Value
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < c; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				t := time.Now()
				req, _ := http.NewRequest("POST", url, bytes.NewReader(body))
				req.Header = header.Clone()
				res, err := client.Do(req)
				if err == nil {
					var out struct{ Errors []any }
					err = json.NewDecoder(res.Body).Decode(&out)
					res.Body.Close()
					if err == nil && len(out.Errors) > 0 {
						err = fmt.Errorf("errors in response: %v", out.Errors)
					}
				}
				if err != nil {
					firstErr.CompareAndSwap(nil, err)
					return
				}
				lat[i] = time.Since(t)
			}
		}()
	}
	wg.Wait()
	el := time.Since(start)
	if e := firstErr.Load(); e != nil {
		return loadResult{}, e.(error)
	}
	slices.Sort(lat)
	return loadResult{RPS: float64(n) / el.Seconds(), P50ms: ms(lat[n/2]), P99ms: ms(lat[n*99/100]), Requests: n}, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func benchAPICmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench api", flag.ContinueOnError)
	fs.SetOutput(stderr)
	nStudies := fs.Int("studies", 40, "studies registered before measuring")
	requests := fs.Int("requests", 4000, "requests per measurement")
	conc := fs.Int("concurrency", 8, "concurrent clients")
	rounds := fs.Int("rounds", 5, "measurements of each server (the median is reported)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "medmarket-bench-api-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	a, err := openApp(ctx, config{DataDir: dir, Patients: 10, Seed: 1})
	if err != nil {
		return err
	}
	defer a.Close()
	researcher := newKey()
	dom := a.svc.Ledger.Domain()
	deadline := uint64(time.Now().Add(time.Hour).Unix())
	for i := 0; i < *nStudies; i++ {
		p := demoProtocol()
		p.Title = fmt.Sprintf("Benchmark study %d", i+1)
		p.RewardPerParticipant = big.NewInt(int64(1000 + i))
		prep, err := a.svc.PrepareStudy(p)
		if err != nil {
			return err
		}
		auth, err := token.SignRegister(researcher, dom, prep.Registration, uint64(i), deadline)
		if err != nil {
			return err
		}
		if _, err := a.svc.PostStudy(ctx, p, auth); err != nil {
			return err
		}
	}
	// The bare server gets the same data, read once through the same service.
	list, _, err := a.svc.Studies(ctx, 0, *nStudies)
	if err != nil {
		return err
	}
	root := &bareRoot{}
	for _, s := range list {
		root.list = append(root.list, bareStudy{strconv.FormatUint(s.ID, 10), s.Protocol.Title, string(s.Status), int32(s.Consents),
			float64(s.EpsilonSpent) / marketplace.EpsilonScale, float64(s.EpsilonBudget) / marketplace.EpsilonScale})
	}
	bare := gql.MustParseSchema(bareSchema, root)
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ln1, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go serve(sctx, a, ln1, io.Discard, config{})
	ln2, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	bareSrv := &http.Server{Handler: bareHandler(bare)}
	go bareSrv.Serve(ln2)
	defer bareSrv.Close()

	// medmarket requests carry a session, so sign-in lookup and role checks are measured too.
	url := "http://" + ln1.Addr().String() + "/graphql"
	tok, err := apiSignIn(url, researcher)
	if err != nil {
		return err
	}
	body, _ := json.Marshal(map[string]any{"query": benchQuery})
	hdr := http.Header{"Content-Type": {"application/json"}}
	authHdr := hdr.Clone()
	authHdr.Set("Authorization", "Bearer "+tok)
	var mm, bb []loadResult
	for r := 0; r < *rounds; r++ { // alternate so both see the same machine conditions
		m, err := load(url, body, authHdr, *requests, *conc)
		if err != nil {
			return fmt.Errorf("medmarket: %w", err)
		}
		b, err := load("http://"+ln2.Addr().String()+"/", body, hdr, *requests, *conc)
		if err != nil {
			return fmt.Errorf("bare: %w", err)
		}
		mm, bb = append(mm, m), append(bb, b)
	}
	med := func(rs []loadResult) loadResult {
		slices.SortFunc(rs, func(x, y loadResult) int { return int(x.RPS - y.RPS) })
		return rs[len(rs)/2]
	}
	m, b := med(mm), med(bb)
	out := map[string]any{
		"query": benchQuery, "studies": *nStudies, "concurrency": *conc, "rounds": *rounds,
		"medmarket": m, "bare": b, "overhead": b.RPS / m.RPS, "goal": 1.25,
	}
	if *asJSON {
		return printJSON(stdout, out)
	}
	fmt.Fprintf(stdout, "typical read (a page of 20 studies with status), %d clients, median of %d rounds of %d requests\n", *conc, *rounds, *requests)
	fmt.Fprintf(stdout, "%-34s %10s %8s %8s\n", "server", "req/s", "p50 ms", "p99 ms")
	fmt.Fprintf(stdout, "%-34s %10.0f %8.2f %8.2f\n", "medmarket (session, roles, limits)", m.RPS, m.P50ms, m.P99ms)
	fmt.Fprintf(stdout, "%-34s %10.0f %8.2f %8.2f\n", "bare graph-gophers, same data", b.RPS, b.P50ms, b.P99ms)
	fmt.Fprintf(stdout, "overhead: %.2fx (goal <= 1.25x)\n", b.RPS/m.RPS)
	return nil
}

// postGraphQL sends one query and decodes its data into out.
func postGraphQL(url, query string, vars map[string]any, out any) error {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	res, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer res.Body.Close()
	var resp struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(res.Body).Decode(&resp); err != nil {
		return err
	}
	if len(resp.Errors) > 0 {
		return fmt.Errorf("%s", resp.Errors[0].Message)
	}
	return json.Unmarshal(resp.Data, out)
}

// apiSignIn signs key in through the API (Sign-In with Ethereum) and returns the session token.
func apiSignIn(url string, key *ecdsa.PrivateKey) (string, error) {
	var ch struct{ SignInChallenge string }
	if err := postGraphQL(url, `query($a: String!) { signInChallenge(address: $a) }`, map[string]any{"a": token.AddressOf(key).Hex()}, &ch); err != nil {
		return "", err
	}
	sig, err := token.PersonalSign(key, ch.SignInChallenge)
	if err != nil {
		return "", err
	}
	var out struct{ SignIn struct{ Token string } }
	if err := postGraphQL(url, `mutation($m: String!, $s: String!) { signIn(message: $m, signature: $s) { token } }`,
		map[string]any{"m": ch.SignInChallenge, "s": fmt.Sprintf("0x%x", sig)}, &out); err != nil {
		return "", err
	}
	return out.SignIn.Token, nil
}

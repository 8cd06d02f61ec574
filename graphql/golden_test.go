package graphql

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/schema.golden.json from the live schema")

// TestSchemaGolden compares the schema the server really exposes (its introspection) with the
// reviewed golden copy, so no change to the API goes unnoticed. After an intended change run
// `go test ./graphql -run Golden -update` and review the diff.
func TestSchemaGolden(t *testing.T) {
	api, err := New(nil, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	resp := api.schema.Exec(context.Background(), introspectionQuery, "", nil)
	if len(resp.Errors) > 0 {
		t.Fatal(resp.Errors)
	}
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, resp.Data, "", "  "); err != nil {
		t.Fatal(err)
	}
	pretty.WriteByte('\n')
	path := filepath.Join("testdata", "schema.golden.json")
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(path, pretty.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(want, pretty.Bytes()) {
		t.Fatalf("the exposed schema differs from %s; if intended, run go test ./graphql -run Golden -update and review the diff", path)
	}
}

const introspectionQuery = `{
  __schema {
    queryType { name }
    mutationType { name }
    types {
      kind name
      fields { name args { name type { ...T } defaultValue } type { ...T } }
      inputFields { name type { ...T } defaultValue }
      enumValues { name }
    }
  }
}
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`

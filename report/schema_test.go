package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// reportSchema compiles schema/report.schema.json, the documented shape of
// `claimcheck compare --format json`.
func reportSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "schema", "report.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("schema/report.schema.json: %v", err)
	}
	c := jsonschema.NewCompiler()
	const loc = "report.schema.json"
	if err := c.AddResource(loc, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(loc)
	if err != nil {
		t.Fatalf("schema/report.schema.json: %v", err)
	}
	return sch
}

func TestJSONMatchesSchema(t *testing.T) {
	sch := reportSchema(t)
	seeds, err := seedsReport()
	if err != nil {
		t.Fatal(err)
	}
	reports := map[string]*Report{"seeds": seeds, "mismatch": mismatchFormats(t), "sample": sample()}
	for name, r := range reports {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := (JSON{}).Render(&buf, r, Options{}); err != nil {
				t.Fatal(err)
			}
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			if err := sch.Validate(inst); err != nil {
				t.Errorf("the JSON report does not match schema/report.schema.json: %v", err)
			}
		})
	}
}

// TestSchemaRejects checks that the schema is not vacuous: reports with a
// renamed field, an unknown verdict or a missing claim field fail.
func TestSchemaRejects(t *testing.T) {
	sch := reportSchema(t)
	var buf bytes.Buffer
	if err := (JSON{}).Render(&buf, sample(), Options{}); err != nil {
		t.Fatal(err)
	}
	good := buf.String()
	for name, bad := range map[string]string{
		"renamed field":          strings.Replace(good, `"findings"`, `"results"`, 1),
		"unknown verdict":        strings.Replace(good, `"number_mismatch"`, `"contradiction"`, 1),
		"claim lacks doc":        strings.Replace(good, `"doc":`, `"document":`, 1),
		"bad qualifier":          strings.Replace(good, `"qualifier":"exact"`, `"qualifier":"precisely"`, 1),
		"warning lacks its text": strings.Replace(good, `"warning":"front`, `"message":"front`, 1),
		"warning on line 0":      strings.Replace(good, `"line":2,"warning"`, `"line":0,"warning"`, 1),
		"published_at a date":    strings.Replace(good, `"published_at":"2023-02-06T14:30:00+03:00"`, `"published_at":"2023-02-06"`, 1),
	} {
		if bad == good {
			t.Fatalf("%s: the replacement did not apply", name)
		}
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := sch.Validate(inst); err == nil {
			t.Errorf("%s: the schema accepts it", name)
		}
	}
}

// TestSchemaKindsAreTheTable checks that the schema lists the claim kinds
// of the kind table (claims.Kinds), in its order.
func TestSchemaKindsAreTheTable(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "schema", "report.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Definitions struct {
			Kind struct {
				Enum []string `json:"enum"`
			} `json:"kind"`
		} `json:"definitions"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, k := range claims.Kinds() {
		want = append(want, k.String())
	}
	if diff := cmp.Diff(want, doc.Definitions.Kind.Enum); diff != "" {
		t.Errorf("schema definitions.kind enum mismatch (-kind table +schema):\n%s", diff)
	}
}

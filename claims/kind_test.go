package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestKindTable checks that every kind has a complete entry and that its
// name reads back as the kind.
func TestKindTable(t *testing.T) {
	ks := Kinds()
	if len(ks) != int(Magnitude) {
		t.Fatalf("%d kinds in the table, want %d", len(ks), Magnitude)
	}
	for _, k := range ks {
		info := k.Info()
		if info.Name == "" || info.Value == 0 {
			t.Errorf("kind %d: entry without name or value form: %+v", k, info)
		}
		back, err := ParseKind(info.Name)
		if err != nil || back != k {
			t.Errorf("ParseKind(%q) = %v, %v; want %v", info.Name, back, err, k)
		}
	}
	if _, err := ParseKind("bodies"); err == nil || !strings.Contains(err.Error(), "want one of casualties, troops") {
		t.Errorf("ParseKind(bodies) error = %v", err)
	}
	if got := strings.Join(CountKinds(), ","); got != "casualties,troops,prisoners,displaced,votes,turnout" {
		t.Errorf("CountKinds() = %s", got)
	}
}

// TestKindFramesExist checks that the frames the kind table names are
// frames of the built-in lexicon.
func TestKindFramesExist(t *testing.T) {
	e := extractor(t)
	frames := map[string]bool{}
	for _, f := range e.lex.Framing {
		frames[f.Frame] = true
	}
	for _, k := range Kinds() {
		for _, f := range k.Info().Frames {
			if !frames[f] {
				t.Errorf("kind %s names frame %q, which the lexicon lacks", k, f)
			}
		}
	}
}

// TestMeasureKindError checks that a lexicon measure naming a kind that
// is not a count kind is reported at its file and line.
func TestMeasureKindError(t *testing.T) {
	for _, kind := range []string{"bodies", "date"} {
		f := filepath.Join(t.TempDir(), "extra.yaml")
		if err := os.WriteFile(f, []byte("measures:\n  - name: deaths\n    kind: "+kind+"\n    words: [killed]\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := NewExtractor(f)
		want := f + ":2: measure \"deaths\" has kind \"" + kind + "\": want one of casualties, troops, prisoners, displaced, votes, turnout"
		if err == nil || err.Error() != want {
			t.Errorf("NewExtractor error = %v, want %q", err, want)
		}
	}
}

package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims/token"
	"github.com/google/go-cmp/cmp"
)

func TestDefaultLoads(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.Events) == 0 || len(lx.Measures) == 0 || len(lx.Entities) == 0 || len(lx.Framing) == 0 {
		t.Fatalf("built-in lexicon is missing sections: %d events, %d measures, %d entities, %d frames",
			len(lx.Events), len(lx.Measures), len(lx.Entities), len(lx.Framing))
	}
	if _, err := Compile(lx); err != nil {
		t.Fatal(err)
	}
}

func TestAddErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"measure without kind", "measures:\n  - name: deaths\n    words: [killed]\n",
			"x.yaml:2: measure \"deaths\" has no kind"},
		{"bad group role", "groups:\n  - name: crew\n    role: captain\n    words: [crew]\n",
			"x.yaml:3: group role \"captain\": want one of default, deployed, abroad"},
		{"entity without type", "entities:\n  - name: Atlantis\n    aliases: [Atlantean]\n",
			"x.yaml:2: entity \"Atlantis\" has type \"\""},
		{"unknown field", "events:\n  - type: war\n    wordz: [war]\n",
			"x.yaml:3: field wordz not found"},
		{"not yaml", "events: [\n", "x.yaml:"},
		{"event without words", "events:\n  - type: war\n", "x.yaml:2: event \"war\" has no words"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lx Lexicon
			err := lx.Add("x.yaml", []byte(tt.yaml))
			if err == nil {
				t.Fatalf("Add succeeded, want error %q", tt.want)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error = %q, want prefix %q", err, tt.want)
			}
		})
	}
}

func TestOverride(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "extra.yaml")
	err := os.WriteFile(f, []byte(`entities:
  - name: Armenia
    type: country
    aliases: [Hayastan]
  - name: Turkiye
    type: country
    aliases: [Türkiye]
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	lx, err := Default(f)
	if err != nil {
		t.Fatal(err)
	}
	var armenia *Entity
	n := 0
	for i := range lx.Entities {
		if lx.Entities[i].Name == "Armenia" {
			armenia = &lx.Entities[i]
			n++
		}
	}
	if n != 1 {
		t.Fatalf("Armenia appears %d times, want 1 (overridden)", n)
	}
	if diff := cmp.Diff([]string{"Hayastan"}, armenia.Aliases); diff != "" {
		t.Errorf("aliases mismatch (-want +got):\n%s", diff)
	}
}

func TestScanAndFuzzy(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Compile(lx)
	if err != nil {
		t.Fatal(err)
	}
	var tok token.Stream
	tok.Reset("Baku and Yerevan met over Nagorny Karabakh and the Upper -Karabakh region.")
	var names []string
	for _, h := range ix.Scan(nil, &tok) {
		if e, ok := h.Has(CatEntity); ok {
			names = append(names, lx.Entities[e.ID].Name)
		}
		if e, ok := h.Has(CatMetonym); ok {
			names = append(names, "metonym:"+lx.Entities[e.ID].Name)
		}
	}
	want := []string{"metonym:Azerbaijan", "metonym:Armenia", "Nagorno-Karabakh", "Nagorno-Karabakh", "Nagorno-Karabakh", "Nagorno-Karabakh"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("entities mismatch (-want +got):\n%s", diff)
	}

	fuzzy := []struct {
		word string
		want string
	}{
		{"pashinyian", "Nikol Pashinyan"},
		{"paschinyan", "Nikol Pashinyan"},
		{"aliyeva", ""},   // another person, not a spelling of Aliyev
		{"armenians", ""}, // an ending added is another word
		{"iraq", ""},      // too short to guess
		{"azerbajan", "Azerbaijan"},
		{"austria", ""},
	}
	for _, f := range fuzzy {
		id, ok := ix.Fuzzy(f.word)
		got := ""
		if ok {
			got = lx.Entities[id].Name
		}
		if got != f.want {
			t.Errorf("Fuzzy(%q) = %q, want %q", f.word, got, f.want)
		}
	}
}

func TestFrameWordsMerge(t *testing.T) {
	f := filepath.Join(t.TempDir(), "extra.yaml")
	if err := os.WriteFile(f, []byte("framing:\n  - frame: actors\n    words:\n      insurgents: hostile to the local population\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lx, err := Default(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, fr := range lx.Framing {
		if fr.Frame != "actors" {
			continue
		}
		for _, w := range []string{"insurgents", "separatists", "armenian population"} {
			if fr.Words[w] == "" {
				t.Errorf("actors frame lacks %q after merging: %v", w, fr.Words)
			}
		}
		return
	}
	t.Fatal("no actors frame")
}

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMistypedCommand(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"compaer": "The war in 2020 killed 6,500 people.\n"})
	if err := os.Mkdir(filepath.Join(dir, "chekc"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for _, tt := range []struct {
		arg     string
		code    int
		wantErr string // the whole of stderr when the command is unknown, else a part
		unknown bool
	}{
		{"compaer", 0, "", false}, // an existing file of that name is a path
		{"chekc", 0, "", false},   // so is a folder
		{"extarct", exitUsage, `claimcheck: unknown command "extarct": did you mean "extract"?` + "\n", true},
		{"comapre", exitUsage, `claimcheck: unknown command "comapre": did you mean "compare"?` + "\n", true},
		{"revew", exitUsage, `claimcheck: unknown command "revew": did you mean "review"?` + "\n", true},
		{"serv", exitUsage, `claimcheck: unknown command "serv": did you mean "serve"?` + "\n", true},
		{"Check", exitUsage, `claimcheck: unknown command "Check": did you mean "check"?` + "\n", true},
		{"hlp", exitUsage, `claimcheck: unknown command "hlp": did you mean "help"?` + "\n", true},
		{"nowhere", exitUsage, "nowhere: no such file or directory", false},
		{"compaer.txt", exitUsage, "compaer.txt: no such file or directory", false},
	} {
		t.Run(tt.arg, func(t *testing.T) {
			out, errs, code := claimcheck(t, "", tt.arg)
			if code != tt.code {
				t.Errorf("exit %d, want %d\n%s%s", code, tt.code, out, errs)
			}
			switch {
			case tt.unknown && errs != tt.wantErr:
				t.Errorf("stderr %q, want %q", errs, tt.wantErr)
			case tt.unknown && out != "":
				t.Errorf("stdout %q, want nothing", out)
			case !tt.unknown && strings.Contains(errs, "unknown command"):
				t.Errorf("%q taken for a command:\n%s", tt.arg, errs)
			case !tt.unknown && !strings.Contains(errs, tt.wantErr):
				t.Errorf("stderr lacks %q:\n%s", tt.wantErr, errs)
			}
		})
	}
}

// TestStdinDefault checks what a command reads with no PATH: standard
// input as one document "-" when it is a pipe or a file, the built-in
// seeds when it is a character device (a terminal, /dev/null) or not a
// file at all (the readers tests give).
func TestStdinDefault(t *testing.T) {
	const article = "The war in 2020 killed 6,500 people.\n"
	file := filepath.Join(t.TempDir(), "article.txt")
	if err := os.WriteFile(file, []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	pipe := func(t *testing.T) *os.File {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		go func() {
			w.WriteString(article)
			w.Close()
		}()
		t.Cleanup(func() { r.Close() })
		return r
	}
	open := func(name string) func(t *testing.T) *os.File {
		return func(t *testing.T) *os.File {
			f, err := os.Open(name)
			if err != nil {
				t.Skip(err)
			}
			t.Cleanup(func() { f.Close() })
			return f
		}
	}
	for _, tt := range []struct {
		name  string
		stdin func(t *testing.T) *os.File
		docs  int // documents in the report; 1 is "-"
	}{
		{"pipe", pipe, 1},
		{"file", open(file), 1},
		{"/dev/null", open(os.DevNull), 5},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := run([]string{"compare", "--format", "json"}, tt.stdin(t), &out, &errb)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errb.String())
			}
			r := decode(t, out.String())
			if len(r.Documents) != tt.docs {
				t.Fatalf("%d documents, want %d", len(r.Documents), tt.docs)
			}
			if tt.docs == 1 && r.Documents[0].ID != "-" {
				t.Errorf("document %q, want -", r.Documents[0].ID)
			}
		})
	}
	// check and extract read standard input alike.
	var out, errb bytes.Buffer
	if code := run([]string{"extract"}, pipe(t), &out, &errb); code != 0 || !strings.HasPrefix(out.String(), `{"doc":"-"`) {
		t.Errorf("extract from a pipe: exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
	out.Reset()
	errb.Reset()
	if code := run([]string{"check"}, pipe(t), &out, &errb); code != 0 || !strings.Contains(out.String(), "1 documents") {
		t.Errorf("check from a pipe: exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
	// An empty pipe is an empty document, which is skipped: not the seeds.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	defer r.Close()
	out.Reset()
	errb.Reset()
	if code := run([]string{"check"}, r, &out, &errb); code != exitUsage || !strings.Contains(errb.String(), "-: empty file") {
		t.Errorf("check from an empty pipe: exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
}

func TestCheckNoDocuments(t *testing.T) {
	empty := t.TempDir()
	others := t.TempDir()
	writeFiles(t, others, map[string]string{"notes.csv": "a,b\n"})
	for _, tt := range []struct{ name, dir string }{{"empty folder", empty}, {"no article", others}} {
		t.Run(tt.name, func(t *testing.T) {
			out, errs, code := claimcheck(t, "", "check", tt.dir)
			if code != exitUsage {
				t.Errorf("exit %d, want %d\n%s", code, exitUsage, out)
			}
			want := "claimcheck check: no documents read from " + tt.dir + ": "
			if !strings.Contains(errs, want) {
				t.Errorf("stderr lacks %q:\n%s", want, errs)
			}
		})
	}
}

func TestJobs(t *testing.T) {
	for _, tt := range []struct{ j, want int }{{-5, 0}, {0, 0}, {1, 1}, {8, 8}, {maxJobs, maxJobs}, {maxJobs + 1, maxJobs}, {1000000000, maxJobs}} {
		if got := (&inputFlags{workers: tt.j}).jobs(); got != tt.want {
			t.Errorf("-j %d: %d workers, want %d", tt.j, got, tt.want)
		}
	}
	for _, j := range []string{"1000000000", "-3"} {
		want, _, _ := claimcheck(t, "", "extract", "../../seeds")
		out, errs, code := claimcheck(t, "", "extract", "-j", j, "../../seeds")
		if code != 0 || out != want {
			t.Errorf("extract -j %s: exit %d, %d bytes (want %d): %s", j, code, len(out), len(want), errs)
		}
	}
}

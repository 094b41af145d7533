package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
)

// TestPerturb runs the perturbation suite: every testdata/perturb/*.txtar
// is a small corpus and the verdicts a careful fact-checker expects of it.
// The syntax of the files is in testdata/perturb/README.md.
func TestPerturb(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "perturb", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no cases in testdata/perturb")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			runPerturbCase(t, file)
		})
	}
}

// perturbCase is one parsed txtar case.
type perturbCase struct {
	seeds   bool            // "seeds: all": the corpus starts from ../../seeds
	known   string          // "known: reason": fails today, for this reason
	changes []perturbChange // "change FILE OLD NEW" lines
	checks  []perturbCheck  // expect and reject lines
	files   []txtar.File
}

// perturbChange says that FILE is the seed of that name with OLD replaced
// by NEW, once.
type perturbChange struct {
	line          int
	file, old, nw string
}

// perturbCheck is one expect or reject line.
type perturbCheck struct {
	line        int
	text        string // the line as written, for messages
	reject      bool
	verdict     string
	kind        string   // "" (reject only): any kind
	quotes      []string // each is a substring of some claim's quote
	framing     []string // each is some claim's framing entry ("frame:word")
	contested   string   // the finding's contested parties, "" when not checked
	uncontested bool     // the finding has no contested parties
	ordered     bool     // the quotes stand in this order in the finding's series
}

// perturbReport is the part of the JSON report the suite reads.
type perturbReport struct {
	Skipped []struct {
		Path  string `json:"path"`
		Error string `json:"error"`
	} `json:"skipped"`
	Findings []perturbFinding `json:"findings"`
}

type perturbFinding struct {
	ID        string         `json:"id"`
	Verdict   string         `json:"verdict"`
	Kind      string         `json:"kind"`
	Fact      string         `json:"fact"`
	Contested string         `json:"contested"`
	Series    []int          `json:"series"`
	Claims    []perturbClaim `json:"claims"`
}

type perturbClaim struct {
	Doc         string         `json:"doc"`
	Line        int            `json:"line"`
	Quote       string         `json:"quote"`
	Framing     perturbFraming `json:"framing"`
	Attribution string         `json:"attribution"`
}

// perturbFraming reads a claim's framing words as "frame:word" strings.
type perturbFraming []string

func (p *perturbFraming) UnmarshalJSON(b []byte) error {
	var ws []struct{ Frame, Word string }
	if err := json.Unmarshal(b, &ws); err != nil {
		return err
	}
	*p = nil
	for _, w := range ws {
		*p = append(*p, w.Frame+":"+w.Word)
	}
	return nil
}

func runPerturbCase(t *testing.T, file string) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	pc, err := parsePerturbCase(txtar.Parse(data))
	if err != nil {
		t.Fatalf("%s:%v", file, err)
	}
	dir := t.TempDir()
	if err := writePerturbCorpus(t, dir, pc); err != nil {
		t.Fatalf("%s: %v", file, err)
	}

	var out, errb bytes.Buffer
	if code := run([]string{"compare", "--format", "json", dir}, strings.NewReader(""), &out, &errb); code != exitOK {
		t.Fatalf("claimcheck exited %d, stderr:\n%s", code, errb.String())
	}
	var r perturbReport
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("decode the JSON report: %v", err)
	}
	for _, s := range r.Skipped {
		t.Errorf("document skipped: %s: %s", s.Path, s.Error)
	}

	var failures []string
	for _, c := range pc.checks {
		if msg := c.run(r.Findings); msg != "" {
			failures = append(failures, msg)
		}
	}
	switch {
	case pc.known != "" && len(failures) > 0:
		t.Skipf("known: %s\n\n%s", pc.known, strings.Join(failures, "\n\n"))
	case pc.known != "":
		t.Fatalf("marked known (%s), but every expectation holds now: remove the known: line from %s", pc.known, file)
	default:
		for _, msg := range failures {
			t.Error(msg)
		}
	}
}

// parsePerturbCase reads the header of a case. Errors start with the
// header line number, to follow the file name.
func parsePerturbCase(a *txtar.Archive) (*perturbCase, error) {
	pc := &perturbCase{files: a.Files}
	var last *perturbCheck // the expect line a contested line refines
	for i, line := range strings.Split(string(a.Comment), "\n") {
		n := i + 1
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, rest, _ := strings.Cut(line, " ")
		rest = strings.TrimSpace(rest)
		switch word {
		case "seeds:":
			if rest != "all" {
				return nil, fmt.Errorf("%d: seeds: %q: want all", n, rest)
			}
			pc.seeds = true
		case "known:":
			if rest == "" {
				return nil, fmt.Errorf("%d: known: needs a reason", n)
			}
			pc.known = rest
		case "change":
			args, err := perturbArgs(rest)
			if err != nil {
				return nil, fmt.Errorf("%d: %v", n, err)
			}
			if len(args) != 3 {
				return nil, fmt.Errorf("%d: want change FILE OLD NEW", n)
			}
			pc.changes = append(pc.changes, perturbChange{n, args[0], args[1], args[2]})
		case "expect", "reject":
			c, err := parsePerturbCheck(word == "reject", rest)
			if err != nil {
				return nil, fmt.Errorf("%d: %v", n, err)
			}
			c.line, c.text = n, line
			pc.checks = append(pc.checks, c)
			last = nil
			if !c.reject {
				last = &pc.checks[len(pc.checks)-1]
			}
		case "contested":
			if last == nil {
				return nil, fmt.Errorf("%d: contested must follow an expect line", n)
			}
			if _, _, ok := strings.Cut(rest, " vs "); !ok {
				return nil, fmt.Errorf("%d: want contested A vs B", n)
			}
			if last.uncontested {
				return nil, fmt.Errorf("%d: contested and uncontested refine one expect line", n)
			}
			last.contested = rest
			last.text += "; contested " + rest
		case "uncontested":
			if last == nil || last.contested != "" {
				return nil, fmt.Errorf("%d: uncontested must follow an expect line with no contested line", n)
			}
			if rest != "" {
				return nil, fmt.Errorf("%d: uncontested takes no arguments", n)
			}
			last.uncontested = true
			last.text += "; uncontested"
		case "ordered":
			if last == nil || len(last.quotes) < 2 {
				return nil, fmt.Errorf("%d: ordered must follow an expect line with two quotes or more", n)
			}
			if rest != "" {
				return nil, fmt.Errorf("%d: ordered takes no arguments", n)
			}
			last.ordered = true
			last.text += "; ordered"
		default:
			return nil, fmt.Errorf("%d: unknown directive %q", n, word)
		}
	}
	if len(pc.checks) == 0 {
		return nil, fmt.Errorf("1: no expect or reject line")
	}
	if !pc.seeds && len(pc.files) == 0 {
		return nil, fmt.Errorf("1: no documents: add files or seeds: all")
	}
	return pc, nil
}

// parsePerturbCheck reads "VERDICT [KIND [ARG...]]" after expect or reject.
func parsePerturbCheck(reject bool, s string) (perturbCheck, error) {
	c := perturbCheck{reject: reject}
	args, err := perturbArgs(s)
	if err != nil {
		return c, err
	}
	if len(args) == 0 {
		return c, fmt.Errorf("want a verdict")
	}
	if _, err := compare.ParseVerdict(args[0]); err != nil {
		return c, err
	}
	c.verdict = args[0]
	if len(args) < 2 {
		if !reject {
			return c, fmt.Errorf("expect needs a verdict and a kind")
		}
		return c, nil
	}
	if _, err := claims.ParseKind(args[1]); err != nil {
		return c, err
	}
	c.kind = args[1]
	for _, a := range args[2:] {
		if f, ok := strings.CutPrefix(a, "framing="); ok {
			c.framing = append(c.framing, f)
			continue
		}
		c.quotes = append(c.quotes, a)
	}
	return c, nil
}

// perturbArgs splits s into words; a word in double quotes (Go syntax) may
// hold spaces, and so may the part after "framing=".
func perturbArgs(s string) ([]string, error) {
	var args []string
	for {
		s = strings.TrimLeft(s, " \t")
		if s == "" {
			return args, nil
		}
		prefix := ""
		if strings.HasPrefix(s, "framing=\"") {
			prefix, s = "framing=", s[len("framing="):]
		}
		if s[0] == '"' {
			q, err := strconv.QuotedPrefix(s)
			if err != nil {
				return nil, fmt.Errorf("bad quoted string in %s", s)
			}
			u, _ := strconv.Unquote(q)
			args = append(args, prefix+u)
			s = s[len(q):]
			continue
		}
		word, rest, _ := strings.Cut(s, " ")
		args = append(args, word)
		s = rest
	}
}

// writePerturbCorpus writes the case's documents to dir: the seeds first
// when asked for, then the archive's files, which replace seeds of the same
// name. A file that replaces a seed must differ from it, and when a change
// line names it, be exactly the seed with that one edit.
func writePerturbCorpus(t *testing.T, dir string, pc *perturbCase) error {
	seeds := map[string][]byte{}
	if pc.seeds {
		paths, err := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
		if err != nil || len(paths) == 0 {
			return fmt.Errorf("no seeds found (%v)", err)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			seeds[filepath.Base(p)] = b
			if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644); err != nil {
				return err
			}
		}
	}
	named := map[string]bool{}
	for _, f := range pc.files {
		if !filepath.IsLocal(f.Name) || path.Clean(f.Name) != f.Name {
			return fmt.Errorf("file name %q: want a clean relative path", f.Name)
		}
		data := f.Data
		if seed, ok := seeds[f.Name]; ok {
			// txtar ends every file with a newline; the seeds do not.
			if !bytes.HasSuffix(seed, []byte("\n")) {
				data = bytes.TrimSuffix(data, []byte("\n"))
			}
			if bytes.Equal(data, seed) {
				return fmt.Errorf("%s is identical to its seed: no perturbation", f.Name)
			}
			if err := checkPerturbChanges(pc.changes, f.Name, seed, data); err != nil {
				return err
			}
			if pre, old, nw := perturbDiff(seed, data); len(old)+len(nw) < 400 {
				t.Logf("%s, byte %d: %q → %q", f.Name, pre, old, nw)
			}
		}
		named[f.Name] = true
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
	for _, ch := range pc.changes {
		if _, ok := seeds[ch.file]; !ok || !named[ch.file] {
			return fmt.Errorf("line %d: change names %s, which is not a seed replaced by a file of the archive", ch.line, ch.file)
		}
	}
	return nil
}

// checkPerturbChanges checks that data is seed with each change line about
// name applied once, and that each OLD occurs exactly once in the seed.
func checkPerturbChanges(changes []perturbChange, name string, seed, data []byte) error {
	want := string(seed)
	n := 0
	for _, ch := range changes {
		if ch.file != name {
			continue
		}
		n++
		if c := strings.Count(string(seed), ch.old); c != 1 {
			return fmt.Errorf("line %d: %q occurs %d times in seed %s: want once", ch.line, ch.old, c, name)
		}
		want = strings.Replace(want, ch.old, ch.nw, 1)
	}
	if n > 0 && want != string(data) {
		pre, old, nw := perturbDiff([]byte(want), data)
		return fmt.Errorf("%s is not its seed with the change lines applied: at byte %d the change lines give %q, the file has %q", name, pre, old, nw)
	}
	return nil
}

// perturbDiff returns the length of the common prefix of a and b and the
// parts of each between the common prefix and the common suffix.
func perturbDiff(a, b []byte) (int, string, string) {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	return p, string(a[p : len(a)-s]), string(b[p : len(b)-s])
}

// run checks one expect or reject line against the findings and returns
// "" when it holds, or what is wrong.
func (c perturbCheck) run(fs []perturbFinding) string {
	var hits []perturbFinding
	for _, f := range fs {
		if c.matches(f) {
			hits = append(hits, f)
		}
	}
	if c.reject {
		if len(hits) == 0 {
			return ""
		}
		return fmt.Sprintf("line %d: %s\n  but found:\n%s", c.line, c.text, describePerturbFindings(hits))
	}
	if len(hits) > 0 {
		return ""
	}
	// List the findings of the kind that could have been meant: those of
	// two or more documents, and single-source ones that quote a given text.
	var near []perturbFinding
	others := 0
	for _, f := range fs {
		if f.Kind != c.kind {
			continue
		}
		if f.Verdict != "single_source" || slices.ContainsFunc(f.Claims, func(cl perturbClaim) bool {
			return slices.ContainsFunc(c.quotes, func(q string) bool { return strings.Contains(cl.Quote, q) })
		}) {
			near = append(near, f)
		} else {
			others++
		}
	}
	msg := fmt.Sprintf("line %d: %s\n  no such finding; the %s findings are:\n%s", c.line, c.text, c.kind, describePerturbFindings(near))
	if others > 0 {
		msg += fmt.Sprintf("\n    and %d single_source findings that quote none of the texts", others)
	}
	return msg
}

// matches reports whether f is a finding the check speaks of.
func (c perturbCheck) matches(f perturbFinding) bool {
	if f.Verdict != c.verdict || c.kind != "" && f.Kind != c.kind {
		return false
	}
	for _, q := range c.quotes {
		if !slices.ContainsFunc(f.Claims, func(cl perturbClaim) bool { return strings.Contains(cl.Quote, q) }) {
			return false
		}
	}
	for _, fw := range c.framing {
		if !slices.ContainsFunc(f.Claims, func(cl perturbClaim) bool { return slices.Contains(cl.Framing, fw) }) {
			return false
		}
	}
	if c.contested != "" && !sameParties(c.contested, f.Contested) {
		return false
	}
	if c.uncontested && f.Contested != "" {
		return false
	}
	if c.ordered && !c.inOrder(f) {
		return false
	}
	return true
}

// inOrder reports whether the check's quotes stand in the order given
// among the finding's claims taken in the order of its series (the
// counting order of a running count), or of its claims when it has none:
// each quote is found in a claim after the claim of the quote before.
func (c perturbCheck) inOrder(f perturbFinding) bool {
	order := f.Series
	if len(order) == 0 {
		for i := range f.Claims {
			order = append(order, i)
		}
	}
	k := 0
	for _, q := range c.quotes {
		for k < len(order) && (order[k] < 0 || order[k] >= len(f.Claims) || !strings.Contains(f.Claims[order[k]].Quote, q)) {
			k++
		}
		if k == len(order) {
			return false
		}
		k++
	}
	return true
}

// sameParties compares "A vs B" lists without regard to order.
func sameParties(a, b string) bool {
	pa, pb := strings.Split(a, " vs "), strings.Split(b, " vs ")
	slices.Sort(pa)
	slices.Sort(pb)
	return slices.Equal(pa, pb)
}

func describePerturbFindings(fs []perturbFinding) string {
	if len(fs) == 0 {
		return "    (none)"
	}
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "    %s %s: %s", f.Verdict, f.Kind, f.Fact)
		if f.Contested != "" {
			fmt.Fprintf(&b, " (contested %s)", f.Contested)
		}
		if len(f.Series) > 0 {
			fmt.Fprintf(&b, " (series %v)", f.Series)
		}
		b.WriteString("\n")
		for i, cl := range f.Claims {
			fmt.Fprintf(&b, "      [%d] %s:%d %q", i, cl.Doc, cl.Line, cl.Quote)
			if len(cl.Framing) > 0 {
				fmt.Fprintf(&b, " framing %s", strings.Join(cl.Framing, ","))
			}
			if cl.Attribution != "" {
				fmt.Fprintf(&b, " according to %s", cl.Attribution)
			}
			b.WriteString("\n")
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

package claims

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/claimcheck/claimcheck/claims/load"
	"github.com/claimcheck/claimcheck/claims/norm"
)

// DocInfo describes a document of a corpus in reports.
type DocInfo struct {
	ID     string `json:"id"`
	Path   string `json:"path"`
	Title  string `json:"title"`
	Source string `json:"source"`
	URL    string `json:"url"`
	// Published is the publication date as the metadata writes it.
	Published string `json:"published"`
	// PublishedAt is the publication time in RFC 3339 (in the offset the
	// metadata gives, to the second), when the metadata gives a time of
	// day with the date; empty, and omitted from JSON, when it gives a
	// date alone, no date, or one in no known form.
	PublishedAt string `json:"published_at,omitempty"`
	// Sentences and Claims count what the document yielded.
	Sentences int `json:"sentences"`
	Claims    int `json:"claims"`
}

// MentionRecord is a number, time or duration expression found in a
// document, with where it stands: what `claimcheck extract --all` lists so
// that a reader can check why something was or was not read.
type MentionRecord struct {
	Mention norm.Kind `json:"mention"`
	Doc     string    `json:"doc"`
	// Line is the 1-based line of the file the expression starts on;
	// Start and End are its byte offsets, as for claims.
	Line  int        `json:"line"`
	Start int        `json:"start"`
	End   int        `json:"end"`
	Text  string     `json:"text"`
	Value norm.Value `json:"value"`
}

// Result is what extraction made of one input: a document with its claims
// (and its mentions, when asked for), or a skipped input.
type Result struct {
	// Info describes the document; nil when the input was skipped.
	Info     *DocInfo
	Claims   []Claim
	Mentions []MentionRecord
	// Warnings are the document's problems that did not keep it from
	// being read (load.Document.Warnings), in file order; nil when none.
	Warnings []load.Warning
	// Skip says why the input was skipped; nil for a document.
	Skip *load.Skipped
	// FromClaimsFile marks the claims of a claims file (Info names the
	// file), which name the documents they come from themselves.
	FromClaimsFile bool
}

// Corpus is what extraction learnt of a whole corpus: its documents, the
// inputs it skipped, the warnings about the documents it read and the
// claims, all in input order.
type Corpus struct {
	Documents []DocInfo
	Skipped   []load.Skipped
	Warnings  []load.Warning
	Claims    []Claim
}

// RunOptions tune Run.
type RunOptions struct {
	// Workers is how many documents are extracted at once; 0 means one
	// per core.
	Workers int
	// Mentions asks for every number, time and duration expression of
	// each document in Result.Mentions.
	Mentions bool
	// Progress, when set, is called by Collect after each document.
	Progress func()
}

// Run reads every document under paths with l, extracts its claims on
// opt.Workers goroutines, and calls each with the result of every input,
// in input order whatever the number of workers. Documents stream
// through: at most a few per worker are held at once.
func (e *Extractor) Run(l *load.Loader, paths []string, opt RunOptions, each func(*Result)) {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq int
		doc *load.Document
	}
	type result struct {
		seq int
		Result
	}
	jobs := make(chan job, workers)
	results := make(chan result, 2*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				var ms *[]MentionRecord
				var r result
				if opt.Mentions {
					ms = &r.Mentions
				}
				cs, n := e.extract(j.doc, ms)
				d := j.doc
				r.seq, r.Claims, r.Warnings = j.seq, cs, d.Warnings
				r.Info = &DocInfo{ID: d.ID, Path: d.Path, Title: d.Title, Source: d.Source,
					URL: d.URL, Published: d.Published, Sentences: n, Claims: len(cs)}
				if d.PublishedClock {
					r.Info.PublishedAt = d.PublishedTime.Format(time.RFC3339)
				}
				results <- r
			}
		}()
	}
	go func() {
		seq := 0
		lc := *l
		lc.ClaimsFile = func(path string, data []byte) error {
			// A claims file is one source of claims, in input order.
			cs, bad := ReadClaims(path, data)
			info := &DocInfo{ID: path, Path: path, Claims: len(cs)}
			results <- result{seq: seq, Result: Result{Info: info, Claims: cs, FromClaimsFile: true}}
			seq++
			for i := range bad {
				results <- result{seq: seq, Result: Result{Skip: &bad[i]}}
				seq++
			}
			return nil
		}
		lc.Walk(paths, func(d *load.Document) error {
			jobs <- job{seq, d}
			seq++
			return nil
		}, func(s load.Skipped) error {
			results <- result{seq: seq, Result: Result{Skip: &s}}
			seq++
			return nil
		})
		close(jobs)
		wg.Wait()
		close(results)
	}()
	// Hand results on in input order.
	pending := map[int]result{}
	next := 0
	for r := range results {
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			each(&p.Result)
		}
	}
}

// ExtractCorpus runs Run with workers goroutines (0: one per core) and
// gathers its results in a Corpus.
func (e *Extractor) ExtractCorpus(l *load.Loader, paths []string, workers int) *Corpus {
	return e.Collect(l, paths, RunOptions{Workers: workers})
}

// Collect runs Run with opt and gathers its results in a Corpus, calling
// opt.Progress, when set, after each document.
//
// No claim counts twice: the claims a claims file gives for a document
// that is also read from its source in the same run (a claims file saved
// next to its articles), or that an earlier claims file gave, are left
// out, with a warning on the claims file that says how many and of which
// documents.
func (e *Extractor) Collect(l *load.Loader, paths []string, opt RunOptions) *Corpus {
	c := new(Corpus)
	var files []claimsSpan
	sources := map[string]bool{}
	e.Run(l, paths, opt, func(r *Result) {
		if r.Skip != nil {
			c.Skipped = append(c.Skipped, *r.Skip)
			return
		}
		if r.FromClaimsFile {
			files = append(files, claimsSpan{len(c.Documents), len(c.Claims), len(c.Claims) + len(r.Claims)})
		} else {
			sources[r.Info.ID] = true
		}
		c.Documents = append(c.Documents, *r.Info)
		c.Warnings = append(c.Warnings, r.Warnings...)
		c.Claims = append(c.Claims, r.Claims...)
		if opt.Progress != nil {
			opt.Progress()
		}
	})
	if len(files) > 0 {
		c.dropTwice(files, sources)
	}
	return c
}

// plural writes n and the noun, in the plural unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// claimsSpan places the claims of a claims file, the document doc of a
// corpus, in its Claims: Claims[from:to].
type claimsSpan struct{ doc, from, to int }

// dropTwice leaves out the claims of claims files that are also read
// from their sources (the IDs of the documents read from theirs), or from
// an earlier claims file.
func (c *Corpus) dropTwice(files []claimsSpan, sources map[string]bool) {
	owner := map[string]int{} // document ID -> the claims file giving its claims
	keep := c.Claims[:0]
	at := 0
	for fi, f := range files {
		keep = append(keep, c.Claims[at:f.from]...)
		var twice []string
		n := 0
		for _, cl := range c.Claims[f.from:f.to] {
			o, seen := owner[cl.Doc]
			if !seen && !sources[cl.Doc] {
				owner[cl.Doc], o = fi, fi
			}
			if sources[cl.Doc] || o != fi {
				if !slices.Contains(twice, cl.Doc) {
					twice = append(twice, cl.Doc)
				}
				n++
				continue
			}
			keep = append(keep, cl)
		}
		at = f.to
		if n == 0 {
			continue
		}
		d := &c.Documents[f.doc]
		d.Claims -= n
		why := "read from its source too"
		if len(twice) > 1 {
			why = "read from their sources or an earlier claims file too"
		} else if !sources[twice[0]] {
			why = "given by an earlier claims file too"
		}
		shown := twice
		if len(shown) > 3 {
			shown = append(slices.Clone(shown[:3]), fmt.Sprintf("and %d more", len(twice)-3))
		}
		c.Warnings = append(c.Warnings, load.Warning{Path: d.Path,
			Msg: fmt.Sprintf("%s of %s, %s: left out, so that no claim counts twice", plural(n, "claim"), strings.Join(shown, ", "), why)})
	}
	keep = append(keep, c.Claims[at:]...)
	clear(c.Claims[len(keep):])
	c.Claims = keep
}

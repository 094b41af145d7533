package claims

import (
	"runtime"
	"sync"
)

// DocInfo describes a document of a corpus in reports.
type DocInfo struct {
	ID        string `json:"id"`
	Path      string `json:"path"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Published string `json:"published"`
	// Sentences and Claims count what the document yielded.
	Sentences int `json:"sentences"`
	Claims    int `json:"claims"`
}

// Corpus is what extraction learnt of a whole corpus: its documents, the
// inputs it skipped and the claims, all in input order.
type Corpus struct {
	Documents []DocInfo
	Skipped   []Skipped
	Claims    []Claim
}

// Run reads every document under paths with l, extracts its claims with
// workers goroutines (all cores when workers <= 0), and calls each for the
// result of every input in input order, whatever the number of workers.
// Documents stream through: at most a few per worker are held at once.
// Exactly one of info and skip is set in each call.
func (e *Extractor) Run(l *Loader, paths []string, workers int, each func(info *DocInfo, claims []Claim, skip *Skipped)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq int
		doc *Document
	}
	type result struct {
		seq    int
		info   *DocInfo
		claims []Claim
		skip   *Skipped
	}
	jobs := make(chan job, workers)
	results := make(chan result, 2*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				cs, n := e.extract(j.doc)
				info := &DocInfo{ID: j.doc.ID, Path: j.doc.Path, Title: j.doc.Title, Source: j.doc.Source,
					URL: j.doc.URL, Published: j.doc.Published, Sentences: n, Claims: len(cs)}
				results <- result{seq: j.seq, info: info, claims: cs}
			}
		}()
	}
	go func() {
		seq := 0
		l.Walk(paths, func(d *Document) error {
			jobs <- job{seq, d}
			seq++
			return nil
		}, func(s Skipped) error {
			results <- result{seq: seq, skip: &s}
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
			each(p.info, p.claims, p.skip)
		}
	}
}

// ExtractCorpus runs Run and gathers its results in a Corpus.
func (e *Extractor) ExtractCorpus(l *Loader, paths []string, workers int) *Corpus {
	c := new(Corpus)
	e.Run(l, paths, workers, func(info *DocInfo, claims []Claim, skip *Skipped) {
		if skip != nil {
			c.Skipped = append(c.Skipped, *skip)
			return
		}
		c.Documents = append(c.Documents, *info)
		c.Claims = append(c.Claims, claims...)
	})
	return c
}

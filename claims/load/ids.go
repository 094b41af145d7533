package load

import (
	"fmt"
	"strconv"
)

// IDs keeps the IDs of the documents of one run unique, as Walk does for
// the documents of one walk: the first document with an ID keeps it, and
// a later one is renamed, with a Warning naming the clash. Walk and
// ReadFile use one for what they read; a runner that reads files apart
// (Loader.Files, ReadFile, ReadRecord) passes every document through one
// IDs, in the order Files lists the files, to name them as Walk would.
// The zero value is empty and ready to use. An IDs is not safe for
// concurrent use.
type IDs struct {
	taken map[string]string // an ID taken → the Path of its document
	next  map[string]int    // a base ID → the next suffix to try
}

// Add gives d, a document of the file whose ID is fileID, an ID that no
// document added before has, and takes it. d keeps its ID when it is
// free. Otherwise a JSONL record is renamed to fileID, "#" and its line
// (the ID of a record without "id": "news.jsonl#3") and any other
// document to fileID; when that is taken too, a suffix "~2" (then "~3"
// ...) makes it unique. A renamed document gets a Warning, on the
// record's line for JSONL, that names the ID it had and the file of the
// document that has it.
func (s *IDs) Add(fileID string, d *Document) {
	if s.taken == nil {
		s.taken, s.next = make(map[string]string), make(map[string]int)
	}
	holder, clash := s.taken[d.ID]
	if !clash {
		s.taken[d.ID] = d.Path
		return
	}
	base, line := fileID, 0
	if d.Format == FormatJSONL {
		base, line = fileID+"#"+strconv.Itoa(d.Line), d.Line
	}
	id := base
	if _, taken := s.taken[id]; taken {
		n := max(s.next[base], 2)
		for {
			id = base + "~" + strconv.Itoa(n)
			n++
			if _, taken := s.taken[id]; !taken {
				break
			}
		}
		s.next[base] = n
	}
	s.taken[id] = d.Path
	d.warn(line, fmt.Sprintf("ID %q is already that of a document of %s: read this one as %q (give each document its own id)", d.ID, holder, id))
	d.ID = id
	d.sortWarnings()
}

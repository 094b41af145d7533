package segment

import (
	"fmt"
	"strconv"
)

// Role says what part of an article a sentence belongs to.
type Role uint8

// Roles of sentences.
const (
	RoleBody        Role = iota // running text
	RoleHeading                 // a headline or subheading: a line of its own without final punctuation
	RoleList                    // an item of a bulleted or numbered list
	RoleCaption                 // a photo caption or credit line
	RoleBoilerplate             // site furniture: copyright, subscription prompts, app badges
)

var roleNames = [...]string{
	RoleBody:        "body",
	RoleHeading:     "heading",
	RoleList:        "list",
	RoleCaption:     "caption",
	RoleBoilerplate: "boilerplate",
}

// String returns the role's name as written in JSON ("body", "heading",
// "list", "caption", "boilerplate").
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "Role(" + strconv.Itoa(int(r)) + ")"
}

// MarshalText encodes the role as its name.
func (r Role) MarshalText() ([]byte, error) {
	if int(r) >= len(roleNames) {
		return nil, fmt.Errorf("unknown sentence role %d", r)
	}
	return []byte(r.String()), nil
}

// UnmarshalText decodes a role name.
func (r *Role) UnmarshalText(b []byte) error {
	for i, n := range roleNames {
		if n == string(b) {
			*r = Role(i)
			return nil
		}
	}
	return fmt.Errorf("unknown sentence role %q", b)
}

// Sentence is one sentence of a document d (a *load.Document). Start and
// End are byte offsets into d.Text, and Text is exactly d.Text[Start:End],
// trimmed of surrounding space (no-break spaces included); it is a
// substring of the document's text, not a copy. Line is the 1-based line
// in the original file of Start (d.LineAt(Start)). Para is the 0-based
// index of the block (a run of non-blank lines, or an HTML block element)
// the sentence belongs to, counting all blocks of the document's body.
// Index is its 0-based position among the document's sentences.
type Sentence struct {
	Start, End, Line, Para, Index int
	Text                          string
	Role                          Role
}

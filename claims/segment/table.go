package segment

import (
	"fmt"
	"strings"
)

// readTable reads a sectioned word table: "[section]" lines, one entry a
// line, "#" comments and blank lines ignored. It calls fn for each entry
// with its section and line, and reports errors as "data/name:line: ...".
func readTable(name, data string, sections []string, fn func(section, entry string) error) error {
	section := ""
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		var err error
		if line[0] == '[' {
			if !strings.HasSuffix(line, "]") {
				err = fmt.Errorf("section header %q lacks its closing ]", line)
			} else {
				section = line[1 : len(line)-1]
				known := false
				for _, s := range sections {
					known = known || s == section
				}
				if !known {
					err = fmt.Errorf("unknown section [%s] (want one of %s)", section, strings.Join(sections, ", "))
				}
			}
		} else if section == "" {
			err = fmt.Errorf("entry %q before any [section] header", line)
		} else {
			err = fn(section, line)
		}
		if err != nil {
			return fmt.Errorf("data/%s:%d: %w", name, n+1, err)
		}
	}
	return nil
}

//go:build !unix

package report

import (
	"os"
	"sync"
)

var lockMu sync.Mutex

// lockFile serializes writers within this process; systems without
// flock get no lock between processes.
func lockFile(path string) (func(), error) {
	lockMu.Lock()
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o666)
	if err != nil {
		lockMu.Unlock()
		return nil, err
	}
	return func() { f.Close(); lockMu.Unlock() }, nil
}

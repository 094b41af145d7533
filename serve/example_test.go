package serve_test

import (
	"encoding/json"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"path/filepath"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/compare"
	"github.com/claimcheck/claimcheck/report"
	"github.com/claimcheck/claimcheck/serve"
)

// A review desk over a report of one finding: list the flagged findings
// through the JSON API, as the page does.
func ExampleNew() {
	r := report.New(
		[]claims.DocInfo{{ID: "a.txt", Source: "Norport Herald"}, {ID: "b.txt", Source: "Norland Courier"}},
		nil,
		[]compare.Finding{{ID: "94d6a8137565", Verdict: compare.NumberMismatch, Kind: claims.Casualties,
			Fact: "deaths (people) in the Norland floods", Confidence: 0.9,
			Claims: []claims.Claim{{Doc: "a.txt", Quote: "40 people"}, {Doc: "b.txt", Quote: "12 people"}}}})
	dir, err := os.MkdirTemp("", "claimcheck-serve")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	desk, err := serve.New(serve.Config{Report: r, ReviewFile: filepath.Join(dir, report.DefaultReviewFile),
		Addr: ln.Addr().String(), By: "ana"})
	if err != nil {
		log.Fatal(err)
	}
	go http.Serve(ln, desk)

	res, err := http.Get("http://" + ln.Addr().String() + "/api/findings?verdict=flagged")
	if err != nil {
		log.Fatal(err)
	}
	defer res.Body.Close()
	var page serve.FindingsPage
	if err := json.NewDecoder(res.Body).Decode(&page); err != nil {
		log.Fatal(err)
	}
	for _, it := range page.Items {
		fmt.Println(it.ID, it.Verdict, it.Fact, it.Sources, it.Review == nil)
	}
	// Output:
	// 94d6a8137565 number_mismatch deaths (people) in the Norland floods [Norland Courier Norport Herald] true
}

package lexicon

import (
	"slices"
	"testing"

	"github.com/claimcheck/claimcheck/claims/token"
	"github.com/google/go-cmp/cmp"
)

// owner returns the country at the top of the part_of chain of the
// entity named name ("Aleppo" → "Syria", "Mosul" → "Nineveh" → "Iraq"),
// or "" when the chain ends at a place without part_of.
func owner(byName map[string]*Entity, name string) string {
	e := byName[name]
	for hops := 0; e != nil && e.Type != TypeCountry && hops < 8; hops++ {
		e = byName[e.PartOf]
	}
	if e == nil || e.Type != TypeCountry {
		return ""
	}
	return e.Name
}

// placesRead returns the places a sentence names, as "place/country", in
// text order: the longest lexicon name at each word ("Port Sudan", not
// "Sudan"), without metonyms ("Kabul" acts for Afghanistan, it is no
// place) or demonyms ("Israeli" names a side).
func placesRead(ix *Index, byName map[string]*Entity, text string) []string {
	var tok token.Stream
	tok.Reset(text)
	type hit struct {
		i, n   int
		entity int
		place  bool
	}
	var hits []hit
	for _, h := range ix.Scan(nil, &tok) {
		if e, ok := h.Has(CatEntity); ok {
			ent := &ix.Lex.Entities[e.ID]
			hits = append(hits, hit{h.I, h.N, e.ID, !e.Demonym && (ent.Type.Territory() || ent.Type == TypeCountry)})
		} else if e, ok := h.Has(CatMetonym); ok {
			hits = append(hits, hit{h.I, h.N, e.ID, false})
		}
	}
	var out []string
	for _, h := range hits {
		covered := slices.ContainsFunc(hits, func(o hit) bool {
			return o.n > h.n && o.i <= h.i && h.i+h.n <= o.i+o.n
		})
		if covered || !h.place {
			continue
		}
		name := ix.Lex.Entities[h.entity].Name
		out = append(out, name+"/"+owner(byName, name))
	}
	return out
}

// TestPlacesOfCountries checks that provinces and cities named in news
// sentences are read as places of the right country, under any of their
// spellings, and that a longer name holding a country's name or a
// metonym is read whole.
func TestPlacesOfCountries(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Compile(lx)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]*Entity{}
	for i := range lx.Entities {
		byName[lx.Entities[i].Name] = &lx.Entities[i]
	}
	tests := []struct {
		text string
		want []string
	}{
		{"Shelling killed 14 people in Lattakia and Tartous overnight, while clashes went on near Deir al-Zour.",
			[]string{"Latakia/Syria", "Tartus/Syria", "Deir ez-Zor/Syria"}},
		{"Rescue teams in Aleppo and Idleb were still digging on the third day.",
			[]string{"Aleppo/Syria", "Idlib/Syria"}},
		{"The governor of Hatay said 3,200 buildings had collapsed in Iskenderun and Adiyaman.",
			[]string{"Hatay/Turkey", "Iskenderun/Turkey", "Adıyaman/Turkey"}},
		{"Drone attacks on Kharkov and Nikolaev left nine dead, officials in Odessa said.",
			[]string{"Kharkiv/Ukraine", "Mykolaiv/Ukraine", "Odesa/Ukraine"}},
		{"Families walked from El Fasher to Tawila as the fighting spread across North Darfur.",
			[]string{"El Fasher/Sudan", "Tawila/Sudan", "North Darfur/Sudan"}},
		{"The first aid convoy reached Port Sudan on Monday.",
			[]string{"Port Sudan/Sudan"}},
		{"Queues formed at polling stations in Benue and Plateau State, while turnout in Benin City was low.",
			[]string{"Benue/Nigeria", "Plateau State/Nigeria", "Benin City/Nigeria"}},
		{"Rebels advanced from Goma towards Bukavu in South Kivu.",
			[]string{"Goma/Democratic Republic of the Congo", "Bukavu/Democratic Republic of the Congo", "South Kivu/Democratic Republic of the Congo"}},
		{"Wildfires burned in New Mexico and across the border in Sonora.",
			[]string{"New Mexico/United States", "Sonora/Mexico"}},
		{"Officials in Kabul said the floods in Kabul Province and Helmand killed 12.",
			[]string{"Kabul Province/Afghanistan", "Helmand/Afghanistan"}},
		{"Airstrikes hit Saada and Hudaydah, while Sanaa was calm.",
			[]string{"Saada/Yemen", "Hodeidah/Yemen", "Sanaa/Yemen"}},
		{"Israeli strikes hit Tyre and Nabatieh as rockets fell on Kiryat Shmona.",
			[]string{"Tyre/Lebanon", "Nabatieh/Lebanon", "Kiryat Shmona/Israel"}},
		{"Raids in Jenin and Khan Younis left dozens dead.",
			[]string{"Jenin/Palestine", "Khan Younis/Palestine"}},
		{"Landslides in Kerala and Uttarakhand killed 60 people, and Bombay had its wettest day.",
			[]string{"Kerala/India", "Uttarakhand/India", "Mumbai/India"}},
		{"Missiles struck Belgorod and the Kursk Oblast, the governor of Bryansk said.",
			[]string{"Belgorod/Russia", "Kursk/Russia", "Bryansk/Russia"}},
		{"Fighting in Rakhine and Sagaing displaced thousands, and Rangoon was under curfew.",
			[]string{"Rakhine/Myanmar", "Sagaing/Myanmar", "Yangon/Myanmar"}},
		{"Tornadoes tore through Kentucky and Tennessee before the storm moved into Georgia.",
			[]string{"Kentucky/United States", "Tennessee/United States", "Georgia/Georgia"}},
		{"Floods in Punjab Province and in India's Punjab cut the roads to Lahore and Amritsar.",
			[]string{"Punjab Province/Pakistan", "Punjab State/India", "Lahore/Pakistan", "Amritsar/India"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, placesRead(ix, byName, tt.text)); diff != "" {
			t.Errorf("%q: places mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestPlacesOwners checks that every place of places.yaml is a region or
// city of a country, but for the few whose country the file leaves open
// (its header's choices).
func TestPlacesOwners(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]*Entity{}
	for i := range lx.Entities {
		byName[lx.Entities[i].Name] = &lx.Entities[i]
	}
	open := map[string]bool{
		"Punjab": true, // across India and Pakistan
		"Abyei":  true, // claimed by Sudan and South Sudan
		// In Western Sahara, which world.yaml gives no part_of.
		"Laayoune-Sakia El Hamra": true, "Dakhla-Oued Ed-Dahab": true, "Laayoune": true, "Dakhla": true,
	}
	n := 0
	for _, f := range readBuiltin(t) {
		if f.name != "places.yaml" {
			continue
		}
		for _, e := range f.lex.Entities {
			n++
			if got := owner(byName, e.Name); got == "" && !open[e.Name] {
				t.Errorf("places.yaml:%d: %q is part of no country", e.line, e.Name)
			} else if got != "" && open[e.Name] {
				t.Errorf("places.yaml:%d: %q is part of %s, but the file says it is part of none", e.line, e.Name, got)
			}
		}
	}
	if n == 0 {
		t.Fatal("places.yaml defines no place")
	}
}

// TestBuiltinOrder checks the load order of the embedded files: core.yaml
// first, then the countries and their places, then the others in
// alphabetical order.
func TestBuiltinOrder(t *testing.T) {
	got := Builtin()
	want := []string{"core.yaml", "world.yaml", "places.yaml"}
	if len(got) < len(want) || !slices.Equal(got[:len(want)], want) {
		t.Fatalf("Builtin() = %v, want it to start with %v", got, want)
	}
	if rest := got[len(want):]; !slices.IsSorted(rest) {
		t.Errorf("Builtin() = %v: the files after %v are not in alphabetical order", got, want)
	}
}

package titles

import (
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// labelledTitle is a title with the values a person gave it.
type labelledTitle struct {
	title, function, seniority string
}

// readLabelled reads a title,function,seniority CSV with a header. An
// empty value or "unknown" means the person left it unknown.
func readLabelled(path string) ([]labelledTitle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	records, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(records) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	col := map[string]int{}
	for i, h := range records[0] {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	for _, c := range []string{"title", "function", "seniority"} {
		if _, ok := col[c]; !ok {
			return nil, fmt.Errorf("%s: no %q column in the header", path, c)
		}
	}
	value := func(rec []string, c string) string {
		v := strings.ToLower(strings.TrimSpace(rec[col[c]]))
		if v == "unknown" {
			return ""
		}
		return v
	}
	var rows []labelledTitle
	for _, rec := range records[1:] {
		rows = append(rows, labelledTitle{rec[col["title"]], value(rec, "function"), value(rec, "seniority")})
	}
	return rows, nil
}

// labelScore compares the rules with a person's labels for one attribute.
// Coverage: of the titles the person gave a value, the share the rules
// gave a value. Agreement: of the titles the rules gave a value, the
// share where it is the person's (a value where the person said unknown
// counts as a disagreement: the rules guessed).
type labelScore struct {
	labelled, covered int // person gave a value; and so did the rules
	given, agreed     int // rules gave a value; and it is the person's
	confusion         map[[2]string]int
}

func (s *labelScore) add(want, got string) {
	if s.confusion == nil {
		s.confusion = map[[2]string]int{}
	}
	s.confusion[[2]string{want, got}]++
	if want != "" {
		s.labelled++
		if got != "" {
			s.covered++
		}
	}
	if got != "" {
		s.given++
		if got == want {
			s.agreed++
		}
	}
}

func (s *labelScore) coverage() float64  { return float64(s.covered) / float64(max(s.labelled, 1)) }
func (s *labelScore) agreement() float64 { return float64(s.agreed) / float64(max(s.given, 1)) }

// log prints the labelScore and the confusion counts, one "want → got: n" a
// line, disagreements first.
func (s *labelScore) log(t *testing.T, name string) {
	t.Helper()
	t.Logf("%s: coverage %.1f%% (%d/%d), agreement %.1f%% (%d/%d)", name,
		100*s.coverage(), s.covered, s.labelled, 100*s.agreement(), s.agreed, s.given)
	type cell struct {
		want, got string
		n         int
	}
	var cells []cell
	for k, n := range s.confusion {
		cells = append(cells, cell{k[0], k[1], n})
	}
	sort.Slice(cells, func(i, j int) bool {
		a, b := cells[i], cells[j]
		if (a.want == a.got) != (b.want == b.got) {
			return a.want != a.got
		}
		if a.n != b.n {
			return a.n > b.n
		}
		return a.want+"\x00"+a.got < b.want+"\x00"+b.got
	})
	show := func(v string) string {
		if v == "" {
			return "unknown"
		}
		return v
	}
	for _, c := range cells {
		t.Logf("  %s: %s → %s: %d", name, show(c.want), show(c.got), c.n)
	}
}

func scoreLabelled(t *testing.T, rows []labelledTitle) (function, seniority labelScore) {
	t.Helper()
	for _, row := range rows {
		got := Classify(row.title)
		function.add(row.function, got.Function)
		seniority.add(row.seniority, got.Seniority)
		if got.Function != row.function || got.Seniority != row.seniority {
			t.Logf("  differs: %q: want %s/%s, got %s/%s (%s; %s)", row.title,
				row.function, row.seniority, got.Function, got.Seniority, got.FunctionRule, got.SeniorityRule)
		}
	}
	return function, seniority
}

// TestDevSet scores the rules on testdata/dev.csv, titles written and
// labelledTitle by hand to develop the rules. Run with -v for the confusion
// counts.
var devSet = "testdata/dev.csv"

func TestDevSet(t *testing.T) {
	rows, err := readLabelled(devSet)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 250 {
		t.Errorf("dev set has %d titles, want at least 250", len(rows))
	}
	function, seniority := scoreLabelled(t, rows)
	function.log(t, "function")
	seniority.log(t, "seniority")
	for _, s := range []struct {
		name string
		s    *labelScore
	}{{"function", &function}, {"seniority", &seniority}} {
		if s.s.coverage() < 0.85 {
			t.Errorf("%s coverage %.1f%%, want at least 85%%", s.name, 100*s.s.coverage())
		}
		if s.s.agreement() < 0.92 {
			t.Errorf("%s agreement %.1f%%, want at least 92%%", s.name, 100*s.s.agreement())
		}
	}
}

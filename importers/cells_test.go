package importers

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// decodeGocsv is decodeStructs as it reads a small file: through gocsv.
func decodeGocsv[T positioned](t *table, al aliases, fn func(T)) error {
	return decodeStructsBy(t, al, nil, func(_ int, r T) { fn(r) }, false)
}

// cellsEquivalence reads text both ways, gocsv's and cellsRow's, and
// fails on any difference in the rows, their positions or the report.
func cellsEquivalence[T positioned](t *testing.T, al aliases, text string) {
	t.Helper()
	var zero T
	cr, ok := any(&zero).(cellsRow)
	if !ok {
		t.Fatalf("%T is not a cellsRow", zero)
	}
	// Every csv-tagged field is a column the row fills.
	rt := reflect.TypeOf(zero)
	for i := range rt.NumField() {
		f := rt.Field(i)
		tag := strings.Split(f.Tag.Get("csv"), ",")[0]
		if f.Anonymous || tag == "" || tag == "-" {
			continue
		}
		if !slices.Contains(cr.columns(), tag) {
			t.Errorf("%T.%s (csv:%q) is not in columns(): add it to columns and fill in cells.go", zero, f.Name, tag)
		}
	}
	match := func([]string) string { return "test" }
	read := func(decode func(*table, aliases, func(T)) error) ([]T, []rowPos, *FileReport) {
		tb, err := openTableBytes("test", "test.csv", []byte(text), match)
		if err != nil || tb == nil {
			t.Fatalf("openTable: %v", err)
		}
		var rows []T
		var pos []rowPos
		if err := decode(tb, al, func(r T) {
			pos = append(pos, r.position())
			rows = append(rows, r)
		}); err != nil {
			t.Fatal(err)
		}
		return rows, pos, tb.rep
	}
	wantRows, wantPos, wantRep := read(decodeGocsv[T])
	gotRows, gotPos, gotRep := read(decodeStructs[T])
	if len(wantRows) == 0 {
		t.Fatal("gocsv read no rows")
	}
	if !reflect.DeepEqual(gotPos, wantPos) {
		t.Errorf("positions: cells %v, gocsv %v", gotPos, wantPos)
	}
	// Positions travel differently (a string through gocsv); compare the rest.
	clear := func(rows []T) {
		for i := range rows {
			reflect.ValueOf(&rows[i]).Elem().FieldByName("RowMeta").SetZero()
		}
	}
	clear(gotRows)
	clear(wantRows)
	if !reflect.DeepEqual(gotRows, wantRows) {
		t.Errorf("rows:\ncells %+v\ngocsv %+v", gotRows, wantRows)
	}
	if !reflect.DeepEqual(gotRep, wantRep) {
		t.Errorf("report:\ncells %+v\ngocsv %+v", gotRep, wantRep)
	}
}

// TestCellsRowsMatchGocsv holds the large files' reader without reflection
// to gocsv's reading of the same rows: every field, every position (a
// quoted cell over two lines), short, long, empty and malformed rows, a
// column the file lacks, columns in another order, an unused column.
func TestCellsRowsMatchGocsv(t *testing.T) {
	t.Run("ties", func(t *testing.T) {
		cellsEquivalence[tieRow](t, tiesAliases, "note,weight,Target,source,kind,since,label\n"+
			"x,2,b,a,email,2020-01-02,colleague\n"+
			"y,,c,a,\"multi\nline\",,\n"+
			",1,d\n"+
			",,,,,,\n"+
			"z,3,a,b,,,,extra\n"+
			"bad \"quote,1,a,c,,,\n"+
			" , 4 , e , f , t , 2021 , l \n")
	})
	t.Run("ties-minimal", func(t *testing.T) {
		cellsEquivalence[tieRow](t, tiesAliases, "source;target\na;b\nb;c\n")
	})
	t.Run("memberships", func(t *testing.T) {
		cellsEquivalence[membershipRow](t, membershipAliases, "person_id,group,role,joined,left,other\n"+
			"a,g1,chair,2019-03-01,2020-01-01,o\n"+
			"b,\"g\n2\",,,,\n"+
			"c,g1\n")
	})
}

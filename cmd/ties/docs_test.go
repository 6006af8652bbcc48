package main

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/tiesnet/ties/importers"
)

// Every field of the JSON that inspect prints is documented in
// docs/inspect-json.md, including fields the importers add to their reports.
func TestInspectJSONDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/inspect-json.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []any{inspection{}, inspectTotals{}, attrSummary{}, structureSummary{}, importers.FileReport{}, importers.Problem{}} {
		typ := reflect.TypeOf(v)
		for i := 0; i < typ.NumField(); i++ {
			tag := typ.Field(i).Tag.Get("json")
			name, _, _ := strings.Cut(tag, ",")
			if name == "" || name == "-" {
				continue
			}
			if !strings.Contains(string(doc), "| `"+name+"` |") {
				t.Errorf("docs/inspect-json.md does not document the field %q of %s", name, typ)
			}
		}
	}
}

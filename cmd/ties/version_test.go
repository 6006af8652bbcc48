package main

import (
	"regexp"
	"runtime"
	"testing"
)

func TestVersion(t *testing.T) {
	ios, out, _ := testIO()
	if err := runVersion(&versionOptions{IO: ios}); err != nil {
		t.Fatal(err)
	}
	want := regexp.MustCompile(`^ties \S+ \(` + regexp.QuoteMeta(runtime.Version()) + `, ` + runtime.GOOS + `/` + runtime.GOARCH + `\)\n$`)
	if !want.MatchString(out.String()) {
		t.Errorf("version = %q", out)
	}
}

func TestVersionFromLdflags(t *testing.T) {
	old := version
	t.Cleanup(func() { version = old })
	version = "v1.2.3"
	ios, out, _ := testIO()
	if err := runVersion(&versionOptions{IO: ios}); err != nil {
		t.Fatal(err)
	}
	if want := "ties v1.2.3 (" + runtime.Version() + ", " + runtime.GOOS + "/" + runtime.GOARCH + ")\n"; out.String() != want {
		t.Errorf("version = %q, want %q", out, want)
	}
	version = ""
	if v := currentVersion(); v == "" || v == "(devel)" {
		t.Errorf("currentVersion() = %q, want a version or devel", v)
	}
}

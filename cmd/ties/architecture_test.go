package main

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// repoRoot is the repository's root, seen from cmd/ties.
const repoRoot = "../.."

// modulePath is the module's path, the prefix of its import paths.
const modulePath = "github.com/tiesnet/ties/"

// mayImport says which stages a package of each stage may import (the
// pipeline of the README's Architecture section): the model imports
// nothing of ties, the measures only the model, the analysis no output,
// and so on. Packages of the stage "tests" are imported by tests only.
var mayImport = map[string][]string{
	"model":    {"model"},
	"import":   {"import", "model"},
	"measures": {"measures", "model"},
	"analysis": {"analysis", "measures", "model"},
	"evaluate": {"evaluate", "analysis", "measures", "model"},
	"outputs":  {"outputs", "evaluate", "analysis", "measures", "model", "import"},
	"commands": {"commands", "outputs", "evaluate", "analysis", "measures", "model", "import"},
	"tests":    {"tests", "outputs", "evaluate", "analysis", "measures", "model", "import"},
}

// architecture is what the README's Architecture section says: the
// stage of each package in its table, and the packages its picture names.
type architecture struct {
	stages  map[string]string // package (cmd/ties, graph/analysis, …) → stage
	order   []string          // the table's packages in order
	picture []string          // packages named in the picture
}

func readArchitecture(t *testing.T) architecture {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "\n## Architecture\n"); n != 1 {
		t.Fatalf("README.md has %d sections ## Architecture, want 1", n)
	}
	_, section, _ := strings.Cut(string(b), "\n## Architecture\n")
	if end := strings.Index(section, "\n## "); end >= 0 {
		section = section[:end]
	}
	a := architecture{stages: map[string]string{}}
	row := regexp.MustCompile("^\\| `([^`]+)` \\| ([a-z]+) \\|")
	named := regexp.MustCompile(`\b(?:cmd|graph|importers)(?:/[a-z0-9_]+)*\b`)
	inPicture := false
	for _, line := range strings.Split(section, "\n") {
		if strings.HasPrefix(line, "```") {
			inPicture = !inPicture
			continue
		}
		if inPicture {
			a.picture = append(a.picture, named.FindAllString(line, -1)...)
			continue
		}
		m := row.FindStringSubmatch(line)
		if m == nil {
			if strings.HasPrefix(line, "| `") {
				t.Errorf("README Architecture: a row this test cannot read (| `package` | stage | …): %s", line)
			}
			continue
		}
		if _, dup := a.stages[m[1]]; dup {
			t.Errorf("README Architecture lists %s twice", m[1])
		}
		if _, ok := mayImport[m[2]]; !ok {
			t.Errorf("README Architecture: %s has the stage %q, not one of the pipeline's", m[1], m[2])
		}
		a.stages[m[1]] = m[2]
		a.order = append(a.order, m[1])
	}
	if len(a.order) == 0 {
		t.Fatal("README Architecture has no table of packages")
	}
	return a
}

// goPackage is a folder with Go files that are not tests: a package.
type goPackage struct {
	dir string // relative to the root, with slashes: graph/analysis
	// imports are the module's packages its files import (relative, as
	// dir), each with whether only tests import it.
	imports map[string]bool
}

// treePackages lists the packages under cmd, graph and importers, as go
// list ./... does (testdata, vendor, folders starting with . or _ and
// nested modules left out).
func treePackages(t *testing.T) map[string]*goPackage {
	t.Helper()
	pkgs := map[string]*goPackage{}
	for _, top := range []string{"cmd", "graph", "importers"} {
		err := filepath.WalkDir(filepath.Join(repoRoot, top), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if n := d.Name(); n == "testdata" || n == "vendor" || strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_") {
					return filepath.SkipDir
				}
				// A folder with a go.mod is a module of its own (a
				// patched dependency): not in go list ./...
				if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
					return filepath.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(path, ".go") {
				return nil
			}
			rel, err := filepath.Rel(repoRoot, filepath.Dir(path))
			if err != nil {
				return err
			}
			rel = filepath.ToSlash(rel)
			test := strings.HasSuffix(path, "_test.go")
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
			if err != nil {
				return err
			}
			p := pkgs[rel]
			if p == nil {
				p = &goPackage{dir: rel, imports: map[string]bool{}}
				pkgs[rel] = p
			}
			for _, imp := range f.Imports {
				ip, _ := strconv.Unquote(imp.Path.Value)
				dep, ok := strings.CutPrefix(ip, modulePath)
				if !ok {
					continue
				}
				// testOnly stays true while every importing file is a test.
				if prev, seen := p.imports[dep]; !seen || prev {
					p.imports[dep] = test
				}
			}
			if !test {
				p.imports[""] = false // marks a package with files that are not tests
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for dir, p := range pkgs {
		if _, ok := p.imports[""]; !ok {
			delete(pkgs, dir) // tests only: not a package of its own
			continue
		}
		delete(p.imports, "")
	}
	return pkgs
}

// The README's Architecture section names every package of the tree and
// no other, and the picture names only packages that exist: the section
// cannot fall behind a package added, moved or removed.
func TestArchitectureMatchesTree(t *testing.T) {
	a := readArchitecture(t)
	pkgs := treePackages(t)
	for dir := range pkgs {
		if _, ok := a.stages[dir]; !ok {
			t.Errorf("README Architecture: the package %s is not in the table; add a row saying what it owns and must not do", dir)
		}
	}
	for _, dir := range a.order {
		if _, ok := pkgs[dir]; !ok {
			t.Errorf("README Architecture: the table lists %s, which is not a package of the tree", dir)
		}
	}
	for _, dir := range a.picture {
		if _, ok := pkgs[dir]; !ok {
			t.Errorf("README Architecture: the picture names %s, which is not a package of the tree", dir)
		}
	}
	if len(a.picture) == 0 {
		t.Error("README Architecture: the picture names no package")
	}
}

// Each package imports only the stages its own stage may (mayImport), and
// the packages of tests are imported by tests only: the "must not" column
// of the README, as far as imports can tell it.
func TestArchitectureImports(t *testing.T) {
	a := readArchitecture(t)
	pkgs := treePackages(t)
	dirs := make([]string, 0, len(pkgs))
	for dir := range pkgs {
		dirs = append(dirs, dir)
	}
	slices.Sort(dirs)
	for _, dir := range dirs {
		stage, ok := a.stages[dir]
		if !ok {
			continue // TestArchitectureMatchesTree says so
		}
		for dep, testOnly := range pkgs[dir].imports {
			depStage, ok := a.stages[dep]
			if !ok || dep == dir {
				continue
			}
			if depStage == "tests" && !testOnly && stage != "tests" {
				t.Errorf("%s (%s) imports %s outside its tests: a package for tests only", dir, stage, dep)
			}
			if !testOnly && !slices.Contains(mayImport[stage], depStage) {
				t.Errorf("%s (%s) imports %s (%s): the %s stage may import only %s", dir, stage, dep, depStage,
					stage, strings.Join(mayImport[stage], ", "))
			}
		}
	}
}

package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// maxFuncLines is the longest a function may be, from its func keyword to
// its closing brace, outside the kernels of longKernels.
const maxFuncLines = 120

// longKernels are the functions allowed above maxFuncLines: hot kernels
// whose steps share locals in registers, or an algorithm whose rules read
// best top to bottom as its specification numbers them. Each says why in
// its doc comment, which must contain "Kept as one function". Keys are
// "package dir.Func" or "package dir.Type.Method".
var longKernels = []string{
	"graph/measures/holes.kernel.node",
	"graph/outputs/render/engine.bidiLevels",
}

// notYetSplit are long functions still waiting to be split along their
// stages (issue 17). The list only shrinks: a function split is removed
// from it, and the test fails when a name here is no longer long.
var notYetSplit = []string{}

// A package's doc comment sits in its doc.go and nowhere else: every
// package of the tree has one doc.go, and it alone carries the package
// comment (what the package owns and what it must not do).
func TestEveryPackageHasDocGo(t *testing.T) {
	for dir := range treePackages(t) {
		root := filepath.Join(repoRoot, filepath.FromSlash(dir))
		files, err := filepath.Glob(filepath.Join(root, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		withComment := []string{}
		hasDoc := false
		for _, path := range files {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.PackageClauseOnly|parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Base(path)
			if name == "doc.go" {
				hasDoc = true
			}
			if f.Doc != nil {
				withComment = append(withComment, name)
			}
		}
		switch {
		case !hasDoc:
			t.Errorf("%s has no doc.go: add one saying what the package owns and must not do", dir)
		case !slices.Equal(withComment, []string{"doc.go"}):
			t.Errorf("%s: package comments in %v, want one, in doc.go", dir, withComment)
		}
	}
}

// No function of the tree outside longKernels (and notYetSplit) is longer
// than maxFuncLines: a function that does several jobs is split along
// its stages into named functions.
func TestFunctionsAreShort(t *testing.T) {
	long := map[string]int{}
	docs := map[string]string{}
	for dir := range treePackages(t) {
		root := filepath.Join(repoRoot, filepath.FromSlash(dir))
		files, err := filepath.Glob(filepath.Join(root, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, path, src, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok {
					continue
				}
				lines := fset.Position(fd.End()).Line - fset.Position(fd.Pos()).Line + 1
				if lines <= maxFuncLines {
					continue
				}
				name := dir + "." + funcName(fd)
				long[name] = lines
				docs[name] = fd.Doc.Text()
			}
		}
	}
	for name, lines := range long {
		switch {
		case slices.Contains(longKernels, name):
			if !strings.Contains(docs[name], "Kept as one function") {
				t.Errorf("%s (%d lines) is a long kernel whose doc comment does not say why it is kept as one function", name, lines)
			}
		case slices.Contains(notYetSplit, name):
		default:
			t.Errorf("%s is %d lines long, more than %d: split it along its stages into named functions", name, lines, maxFuncLines)
		}
	}
	for _, name := range append(slices.Clone(longKernels), notYetSplit...) {
		if _, ok := long[name]; !ok {
			t.Errorf("%s is listed as long but is not (any more) longer than %d lines, or does not exist: remove it from the list", name, maxFuncLines)
		}
	}
}

// funcName is a function's name, or Type.Method for a method.
func funcName(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	typ := fd.Recv.List[0].Type
	if star, ok := typ.(*ast.StarExpr); ok {
		typ = star.X
	}
	if idx, ok := typ.(*ast.IndexExpr); ok {
		typ = idx.X
	}
	if id, ok := typ.(*ast.Ident); ok {
		return id.Name + "." + fd.Name.Name
	}
	return fd.Name.Name
}

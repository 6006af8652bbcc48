// Command steps times the analysis steps of ties one by one on the files
// that testdata/peer/gen.py writes, for the peer benchmark
// (testdata/peer/README.md, testdata/peer/peer.py). It lives under testdata
// so that go test ./... leaves it alone; run it from the repository root:
//
//	go run ./testdata/peer/steps -dir /tmp/peer/20000
//
// It prints one JSON object: the seconds of each step (the shortest of
// -repeat runs), a few values to check the steps against igraph and
// NetworkX (sums over nodes, the number of communities), and the peak
// memory of the process.
//
// Steps, each over the CSR views in graph/csr (node i = person i):
//
//	load_build          importers.Load (people, ties) + csr.Undirected + csr.Directed
//	constraint          holes.Constraint, unweighted, whole-network model
//	effective_size      holes.EffectiveSize, unweighted, whole-network model
//	louvain             community.Louvain, unweighted, resolution 1, seeded
//	reciprocity         reciprocity.Analyze on the directed view
//	betweenness_exact   centrality.Betweenness, every node a source (-exact=false skips it)
//	betweenness_sampled centrality.Betweenness with -samples sources
//	two_mode            with -memberships only: importers.Load of people and
//	                    memberships (untimed), then twomode.Analyze (the
//	                    projection onto people and groups); peak memory is
//	                    also read before and after it
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/tiesnet/ties/graph"
	"github.com/tiesnet/ties/graph/csr"
	"github.com/tiesnet/ties/graph/measures/centrality"
	"github.com/tiesnet/ties/graph/measures/community"
	"github.com/tiesnet/ties/graph/measures/holes"
	"github.com/tiesnet/ties/graph/measures/reciprocity"
	"github.com/tiesnet/ties/graph/measures/twomode"
	"github.com/tiesnet/ties/importers"
)

// report is the JSON object printed on standard output.
type report struct {
	Dir        string             `json:"dir"`
	People     int                `json:"people"`
	Arcs       int                `json:"arcs"`
	Edges      int                `json:"edges"`
	GOMAXPROCS int                `json:"gomaxprocs"`
	Samples    int                `json:"samples"`
	Repeat     int                `json:"repeat"`
	Seconds    map[string]float64 `json:"seconds"`
	// Parts splits load_build (its last run): importers.Load, then the two
	// CSR views.
	Parts map[string]float64 `json:"load_build_parts"`
	Check map[string]float64 `json:"check"`
	// PeakRSS is VmHWM of /proc/self/status, in bytes (0 where unknown);
	// GoSys is runtime.MemStats.Sys, the memory the Go runtime obtained.
	PeakRSS int64  `json:"peak_rss_bytes"`
	GoSys   uint64 `json:"go_sys_bytes"`
}

func main() {
	dir := flag.String("dir", ".", "folder with people.csv and ties.csv (gen.py's output)")
	exact := flag.Bool("exact", true, "time exact betweenness (hopeless at 200 000 people)")
	samples := flag.Int("samples", 1000, "sources for sampled betweenness (0: skip the step)")
	seed := flag.Uint64("seed", 1, "seed for Louvain and sampled betweenness")
	only := flag.String("only", "", "comma-separated steps to run (load_build always runs); default all")
	memberships := flag.Bool("memberships", false, "also time the two-mode analysis of memberships.csv (step two_mode)")
	repeat := flag.Int("repeat", 1, "run each step `R` times and report the shortest")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of all the steps to `FILE`")
	flag.Parse()

	want := func(step string) bool {
		if *only == "" {
			return true
		}
		for _, s := range strings.Split(*only, ",") {
			if strings.TrimSpace(s) == step {
				return true
			}
		}
		return false
	}

	r := report{
		Dir: *dir, GOMAXPROCS: runtime.GOMAXPROCS(0), Samples: *samples, Repeat: max(1, *repeat),
		Seconds: map[string]float64{}, Parts: map[string]float64{}, Check: map[string]float64{},
	}
	// timed runs f -repeat times and keeps the shortest wall time: other
	// processes on the machine only ever add to a time.
	timed := func(step string, f func()) {
		best := math.Inf(1)
		for range max(1, *repeat) {
			runtime.GC()
			t := time.Now()
			f()
			best = min(best, time.Since(t).Seconds())
		}
		r.Seconds[step] = best
		fmt.Fprintf(os.Stderr, "steps: %-20s %8.3f s\n", step, r.Seconds[step])
	}

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "steps:", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "steps:", err)
			os.Exit(1)
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}

	var u, d *csr.Graph
	timed("load_build", func() {
		t0 := time.Now()
		nw, _, err := importers.Load(importers.Options{
			People: filepath.Join(*dir, "people.csv"),
			Ties:   filepath.Join(*dir, "ties.csv"),
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, "steps:", err)
			os.Exit(1)
		}
		r.People = len(nw.People)
		r.Parts["load"] = time.Since(t0).Seconds()
		t1 := time.Now()
		u = csr.Undirected(nw)
		d = csr.Directed(nw)
		r.Parts["build"] = time.Since(t1).Seconds()
	})
	r.Arcs = d.Entries()
	r.Edges = u.Entries() / 2

	if want("constraint") {
		var c []float64
		timed("constraint", func() { c = holes.Constraint(u, holes.Options{Model: holes.Whole}) })
		r.Check["constraint_sum"], r.Check["constraint_nan"] = sum(c)
	}
	if want("effective_size") {
		var e []float64
		timed("effective_size", func() { e = holes.EffectiveSize(u, holes.Options{Model: holes.Whole}) })
		r.Check["effective_size_sum"], r.Check["effective_size_nan"] = sum(e)
	}
	if want("louvain") {
		var comm []int
		timed("louvain", func() { comm = community.Louvain(u, false, 1, *seed) })
		k := 0
		for _, c := range comm {
			k = max(k, c+1)
		}
		r.Check["louvain_communities"] = float64(k)
		r.Check["louvain_modularity"] = community.Modularity(u, comm, false, 1)
	}
	if want("reciprocity") {
		var res reciprocity.Result
		timed("reciprocity", func() { res = reciprocity.Analyze(d) })
		r.Check["reciprocity"] = res.Reciprocity
	}
	if *exact && want("betweenness_exact") {
		var res centrality.Result
		timed("betweenness_exact", func() { res = centrality.Betweenness(u, centrality.Options{}) })
		r.Check["betweenness_raw_sum"], _ = sum(res.Raw)
	}
	if *samples > 0 && want("betweenness_sampled") {
		// ties samples pairs of people (centrality.Estimate, the estimator
		// with a stated error that analyze uses), not k sources.
		var res centrality.Estimates
		timed("betweenness_sampled", func() {
			res = centrality.Estimate(u, centrality.EstimateOptions{Seed: *seed})
		})
		r.Check["betweenness_sampled_raw_sum"], _ = sum(res.Raw)
	}

	if *memberships && want("two_mode") {
		nw, _, err := importers.Load(importers.Options{
			People:      filepath.Join(*dir, "people.csv"),
			Memberships: filepath.Join(*dir, "memberships.csv"),
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, "steps:", err)
			os.Exit(1)
		}
		r.Check["two_mode_peak_rss_before"] = float64(vmHWM())
		var res twomode.Result
		timed("two_mode", func() { res = twomode.Analyze(nw, graph.ProjectionOptions{}) })
		r.Check["two_mode_projection_edges"] = float64(res.Pairs)
		r.Check["two_mode_memberships"] = float64(res.Memberships)
		r.Check["two_mode_peak_rss_after"] = float64(vmHWM())
	}

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	r.GoSys = ms.Sys
	r.PeakRSS = vmHWM()
	for k, v := range r.Check { // JSON has no NaN
		if math.IsNaN(v) || math.IsInf(v, 0) {
			delete(r.Check, k)
		}
	}
	out, _ := json.MarshalIndent(r, "", "  ")
	fmt.Println(string(out))
}

// sum returns the sum of the defined values and the number of NaNs.
func sum(x []float64) (s, nan float64) {
	for _, v := range x {
		if math.IsNaN(v) {
			nan++
			continue
		}
		s += v
	}
	return s, nan
}

// vmHWM is the process's peak resident set size in bytes, from
// /proc/self/status, or 0 where that cannot be read.
func vmHWM() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb * 1024
		}
	}
	return 0
}

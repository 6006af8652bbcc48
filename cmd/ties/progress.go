package main

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/tiesnet/ties/importers"
)

// stageReporter returns a progress callback that writes each new stage, and
// for long stages the share done at most every two seconds, to w.
func stageReporter(w io.Writer, start time.Time) func(stage string, done, total int) {
	last := ""
	var lastTick time.Time
	return func(stage string, done, total int) {
		now := time.Now()
		if stage != last {
			last, lastTick = stage, now
			fmt.Fprintf(w, "ties: %s … (%s)\n", stage, now.Sub(start).Round(time.Millisecond))
			return
		}
		if total > 0 && now.Sub(lastTick) >= 2*time.Second {
			lastTick = now
			fmt.Fprintf(w, "ties: %s %d%% (%s)\n", stage, 100*done/total, now.Sub(start).Round(time.Second))
		}
	}
}

// What a command says on standard error besides its error: on a terminal,
// one line for the step it is on (reading the input, each long kernel,
// drawing, writing), redrawn in place with \r, with a bar and an estimate
// of the time left when the step can count its work; and notes and
// warnings, on any standard error. A step is drawn only once it has run
// progressDelay, so that a run of a second shows nothing, and a drawn
// line is finished (left on the screen with its time) when its step ends.
// Off a terminal nothing is drawn: a log file gets no \r and no bars.
// --quiet silences progress and notes, never errors or warnings.

// progressDelay is how long a step runs before its line is drawn. A
// variable for the tests, which draw every step.
var progressDelay = 500 * time.Millisecond

// progressEvery is the least time between two draws of a line: ten a
// second, enough to look alive without costing the work time.
const progressEvery = 100 * time.Millisecond

// barWidth is the bar's width in characters; with the step and the
// figures the line stays under 80 columns.
const barWidth = 20

// Units of a step's count.
const (
	unitItems = ""
	unitBytes = "bytes"
)

// progress draws the steps of one command and prints its notes and
// warnings. Its methods are safe for concurrent use; the drawing methods
// do nothing unless standard error is a terminal and --quiet is off.
type progress struct {
	w     io.Writer
	quiet bool
	on    bool // steps are drawn: a terminal, and not --quiet
	now   func() time.Time

	mu          sync.Mutex
	step        string // "" between steps
	unit        string
	start       time.Time
	done, total int64 // total 0: not counted; -1: counted, total unknown
	shown       bool  // the step's line is on the screen
	lastDraw    time.Time
	width       int  // the length of the line on the screen, to blank a shorter one
	interrupted bool // a signal came: draw no more
	stop        chan struct{}
	ticking     sync.WaitGroup
}

// newProgress returns the progress of a command that writes to ios. On a
// terminal a goroutine redraws the line, so that a step that cannot count
// (structural holes, communities, drawing) still shows its time; close
// stops it.
func newProgress(ios ioStreams) *progress {
	p := &progress{w: ios.ErrOut, quiet: ios.Quiet, on: ios.ErrIsTerminal && !ios.Quiet, now: time.Now}
	if p.on {
		p.stop = make(chan struct{})
		p.ticking.Add(1)
		go p.tick()
		screen.set(p)
	}
	return p
}

func (p *progress) tick() {
	defer p.ticking.Done()
	t := time.NewTicker(progressEvery)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			p.mu.Lock()
			p.redraw(false)
			p.mu.Unlock()
		}
	}
}

// drawing says whether steps are drawn: callers skip the work of feeding
// them otherwise.
func (p *progress) drawing() bool { return p != nil && p.on }

// begin starts the step named step, ending the one before.
func (p *progress) begin(step string) {
	if !p.drawing() {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.beginLocked(step, unitItems)
}

func (p *progress) beginLocked(step, unit string) {
	p.endLocked()
	p.step, p.unit, p.start, p.done, p.total = step, unit, p.now(), 0, 0
	p.redraw(false)
}

// bytes is an importers.Options.Progress: the bytes of the input read.
func (p *progress) bytes(done, total int64) {
	p.count(unitBytes, done, total)
}

// stage is an analysis.Options.Progress: a stage of the analysis starts,
// or betweenness has done so much of its work (sources, or sampled pairs
// of people) of total: counted without a unit, which depends on the data.
func (p *progress) stage(stage string, done, total int) {
	if !p.drawing() {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if stage != p.step {
		p.beginLocked(stage, unitItems)
	}
	if total > 0 {
		p.done, p.total = int64(done), int64(total)
		p.redraw(false)
	}
}

// count sets how much of the current step is done, of total (-1:
// unknown).
func (p *progress) count(unit string, done, total int64) {
	if !p.drawing() {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.step == "" {
		return
	}
	if total == 0 {
		total = -1 // counted, of nothing known: show the count alone
	}
	p.unit, p.done, p.total = unit, done, total
	p.redraw(false)
}

// end ends the current step: a drawn line is finished with the step's
// time and left on the screen.
func (p *progress) end() {
	if !p.drawing() {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.endLocked()
}

func (p *progress) endLocked() {
	if p.step == "" {
		return
	}
	if p.shown {
		p.redraw(true)
		fmt.Fprintln(p.w)
	}
	p.step, p.shown, p.width = "", false, 0
}

// close ends the last step and stops drawing. Call it before the command
// returns, so that its error starts a line of its own.
func (p *progress) close() {
	if !p.drawing() {
		return
	}
	close(p.stop)
	p.ticking.Wait()
	p.end()
	screen.set(nil)
}

// notef prints a note, "ties: " and a line: what the command did, for
// people (where it wrote, what it left out of a picture). --quiet silences
// it.
func (p *progress) notef(format string, a ...any) {
	if p.quiet {
		return
	}
	p.printf(format, a...)
}

// warnf prints a warning: something asked for was not done as asked (a
// part of a report left out, characters no font can draw). --quiet keeps
// it.
func (p *progress) warnf(format string, a ...any) {
	p.printf(format, a...)
}

func (p *progress) printf(format string, a ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	shown := p.shown
	if shown {
		// Blank the step's line, and draw it again below the message.
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.width))
		p.width = 0
	}
	fmt.Fprintf(p.w, "ties: "+format+"\n", a...)
	if shown {
		p.paint(p.now(), false)
	}
}

// redraw draws the step's line in place: once the step has run
// progressDelay, and at most every progressEvery; final draws it now, with
// the step's time instead of an estimate.
func (p *progress) redraw(final bool) {
	if p.step == "" || !p.on || p.interrupted {
		return
	}
	now := p.now()
	if !final {
		if !p.shown && now.Sub(p.start) < progressDelay {
			return
		}
		if p.shown && now.Sub(p.lastDraw) < progressEvery {
			return
		}
	}
	p.paint(now, final)
}

// paint draws the step's line at now over the line on the screen.
func (p *progress) paint(now time.Time, final bool) {
	line := p.line(now, final)
	n := utf8.RuneCountInString(line)
	fmt.Fprintf(p.w, "\r%s%s", line, strings.Repeat(" ", max(p.width-n, 0)))
	p.shown, p.lastDraw, p.width = true, now, n
}

// line is the step's line at now, e.g.
//
//	ties: reading the input  [#######-------------]  35%  16/45 MB  about 6s left
//	ties: betweenness: pass 2 of 2  [####################] 100%  5000/5000  in 41s
//	ties: structural holes …  12s
func (p *progress) line(now time.Time, final bool) string {
	elapsed := now.Sub(p.start)
	var b strings.Builder
	b.WriteString("ties: " + p.step)
	switch {
	case p.total > 0:
		f := min(max(float64(p.done)/float64(p.total), 0), 1)
		fill := int(f * barWidth)
		fmt.Fprintf(&b, "  [%s%s] %3d%%  %s", strings.Repeat("#", fill), strings.Repeat("-", barWidth-fill),
			int(f*100), amount(p.unit, p.done, p.total))
		switch {
		case final:
			fmt.Fprintf(&b, "  in %s", roughDuration(elapsed))
		case f > 0 && f < 1 && elapsed >= time.Second:
			// The rate so far holds for the rest: good enough for reading
			// and for betweenness, whose sources or pairs cost about the same each.
			left := time.Duration(float64(elapsed) * (1 - f) / f)
			fmt.Fprintf(&b, "  about %s left", roughDuration(left))
		}
	case p.total < 0:
		fmt.Fprintf(&b, "  %s  ", amount(p.unit, p.done, -1))
		if final {
			b.WriteString("in ")
		}
		b.WriteString(roughDuration(elapsed))
	case final:
		fmt.Fprintf(&b, "  in %s", roughDuration(elapsed))
	default:
		fmt.Fprintf(&b, " …  %s", roughDuration(elapsed))
	}
	return b.String()
}

// amount is a step's count for its line: "16/45 MB", "5000/10000",
// "3 MB" of an unknown total.
func amount(unit string, done, total int64) string {
	if unit != unitBytes {
		s := strconv.FormatInt(done, 10)
		if total >= 0 {
			s += "/" + strconv.FormatInt(total, 10)
		}
		if unit != unitItems {
			s += " " + unit
		}
		return s
	}
	scale := total
	if scale < 0 {
		scale = done
	}
	size := func(n int64) string {
		switch {
		case scale >= 10<<20:
			return strconv.FormatInt(n>>20, 10)
		case scale >= 1<<20:
			return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64)
		default:
			return strconv.FormatInt(n>>10, 10)
		}
	}
	unitName := " MB"
	if scale < 1<<20 {
		unitName = " kB"
	}
	if total < 0 {
		return size(done) + unitName
	}
	return size(done) + "/" + size(total) + unitName
}

// roughDuration is d as people read a wait: "0.4s", "12s", "3m05s",
// "1h20m".
func roughDuration(d time.Duration) string {
	switch {
	case d < 10*time.Second:
		return strconv.FormatFloat(d.Seconds(), 'f', 1, 64) + "s"
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%dm%02ds", int(d.Minutes()), int(d.Seconds())%60)
	default:
		return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
	}
}

// screen is the progress drawing now, if any, for the signal handler.
var screen drawingNow

type drawingNow struct {
	mu sync.Mutex
	p  *progress
}

func (s *drawingNow) set(p *progress) {
	s.mu.Lock()
	s.p = p
	s.mu.Unlock()
}

// interrupt finishes the line being drawn and stops drawing, so that the
// message of an interrupted command starts on a line of its own.
func (s *drawingNow) interrupt() {
	s.mu.Lock()
	p := s.p
	s.mu.Unlock()
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprintln(p.w)
	}
	p.shown, p.interrupted = false, true
}

// beginOutput starts step, which writes the output named out, unless the
// output goes to the terminal, where a line drawn on standard error would
// mix with it: then it only ends the step before.
func (p *progress) beginOutput(step string, ios ioStreams, out string) {
	if toTerminal(ios, out) {
		p.end()
		return
	}
	p.begin(step)
}

// toTerminal says whether the output named out (empty or "-": standard
// output) is written to a terminal.
func toTerminal(ios ioStreams, out string) bool {
	return (out == "" || out == "-") && ios.OutIsTerminal
}

// notef prints a note on standard error, unless --quiet: for a command
// that draws no progress.
func (s ioStreams) notef(format string, a ...any) {
	if !s.Quiet {
		fmt.Fprintf(s.ErrOut, "ties: "+format+"\n", a...)
	}
}

// noteFile lists on standard error every problem of a small file read
// after the import's summary was said (the goals file), each with its line
// and column: ties inspect does not read such a file, so it cannot list
// them.
func (p *progress) noteFile(f *importers.FileReport) {
	if f == nil {
		return
	}
	for _, s := range f.Skipped {
		p.notef("%s: %s; the row was not read", f.Path, s)
	}
	for _, n := range f.Notes {
		p.notef("%s: %s", f.Path, n)
	}
	if more := f.SkippedNotListed + f.NotesNotListed; more > 0 {
		p.notef("%s: %s not listed", f.Path, plural(more, "more problem", "more problems"))
	}
}

// noteImport says on standard error, for the commands whose output does
// not say it (evaluate, report, render, export), how many rows were not
// imported or needed a decision, by reason: nothing read is left out
// unseen. --quiet silences it.
func (p *progress) noteImport(rep *importers.Report) {
	skipped, notes := 0, 0
	reasons := map[string]int{}
	for _, f := range rep.Files {
		skipped += f.SkippedCount()
		notes += f.NotesNotListed + len(f.Notes)
		for k, n := range f.SkippedByReason {
			reasons[k] += n
		}
		for k, n := range f.NotesByReason {
			reasons[k] += n
		}
	}
	if skipped+notes == 0 {
		return
	}
	keys := make([]string, 0, len(reasons))
	for k := range reasons {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		if reasons[keys[a]] != reasons[keys[b]] {
			return reasons[keys[a]] > reasons[keys[b]]
		}
		return keys[a] < keys[b]
	})
	var by []string
	for _, k := range keys {
		by = append(by, fmt.Sprintf("%s %d", k, reasons[k]))
	}
	var what []string
	if skipped > 0 {
		what = append(what, plural(skipped, "row was not imported", "rows were not imported"))
	}
	if notes > 0 {
		// Notes are about rows (an unknown person added) and about
		// columns or files (a column not analysed): decisions, not rows.
		what = append(what, plural(notes, "decision", "decisions")+" noted")
	}
	p.notef("%s (%s); ties inspect with the same files lists them", strings.Join(what, " and "), strings.Join(by, ", "))
}

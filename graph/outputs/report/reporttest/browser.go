package reporttest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// Chromium is the browser the tests drive: Debian's package chromium.
const Chromium = "/usr/bin/chromium"

// Fonts are the files of the fonts the pages are measured with
// (fonts-noto-core, fonts-noto-cjk): without them Chromium falls back to
// other faces and the sizes a test measures are not the ones CI measures.
var Fonts = []string{
	"/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
	"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
}

// Required says whether a missing browser or font fails the test
// (TIES_REQUIRE_BROWSER=1) instead of skipping it.
func Required() bool { return os.Getenv("TIES_REQUIRE_BROWSER") == "1" }

// Available skips the test, or fails it under TIES_REQUIRE_BROWSER=1, when
// Chromium or one of the fonts is missing.
func Available(t testing.TB) {
	t.Helper()
	missing := func(what, pkg string) {
		t.Helper()
		if Required() {
			t.Fatalf("TIES_REQUIRE_BROWSER=1 but %s is missing: apt-get install %s", what, pkg)
		}
		t.Skipf("%s is missing: apt-get install %s", what, pkg)
	}
	if _, err := os.Stat(Chromium); err != nil {
		missing("chromium", "chromium")
	}
	for k, f := range Fonts {
		if _, err := os.Stat(f); err != nil {
			missing(f, []string{"fonts-noto-core", "fonts-noto-cjk"}[k])
		}
	}
}

// Browser is one headless Chromium; each Open is a tab of it.
type Browser struct {
	ctx context.Context
	dir string
}

// Start starts Chromium for the test and closes it when the test ends. A
// window is 1280 × 900 CSS pixels unless a tab sets its own size.
func Start(t testing.TB) *Browser {
	t.Helper()
	Available(t)
	dir := t.TempDir()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(Chromium),
		chromedp.NoSandbox, // CI runs as root
		chromedp.DisableGPU,
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("force-device-scale-factor", "1"),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		cancel()
		cancelAlloc()
		t.Fatalf("chromium does not start: %v", err)
	}
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	return &Browser{ctx: ctx, dir: dir}
}

// Tab is one page in the browser.
type Tab struct {
	t      testing.TB
	ctx    context.Context
	mu     sync.Mutex
	msgs   []chromedp.ConsoleMessage
	Name   string
	Width  int
	Height int
}

// Open writes html to a file and opens it in a new tab of width × height
// CSS pixels, and waits for it to load. The tab closes when the test ends.
func (b *Browser) Open(t testing.TB, name, html string, width, height int) *Tab {
	t.Helper()
	f, err := os.CreateTemp(b.dir, "page-*.html")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(html); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := chromedp.NewContext(b.ctx)
	t.Cleanup(cancel)
	p := &Tab{t: t, ctx: ctx, Name: name, Width: width, Height: height}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), int64(height))); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			p.mu.Lock()
			p.msgs = append(p.msgs, m)
			p.mu.Unlock()
		}
	}()
	tctx, tcancel := context.WithTimeout(ctx, 60*time.Second)
	defer tcancel()
	if err := chromedp.Do(tctx, chromedp.Navigate("file://"+f.Name())); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return p
}

// Problems are the console messages of the tab that are errors, uncaught
// exceptions or warnings, a refused request or a violated
// Content-Security-Policy among them.
func (p *Tab) Problems() []string {
	// The console's messages arrive as events: let the last ones in.
	_ = p.Eval0(`0`)
	time.Sleep(50 * time.Millisecond)
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for _, m := range p.msgs {
		switch m.Type {
		case chromedp.ConsoleError, chromedp.ConsoleException, chromedp.ConsoleWarning:
			out = append(out, m.String())
		default:
			if strings.Contains(m.Text, "Content Security Policy") || strings.Contains(m.Text, "Refused") {
				out = append(out, m.String())
			}
		}
	}
	return out
}

// Eval0 evaluates js and ignores its value.
func (p *Tab) Eval0(js string) error {
	return p.do(chromedp.Evaluate[chromedp.Void](js))
}

func (p *Tab) do(steps ...chromedp.Action[chromedp.Void]) error {
	ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
	defer cancel()
	return chromedp.Do(ctx, steps...)
}

// Eval evaluates js in the tab and decodes its value (JSON) into a T; an
// error fails the test.
func Eval[T any](p *Tab, js string) T {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
	defer cancel()
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[[]byte](js))
	if err != nil {
		p.t.Fatalf("%s: %v\nin: %.300s", p.Name, err, js)
	}
	var v T
	if err := json.Unmarshal(raw, &v); err != nil {
		p.t.Fatalf("%s: %v: %.300s", p.Name, err, raw)
	}
	return v
}

// Hover moves the mouse to (x, y), in CSS pixels of the viewport.
func (p *Tab) Hover(x, y float64) {
	p.t.Helper()
	if err := p.do(chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, x, y)); err != nil {
		p.t.Fatalf("%s: hover: %v", p.Name, err)
	}
}

// Click clicks at (x, y).
func (p *Tab) Click(x, y float64) {
	p.t.Helper()
	if err := p.do(chromedp.MouseClickXY(x, y)); err != nil {
		p.t.Fatalf("%s: click: %v", p.Name, err)
	}
}

// Type focuses the element the CSS selector finds and types text into it,
// key by key ("\r" is Enter).
func (p *Tab) Type(selector, text string) {
	p.t.Helper()
	if err := p.do(chromedp.Focus(chromedp.CSS(selector)), chromedp.KeyEvent(text)); err != nil {
		p.t.Fatalf("%s: typing into %s: %v", p.Name, selector, err)
	}
}

// Media makes the tab lay out for a CSS media type ("print"; "" undoes it).
func (p *Tab) Media(media string) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media}); err != nil {
		p.t.Fatalf("%s: media %q: %v", p.Name, media, err)
	}
}

// Screenshot saves what the tab shows as a PNG into dir, when dir is not
// empty (TIES_BROWSER_SHOTS names one, for a person to look at).
func (p *Tab) Screenshot(dir, name string) {
	p.t.Helper()
	if dir == "" {
		return
	}
	ctx, cancel := context.WithTimeout(p.ctx, 30*time.Second)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.t.Fatalf("%s: screenshot: %v", p.Name, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		p.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		p.t.Fatal(err)
	}
}

// Quote writes s as a JavaScript string literal.
func Quote(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(fmt.Sprint(err))
	}
	return string(b)
}

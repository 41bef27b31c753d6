package export

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factsheet/factsheet/annotate"
	"golang.org/x/net/html"
)

// artifacts is where the browser tests leave what a person may want to
// look at (the page, its screenshot); git ignores it.
var artifacts = filepath.Join("testdata", "out")

// chromium returns the path of a Chromium to run headless. Where there is
// none the test is skipped, except under CI (set by .ci/run, which
// installs the Debian package chromium), where that is a failure.
func chromium(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless_shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("Chromium is not installed; .ci/run installs the Debian package chromium")
	}
	t.Skip("Chromium is not installed (Debian package chromium): skipping the test of the page in a browser")
	return ""
}

// runChromium runs headless Chromium on a file with the given flags and
// returns what it printed on standard output, and on standard error the
// lines the page's console logged.
func runChromium(t testing.TB, bin, page string, flags ...string) (stdout string, console []string) {
	stdout, console, _ = runChromiumCPU(t, bin, page, flags...)
	return stdout, console
}

// runChromiumCPU is runChromium that also gives the CPU time Chromium
// took, its helper processes included.
func runChromiumCPU(t testing.TB, bin, page string, flags ...string) (stdout string, console []string, cpu time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	abs, err := filepath.Abs(page)
	if err != nil {
		t.Fatal(err)
	}
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		"--no-first-run", "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
		"--enable-logging=stderr", "--v=0", "--user-data-dir=" + t.TempDir()}, flags...)
	cmd := exec.CommandContext(ctx, bin, append(args, "file://"+abs)...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, errOut.String())
	}
	for _, line := range strings.Split(errOut.String(), "\n") {
		if strings.Contains(line, "CONSOLE") || strings.Contains(line, "Uncaught") {
			console = append(console, line)
		}
	}
	cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	return out.String(), console, cpu
}

// probeScript runs in the page once it has loaded, as a reader would use
// it, and writes what it found as JSON into <pre id="probe">, which
// --dump-dom prints.
const probeScript = `<script>
(function () {
  var r = { errors: window.__errors, claims: document.querySelectorAll("#claims > li").length };
  r.parsedMs = performance.now();
  document.body.getBoundingClientRect();
  r.laidOutMs = performance.now();
  var m = document.querySelector(".text mark.c");
  m.focus();
  var tip = document.getElementById("tip");
  r.focused = document.activeElement === m;
  r.tipShown = !tip.hidden;
  r.tipText = tip.textContent;
  r.markValue = m.getAttribute("data-v");
  r.describedBy = m.getAttribute("aria-describedby");
  // Offsets in UTF-16 units, as JavaScript counts: each mark's span of its
  // source's text is the mark's text.
  r.offsetsChecked = 0; r.offsetsWrong = [];
  document.querySelectorAll(".text").forEach(function (div) {
    var text = div.textContent;
    div.querySelectorAll("mark[data-u]").forEach(function (mk) {
      var u = mk.getAttribute("data-u").split("-").map(Number);
      r.offsetsChecked++;
      if (text.substring(u[0], u[1]) !== mk.textContent) r.offsetsWrong.push(mk.textContent);
    });
  });
  // The kind filter.
  var kind = document.getElementById("f-kind");
  kind.value = "percent";
  var t0 = performance.now();
  kind.dispatchEvent(new Event("change"));
  r.filterMs = performance.now() - t0;
  r.percentShown = document.querySelectorAll("#claims > li:not([hidden])").length;
  r.countText = document.getElementById("count").textContent;
  kind.value = "";
  kind.dispatchEvent(new Event("change"));
  // A panel link moves the focus to its claim.
  var a = document.querySelector("#claims > li:last-child a");
  a.click();
  r.linkFocus = document.activeElement.id === a.getAttribute("href").slice(1);
  var pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify(r);
  document.body.appendChild(pre);
})();
</script>
`

// errorTrap records the page's uncaught errors, before its own script runs.
const errorTrap = `<script>window.__errors = []; window.addEventListener("error", function (e) { window.__errors.push(String(e.message)); });</script>`

// probe is what probeScript reports.
type probe struct {
	Errors         []string `json:"errors"`
	Claims         int      `json:"claims"`
	Focused        bool     `json:"focused"`
	TipShown       bool     `json:"tipShown"`
	TipText        string   `json:"tipText"`
	MarkValue      string   `json:"markValue"`
	DescribedBy    string   `json:"describedBy"`
	OffsetsChecked int      `json:"offsetsChecked"`
	OffsetsWrong   []string `json:"offsetsWrong"`
	PercentShown   int      `json:"percentShown"`
	CountText      string   `json:"countText"`
	LinkFocus      bool     `json:"linkFocus"`
	ParsedMs       float64  `json:"parsedMs"`
	LaidOutMs      float64  `json:"laidOutMs"`
	FilterMs       float64  `json:"filterMs"`
}

// probePage writes the page with the error trap and the probe in it, runs
// it in Chromium and returns what the probe found and what the console
// logged.
func probePage(t testing.TB, bin string, page []byte, dir string) (probe, []string) {
	p, console, _ := probePageCPU(t, bin, page, dir)
	return p, console
}

// probePageCPU is probePage that also gives Chromium's CPU time.
func probePageCPU(t testing.TB, bin string, page []byte, dir string) (probe, []string, time.Duration) {
	t.Helper()
	s := string(page)
	s = strings.Replace(s, "<head>", "<head>\n"+errorTrap, 1)
	s = strings.Replace(s, "</body>", probeScript+"</body>", 1)
	path := filepath.Join(dir, "probe.html")
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	dom, console, cpu := runChromiumCPU(t, bin, path, "--dump-dom", "--virtual-time-budget=5000")
	root, err := html.Parse(strings.NewReader(dom))
	if err != nil {
		t.Fatal(err)
	}
	var found *html.Node
	walk(root, func(n *html.Node) {
		if attr(n, "id") == "probe" {
			found = n
		}
	})
	if found == nil {
		t.Fatalf("the probe reported nothing (a script error?); console:\n%s", strings.Join(console, "\n"))
	}
	var p probe
	if err := json.Unmarshal([]byte(textOf(found)), &p); err != nil {
		t.Fatal(err)
	}
	return p, console, cpu
}

// TestHTMLInChromium opens the page of the sample (and of a text with
// characters outside the BMP) in headless Chromium: the panel lists the
// sample's 11 claims, focusing a mark shows its value, JavaScript's
// offsets find each mark's text, no script error is logged; and a
// screenshot is left in testdata/out.
func TestHTMLInChromium(t *testing.T) {
	bin := chromium(t)
	if err := os.MkdirAll(artifacts, 0o755); err != nil {
		t.Fatal(err)
	}
	sample := sampleDoc(t)
	page := render(t, "html", sample, astralDoc(t))
	p, console := probePage(t, bin, page, t.TempDir())
	if len(p.Errors) > 0 || len(console) > 0 {
		t.Errorf("script errors %v; console:\n%s", p.Errors, strings.Join(console, "\n"))
	}
	want := len(sample.Claims) + len(astralDoc(t).Claims)
	numeric := 0
	for _, c := range sample.Claims {
		if c.Mention != "" {
			numeric++
		}
	}
	if numeric != 11 || p.Claims != want {
		t.Errorf("the panel lists %d claims, want %d (the sample's 11 numeric claims, its comparisons and the other text's)", p.Claims, want)
	}
	if !p.Focused || !p.TipShown || p.TipText != p.MarkValue || !strings.HasPrefix(p.TipText, "Claim: ") || p.DescribedBy != "tip" {
		t.Errorf("focusing a claim's mark: focused %v, value shown %v (%q, want %q), described by %q",
			p.Focused, p.TipShown, p.TipText, p.MarkValue, p.DescribedBy)
	}
	if p.OffsetsChecked == 0 || len(p.OffsetsWrong) > 0 {
		t.Errorf("UTF-16 offsets: %d checked, wrong for %q", p.OffsetsChecked, p.OffsetsWrong)
	}
	percent := 0
	for _, d := range []*annotate.Document{sample, astralDoc(t)} {
		for _, c := range d.Claims {
			if c.Kind == "percent" {
				percent++
			}
		}
	}
	if p.PercentShown != percent || p.CountText != fmt.Sprintf("%d of %d claims", percent, want) {
		t.Errorf("filtering by kind percent shows %d (%q), want %d", p.PercentShown, p.CountText, percent)
	}
	if !p.LinkFocus {
		t.Error("a claim's link in the panel does not move the focus to its mark")
	}

	// The page itself, and a screenshot of it, for a person to look at.
	pagePath := filepath.Join(artifacts, "great-leap-forward.html")
	if err := os.WriteFile(pagePath, render(t, "html", sample), 0o644); err != nil {
		t.Fatal(err)
	}
	shot, _ := filepath.Abs(filepath.Join(artifacts, "great-leap-forward.png"))
	os.Remove(shot)
	runChromium(t, bin, pagePath, "--screenshot="+shot, "--window-size=1280,1000")
	f, err := os.Open(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 1000 {
		t.Errorf("screenshot is %v", b)
	}
	t.Logf("page and screenshot in %s", artifacts)
}

// BenchmarkHTMLInChromium writes the page of 10,000 generated claims (10
// sources of 1,000) and loads it in headless Chromium, reporting the page's
// size; the time from navigation to the page parsed with its script run
// and laid out, and to filter the panel by kind; and the CPU time Chromium
// spent, beside its CPU time for the page of one claim in the same run (its
// start-up), since on a shared machine the wall-clock times say little:
//
//	go test -run XXX -bench HTMLInChromium -benchtime 1x ./export
func BenchmarkHTMLInChromium(b *testing.B) {
	bin := chromium(b)
	pageOf := func(docs ...*annotate.Document) []byte {
		var page bytes.Buffer
		w, err := New("html", &page, testRun)
		if err != nil {
			b.Fatal(err)
		}
		writeAll(b, w, docs)
		return page.Bytes()
	}
	const n, perSource = 10_000, 1000
	docs := make([]*annotate.Document, 0, n/perSource)
	for i := 0; i < n/perSource; i++ {
		docs = append(docs, synthDoc(fmt.Sprintf("source-%02d", i), perSource))
	}
	page, small := pageOf(docs...), pageOf(synthDoc("one", 1))
	dir := b.TempDir()
	var laidOut, filter float64
	var cpu, base time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p, console, c := probePageCPU(b, bin, page, dir)
		if p.Claims != n || len(p.Errors) > 0 || len(console) > 0 {
			b.Fatalf("%d claims, errors %v %v", p.Claims, p.Errors, console)
		}
		laidOut += p.LaidOutMs
		filter += p.FilterMs
		cpu += c
		_, _, c = probePageCPU(b, bin, small, dir)
		base += c
	}
	b.ReportMetric(laidOut/float64(b.N), "ms-laid-out")
	b.ReportMetric(filter/float64(b.N), "ms-filter")
	b.ReportMetric(cpu.Seconds()/float64(b.N), "CPU-s-10000-claims")
	b.ReportMetric(base.Seconds()/float64(b.N), "CPU-s-1-claim")
	b.ReportMetric(float64(len(page))/(1<<20), "MB-page")
}

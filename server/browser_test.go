package server_test

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"vigil"
)

// chromiumPath finds Debian's chromium: $VIGIL_TEST_CHROMIUM, else chromium on
// PATH. A missing browser fails the test: `make test` installs it.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("VIGIL_TEST_CHROMIUM"); p != "" {
		return p
	}
	p, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("chromium not found (set VIGIL_TEST_CHROMIUM or apt-get install chromium): %v", err)
	}
	return p
}

func TestBrowser(t *testing.T) {
	f := newFixture(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	var mu sync.Mutex
	var outside, consoleErrs []string
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			u, err := url.Parse(e.Request.URL)
			if err != nil || (u.Scheme != "data" && u.Hostname() != "127.0.0.1") {
				outside = append(outside, e.Request.URL)
			}
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				consoleErrs = append(consoleErrs, string(e.Type))
			}
		case *runtime.EventExceptionThrown:
			consoleErrs = append(consoleErrs, e.ExceptionDetails.Text)
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError {
				consoleErrs = append(consoleErrs, e.Entry.Text+" "+e.Entry.URL)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	art := filepath.Join("..", "testdata", "artifacts")
	if err := os.MkdirAll(art, 0o755); err != nil {
		t.Fatal(err)
	}
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			buf, err := chromedp.FullScreenshot(80)(ctx, t)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(art, "serve-"+name+".png"), buf, 0o644)
		})
	}
	text := func(sel string, dst *string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			s, err := chromedp.Text(sel)(ctx, t)
			*dst = s
			return err
		})
	}
	enable := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
			return err
		}
		_, err := chromedp.Call(ctx, runtime.Enable, cdp.Empty{})
		return err
	})
	var overview, incident, done string
	err = chromedp.Do(ctx,
		enable,
		chromedp.Navigate(f.srv.URL+"/"),
		chromedp.WaitVisible(`input[name=password]`),
		chromedp.SendKeys(`input[name=name]`, vigil.RoleEditor+"1"),
		chromedp.SendKeys(`input[name=password]`, vigil.RoleEditor+"-password"),
		chromedp.Submit(`form.login`),
		chromedp.WaitVisible(`#by-year`),
		text(`main`, &overview),
		shot("overview"),
		chromedp.Click(`#by-year tbody a`),
		chromedp.WaitVisible(`#incidents`),
		chromedp.Click(`#incidents tbody a`),
		chromedp.WaitVisible(`#lifecycle`),
		text(`main`, &incident),
		shot("incident"),
		chromedp.Navigate(f.srv.URL+"/review"),
		chromedp.WaitVisible(`#queue`),
		shot("review"),
		chromedp.Click(`#queue tbody tr:first-child button.confirm`),
		chromedp.WaitVisible(`#done`),
		text(`#done`, &done),
		shot("review-confirmed"),
		chromedp.Navigate(f.srv.URL+"/map"),
		chromedp.WaitVisible(`#map svg circle`),
		shot("map"),
		chromedp.Navigate(f.srv.URL+"/network"),
		chromedp.WaitVisible(`#network svg circle`),
		shot("network"),
	)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(overview, "Incidents by year and type") {
		t.Errorf("overview text lacks its table: %.200q", overview)
	}
	if !strings.Contains(incident, "Lifecycle") || !strings.Contains(incident, "Sources") {
		t.Errorf("incident page text lacks lifecycle or sources: %.200q", incident)
	}
	if !strings.Contains(done, "confirmed") {
		t.Errorf("review desk said %q, want a confirmation", done)
	}
	q, err := f.store.ReviewQueue(context.Background(), 10)
	if err != nil || len(q) != 2 {
		t.Errorf("queue after confirming in the browser = %d (%v), want 2", len(q), err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(outside) > 0 {
		t.Errorf("the pages requested hosts other than 127.0.0.1: %v", outside)
	}
	if len(consoleErrs) > 0 {
		t.Errorf("console errors: %v", consoleErrs)
	}
}

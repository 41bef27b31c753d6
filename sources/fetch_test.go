package sources

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestFetchLimits(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/slow":
			time.Sleep(500 * time.Millisecond)
		case "/big":
			w.Header().Set("Content-Type", "text/plain")
			w.Header().Set("Content-Length", "100000000")
		case "/notes.md":
			w.Header().Set("Content-Type", "text/markdown")
			w.Write([]byte("# Notes\n\nIn **1958** there were 5 mills."))
		}
	}))
	defer srv.Close()
	r := &Reader{Client: &http.Client{Timeout: 100 * time.Millisecond}, Now: time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)}
	_, err := r.Read(Input{ID: "s", Path: srv.URL + "/slow", URL: srv.URL + "/slow"}, nil)
	if err == nil || !strings.Contains(err.Error(), "no answer within 100ms") {
		t.Errorf("slow: %v", err)
	}
	_, err = r.Read(Input{ID: "b", Path: srv.URL + "/big", URL: srv.URL + "/big"}, nil)
	if err == nil || !strings.Contains(err.Error(), "more than the 64 MB allowed") {
		t.Errorf("big: %v", err)
	}
	src, err := r.Read(Input{ID: "n", Path: srv.URL + "/notes.md", URL: srv.URL + "/notes.md"}, nil)
	if err != nil || src.Format != FormatMarkdown || src.Text != "Notes\n\nIn 1958 there were 5 mills." || src.Meta.Accessed.String() != "2024-05-01" || src.MetaFrom["URL"] != FromFetch {
		t.Errorf("markdown by media type: %+v, %v", src, err)
	}
}

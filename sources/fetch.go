package sources

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"
)

// Limits on fetching a URL.
const (
	FetchTimeout   = 30 * time.Second
	MaxFetchBytes  = 64 << 20
	MaxRedirects   = 5
	fetchUserAgent = "factsheet (a fact-checking tool for historians)"
)

// fetchTypes are the media types factsheet reads from the web.
var fetchTypes = map[string]bool{
	"text/html": true, "application/xhtml+xml": true, "text/plain": true,
	"text/markdown": true, "text/x-markdown": true, "application/pdf": true,
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document": true,
}

// isURL reports whether an argument is an http(s) address.
func isURL(arg string) bool {
	return strings.HasPrefix(arg, "http://") || strings.HasPrefix(arg, "https://")
}

// urlRel is the name a URL's source id is made from: its host (without
// "www." and port) and path, without the extension.
func urlRel(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	host := strings.TrimPrefix(u.Hostname(), "www.")
	p := strings.Trim(u.Path, "/")
	if p == "" {
		return host
	}
	return host + "/" + strings.TrimSuffix(p, path.Ext(p))
}

// fetch gets a URL: at most MaxRedirects redirects, FetchTimeout in all,
// MaxFetchBytes of body; a status other than 200 or a media type that is
// not a page, text or document is an error. It returns the body and its
// media type.
func fetch(client *http.Client, address string) ([]byte, string, error) {
	if client == nil {
		client = &http.Client{Timeout: FetchTimeout}
	}
	c := *client
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > MaxRedirects {
			return fmt.Errorf("more than %d redirects", MaxRedirects)
		}
		return nil
	}
	if c.Timeout == 0 {
		c.Timeout = FetchTimeout
	}
	req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, address, nil)
	if err != nil {
		return nil, "", err
	}
	req.Header.Set("User-Agent", fetchUserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.9,*/*;q=0.1")
	resp, err := c.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		if errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "Client.Timeout") {
			return nil, "", fmt.Errorf("no answer within %s", c.Timeout)
		}
		return nil, "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("the server answered %s", resp.Status)
	}
	mediaType, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if mediaType != "" && !fetchTypes[mediaType] {
		return nil, "", fmt.Errorf("%s is not a page or document factsheet reads", mediaType)
	}
	if resp.ContentLength > MaxFetchBytes {
		return nil, "", fmt.Errorf("%d MB, more than the %d MB allowed", resp.ContentLength>>20, MaxFetchBytes>>20)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, MaxFetchBytes+1))
	if err != nil {
		return nil, "", err
	}
	if len(body) > MaxFetchBytes {
		return nil, "", fmt.Errorf("more than the %d MB allowed", MaxFetchBytes>>20)
	}
	return body, mediaType, nil
}

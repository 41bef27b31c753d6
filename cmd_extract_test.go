package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/factsheet/factsheet/extract/ner"
)

// TestExtractNoEntities: --no-entities shows the same dates and quantities
// as a full extract and no entity.
func TestExtractNoEntities(t *testing.T) {
	code, full, stderr := runCLI(t, "", "extract", "--jsonl", "testdata/great-leap-forward.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	code, some, stderr := runCLI(t, "", "extract", "--jsonl", "--no-entities", "testdata/great-leap-forward.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	kinds := func(out string) (entities int, others []string) {
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if strings.Contains(line, `"type":"entity"`) {
				entities++
				continue
			}
			// The mention ids count the entities too: compare without them.
			others = append(others, mentionID.ReplaceAllString(line[strings.Index(line, `"type"`):], `"M"`))
		}
		return entities, others
	}
	fullEntities, fullOthers := kinds(full)
	someEntities, someOthers := kinds(some)
	if fullEntities == 0 || someEntities != 0 {
		t.Errorf("entities: %d in a full extract, %d with --no-entities (want some, then none)", fullEntities, someEntities)
	}
	if strings.Join(fullOthers, "\n") != strings.Join(someOthers, "\n") {
		t.Errorf("--no-entities changed the dates and quantities:\nfull:\n%s\nwithout entities:\n%s", strings.Join(fullOthers, "\n"), strings.Join(someOthers, "\n"))
	}
}

var mentionID = regexp.MustCompile(`"M[0-9]+"`)

// TestExtractNoEntitiesLoadsNoModel runs extract --no-entities in a fresh
// process (this test binary again) and checks that the entity model was
// never read.
func TestExtractNoEntitiesLoadsNoModel(t *testing.T) {
	if os.Getenv("FACTSHEET_TEST_NO_ENTITIES") == "1" {
		var out, errs bytes.Buffer
		code := runContext(t.Context(), []string{"factsheet", "extract", "--no-entities", "testdata/great-leap-forward.txt"}, strings.NewReader(""), &out, &errs)
		fmt.Printf("exit=%d loaded=%v rows=%d\n", code, ner.BuiltinLoaded(), strings.Count(out.String(), "\n"))
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestExtractNoEntitiesLoadsNoModel$")
	cmd.Env = append(os.Environ(), "FACTSHEET_TEST_NO_ENTITIES=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if !strings.Contains(string(out), "exit=0 loaded=false") {
		t.Errorf("extract --no-entities: %s (want exit 0 and the entity model not loaded)", out)
	}
}

package main

import (
	"os"
	"runtime"
	"testing"

	"github.com/urfave/cli/v2"
)

// TestUseCores: -j N holds the run to N cores while it lasts (no more than
// the machine has), and no flag leaves the setting alone.
func TestUseCores(t *testing.T) {
	if os.Getenv("GOMAXPROCS") != "" {
		t.Skip("skipping: GOMAXPROCS is set, and it wins over -j")
	}
	before := runtime.GOMAXPROCS(0)
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"no flag", nil, before},
		{"one job", []string{"-j", "1"}, 1},
		{"more jobs than CPUs", []string{"-j", "1000"}, runtime.NumCPU()},
		{"zero is no limit", []string{"-j", "0"}, before},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := -1
			app := &cli.App{
				Flags: []cli.Flag{&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.NumCPU()}},
				Action: func(c *cli.Context) error {
					restore := useCores(c)
					got = runtime.GOMAXPROCS(0)
					restore()
					return nil
				},
			}
			if err := app.Run(append([]string{"factsheet"}, tt.args...)); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("GOMAXPROCS during the run = %d, want %d", got, tt.want)
			}
			if after := runtime.GOMAXPROCS(0); after != before {
				t.Errorf("GOMAXPROCS after the run = %d, want %d again", after, before)
			}
		})
	}
}

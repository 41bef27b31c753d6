// Package batch is factsheet's application layer: a run of a command over
// many inputs. It expands the inputs, reads and annotates them on a pool of
// workers, writes the output in the chosen format (atomically, carrying a
// workbook's review work over), and counts what it did. The commands of the
// CLI parse their flags into an options struct and call one function here,
// so that behaviour is tested apart from flag parsing.
package batch

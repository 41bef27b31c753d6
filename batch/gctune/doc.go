// Package gctune sets the garbage collector as the program starts, before
// most packages are initialised: main imports it for that alone. It
// imports only os and runtime/debug, so Go initialises it as soon as they
// are (packages are initialised in import-path order, each once its
// imports are), before the packages that allocate most as they start,
// such as excelize. Left at Go's default until main ran, the collector ran
// a few times while they were initialised, for nothing: 4 of the 47 ms a
// run takes to start (perf stat, 30 runs of factsheet version). main sets
// the run's settings (gc.go) once it starts.
package gctune

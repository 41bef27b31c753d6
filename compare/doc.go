// Package compare holds the claims of many sources against each other: it
// puts every numeric claim of the annotate model into a normal form (the
// measure, the counted thing, the value as an interval, the time and the
// places), groups the claims about the same measure of the same thing,
// orders those made for different times into series, and gives each group a
// verdict: consistent, conflicting or single-source.
//
// Everything here is a pure function over annotated documents; reading the
// inputs and writing the report are left to the caller.
package compare

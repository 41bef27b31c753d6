//go:build race

package ner

func init() { raceEnabled = true }

// Package entities recognises named entities. The entry point is
// Recognizer.Entities, one sentence at a time: the built-in and user
// gazetteers first, then rules over runs of capitalised words, and for the
// candidates they do not settle a statistical model (modelEntities in
// prose.go, today prose's; a trained model plugs in there, beside or
// instead of it). Every entity carries its label and canonical name.
package entities

// Package tagging wraps prose's part-of-speech tagger and entity model:
// the models are loaded once per process (SharedModel) and give tokens with
// byte offsets into the text.
package tagging

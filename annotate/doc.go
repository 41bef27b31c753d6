// Package annotate holds factsheet's document model (sources, sentences,
// mentions and claims: the JSON contract) and the pipeline that builds it:
// it runs the extractors over a source, resolves relative dates and the names
// of entities across the source (aliases the text defines, surnames, the
// user's aliases), links each claim to its sentence and gives it a stable ID.
package annotate

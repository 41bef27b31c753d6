// Package quantities finds numeric expressions (counts, percentages, money,
// measures, ratios, multipliers, vague quantities) with their units and
// qualifiers, leaving out the numbers that belong to dates, names and
// references; Subject says what a number is about.
package quantities

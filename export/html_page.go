package export

// htmlHead opens the page: its title (%s) and style sheet (%s). The
// Content-Security-Policy lets the page load nothing from anywhere: its
// style and script are inline, and it has no images or fonts.
const htmlHead = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="generator" content="factsheet">
<title>%s</title>
<style>%s</style>
</head>
<body>
<a class="skip" href="#claims">Skip to the claims</a>
`

// htmlLegend says how the marks look: each kind is told by its underline
// and weight as well as its colour.
const htmlLegend = `<p class="legend">In the texts: <mark class="e">entity</mark> (solid underline),
<mark class="d">date</mark> (dashed underline), <mark class="q">quantity</mark> (double underline),
<mark class="q c">claim</mark> (bold, double underline). Focus or point at a mark to see what it was normalised to;
Tab moves from mark to mark, Escape hides the value.</p>
`

// htmlStyle is the page's style sheet, for the screen and for print.
const htmlStyle = `
:root { --e: #1f5fbf; --d: #2e7d32; --q: #b85c00; --ink: #1a1a1a; --muted: #595959; --line: #d0d0d0; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 Georgia, "Times New Roman", serif; color: var(--ink); background: #fff; }
header { padding: 1rem 1.5rem .5rem; border-bottom: 1px solid var(--line); }
h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
h2 { font-size: 1.25rem; margin: 1.25rem 0 .5rem; }
.stats, .legend, .cite, .file { color: var(--muted); font-size: .9rem; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 10; }
.layout { display: grid; grid-template-columns: minmax(18rem, 26rem) 1fr; }
#panel { position: sticky; top: 0; height: 100vh; overflow: auto; padding: 0 1rem 1rem 1.5rem; border-right: 1px solid var(--line);
  font: 14px/1.4 system-ui, sans-serif; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem; }
.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
.filters select, .filters input { font: inherit; font-size: .9rem; padding: .2rem; }
#claims { padding-left: 1.5rem; }
#claims li { margin: .4rem 0; }
#claims li[hidden] { display: none; }
#claims a { font-weight: bold; color: var(--q); }
#claims .v, #claims .subj, #claims .when, #claims .loc { display: block; }
#claims .loc, #claims .when { color: var(--muted); font-size: .85em; }
.st { display: inline-block; font-size: .75em; border: 1px solid currentColor; border-radius: 3px; padding: 0 .3em; color: var(--muted); }
.st-verified { color: #1b5e20; } .st-disputed { color: #8a5300; } .st-false { color: #b71c1c; } .st-needs-source { color: #0d47a1; }
main { padding: 0 1.5rem 2rem; min-width: 0; }
article.source { content-visibility: auto; contain-intrinsic-size: auto 2000px; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; max-width: 48rem; }
mark { background: none; color: inherit; padding: 0 1px; border-radius: 2px; }
mark.e { text-decoration: underline solid var(--e) 2px; text-underline-offset: 3px; }
mark.d { text-decoration: underline dashed var(--d) 2px; text-underline-offset: 3px; }
mark.q { text-decoration: underline double var(--q) 2px; text-underline-offset: 3px; }
mark.c { font-weight: bold; background: #fff3e0; }
mark mark { text-underline-offset: 6px; }
mark:focus, mark:hover { outline: 2px solid var(--ink); outline-offset: 1px; }
mark:target { background: #ffe0b2; }
#tip { position: absolute; z-index: 5; max-width: 28rem; background: var(--ink); color: #fff; padding: .3rem .5rem; border-radius: 4px;
  font: 14px/1.35 system-ui, sans-serif; pointer-events: none; }
#timeline svg { width: 100%; max-width: 60rem; height: auto; font: 10px system-ui, sans-serif; }
#timeline rect { fill: var(--q); opacity: .75; }
#timeline a:focus rect, #timeline a:hover rect { fill: var(--ink); opacity: 1; }
#timeline .tick { stroke: var(--line); }
#timeline text { fill: var(--muted); text-anchor: middle; }
#sources li { margin: .3rem 0; }
code { font-size: .8em; word-break: break-all; }
.fields dt { font-weight: bold; margin-top: .4rem; }
.fields dd { margin: 0 0 0 1rem; color: var(--muted); }
@media (max-width: 50rem) { .layout { display: block; } #panel { position: static; height: auto; border: 0; } }
@media print {
  body { font-size: 11pt; }
  .skip, .filters, #tip, #count, .fields { display: none !important; }
  .layout { display: block; }
  #panel { position: static; height: auto; overflow: visible; border: 0; padding: 0; }
  #claims li { break-inside: avoid; }
  #claims li[hidden] { display: list-item; }
  article.source { break-before: page; content-visibility: visible; }
  mark.c { background: none; }
  mark.c[data-v]::after { content: " [" attr(data-v) "]"; font-weight: normal; font-size: .8em; color: var(--muted); }
  a { color: inherit; text-decoration: none; }
}
`

// htmlScript makes the page work: the filters of the claims panel, the
// value of the mark that has the focus or the pointer, and links from the
// panel and the timeline that move the focus to their claim.
const htmlScript = `
(function () {
  "use strict";
  var items = Array.prototype.slice.call(document.querySelectorAll("#claims > li"));
  var kind = document.getElementById("f-kind"), source = document.getElementById("f-source"),
      status = document.getElementById("f-status"), words = document.getElementById("f-text"),
      count = document.getElementById("count"), tip = document.getElementById("tip");
  var texts = items.map(function (li) { return li.textContent.toLowerCase(); });
  function apply() {
    var k = kind.value, s = source.value, r = status.value, t = words.value.toLowerCase(), n = 0;
    for (var i = 0; i < items.length; i++) {
      var d = items[i].dataset;
      var show = (!k || d.k === k) && (!s || d.s === s) && (!r || d.r === r) && (!t || texts[i].indexOf(t) >= 0);
      items[i].hidden = !show;
      if (show) n++;
    }
    count.textContent = n === items.length ? n + (n === 1 ? " claim" : " claims") : n + " of " + items.length + " claims";
  }
  [kind, source, status].forEach(function (el) { el.addEventListener("change", apply); });
  words.addEventListener("input", apply);
  function markOf(el) { return el && el.closest ? el.closest("mark[data-v]") : null; }
  function show(m) {
    tip.textContent = m.getAttribute("data-v");
    tip.hidden = false;
    var r = m.getBoundingClientRect();
    tip.style.left = Math.max(0, window.scrollX + r.left) + "px";
    tip.style.top = (window.scrollY + r.bottom + 4) + "px";
    m.setAttribute("aria-describedby", "tip");
  }
  function hide() { tip.hidden = true; }
  document.addEventListener("focusin", function (e) { var m = markOf(e.target); if (m) show(m); else hide(); });
  document.addEventListener("mouseover", function (e) { var m = markOf(e.target); if (m) show(m); });
  document.addEventListener("mouseout", function (e) {
    var m = markOf(e.target);
    if (m && !m.contains(e.relatedTarget)) { var f = markOf(document.activeElement); if (f) show(f); else hide(); }
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a") : null;
    var href = a && a.getAttribute("href");
    if (!href || href.charAt(0) !== "#" || href === "#claims") return;
    var m = document.getElementById(href.slice(1));
    if (!m || m.tagName !== "MARK") return;
    e.preventDefault();
    history.replaceState(null, "", href);
    m.scrollIntoView({ block: "center" });
    m.focus({ preventScroll: true });
  });
})();
`

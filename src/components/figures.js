// @ts-check
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { chartWidth, figure } from "./chart.js";

/** A tick as people write large numbers: 10k, 1M, 10B, 1T (d3's SI prefixes say G for billions). */
/** @param {number} d */
const tickFormat = (d) => (d < 1000 ? d3.format(",")(d) : d3.format("~s")(d).replace("G", "B"));

/**
 * Powers of ten within the values, every other one when there are many (at most about eight).
 * @param {number[]} values
 */
function powerTicks(values) {
  const [lo, hi] = /** @type {[number, number]} */ (d3.extent(values)).map((v) => Math.log10(v));
  const from = Math.ceil(lo);
  const to = Math.max(from, Math.floor(hi));
  const step = Math.max(1, Math.ceil((to - from) / 8));
  return d3.range(from, to + 1, step).map((e) => 10 ** e);
}

/** Kinds of figure (rows) drawn at most: the most reported. */
const KINDS = 15;

/**
 * Reported figures by what they count (one row per kind, log scale); conflicting reports in vermillion diamonds. Dots link to the sentence.
 * @param {import("../pagedata/index.js").FiguresData["figures"]} figures
 * @param {{width?: number, title?: string}} [options]
 */
export function figuresChart(figures, { width, title = "Reported figures" } = {}) {
  const w = chartWidth(width);
  const kinds = d3
    .rollups(
      figures.filter((f) => f.value > 0),
      (v) => v.length,
      (f) => f.what,
    )
    .sort((a, b) => b[1] - a[1] || d3.ascending(a[0], b[0]))
    .slice(0, KINDS)
    .map(([what]) => what);
  const shown = new Set(kinds);
  const rows = figures
    .filter((f) => f.value > 0 && shown.has(f.what))
    .map((f) => ({ ...f, status: f.conflict ? "conflicting report" : "single report" }));
  const plot = Plot.plot({
    width: w,
    height: 60 + 34 * Math.max(1, kinds.length),
    marginLeft: Math.min(200, Math.floor(w / 3), 10 + 7 * Math.max(4, ...kinds.map((u) => u.length))),
    x: {
      type: "log",
      label: "Value (log scale)",
      grid: true,
      ticks: rows.length ? powerTicks(rows.map((f) => f.value)) : undefined,
      tickFormat,
    },
    y: { domain: kinds, label: null },
    color: { domain: ["single report", "conflicting report"], range: ["#0072B2", "#D55E00"], legend: true },
    symbol: { domain: ["single report", "conflicting report"], range: ["circle", "diamond"] },
    marks: [
      Plot.dot(rows, {
        x: "value",
        y: "what",
        r: 6,
        stroke: "status",
        fill: "status",
        fillOpacity: 0.6,
        symbol: "status",
        href: "href",
        title: (f) => `${f.shown} — [${f.n}] ${f.source}\n${f.sentence}`,
        ariaLabel: (f) => `${f.shown}${f.conflict ? ", disputed" : ""} (source ${f.n})`,
      }),
    ],
  });
  const all = new Set(figures.map((f) => f.what)).size;
  return figure(
    plot,
    title,
    `${rows.length} figures across the ${kinds.length} most reported kinds of count${all > kinds.length ? ` (of ${all}; the table below has them all)` : ""}; ${rows.filter((r) => r.conflict).length} belong to reports that disagree between sources. Each dot links to its sentence.`,
  );
}

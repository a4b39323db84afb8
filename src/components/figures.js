import * as Plot from "@observablehq/plot";
import {figure} from "./timeline.js";

/** Reported figures by what they count (one row per unit, log scale); conflicting reports in vermillion. Dots link to the sentence. */
export function figuresChart(figures, {width = 640, title = "Reported figures"} = {}) {
  const units = [...new Set(figures.map((f) => f.unit))];
  const rows = figures.filter((f) => f.value > 0).map((f) => ({...f, status: f.conflict ? "conflicting report" : "single report"}));
  const plot = Plot.plot({
    width,
    height: 60 + 34 * Math.max(1, units.length),
    marginLeft: Math.min(200, 10 + 7 * Math.max(4, ...units.map((u) => u.length))),
    x: {type: "log", label: "Value (log scale)", grid: true},
    y: {domain: units, label: null},
    color: {domain: ["single report", "conflicting report"], range: ["#0072B2", "#D55E00"], legend: true},
    symbol: {domain: ["single report", "conflicting report"], range: ["circle", "diamond"]},
    marks: [
      Plot.dot(rows, {x: "value", y: "unit", r: 6, stroke: "status", fill: "status", fillOpacity: 0.6, symbol: "status", href: "href", title: (f) => `${f.text} — [${f.n}] ${f.source}\n${f.sentence}`})
    ]
  });
  return figure(plot, title, `${rows.length} figures across ${units.length} kinds of count; ${rows.filter((r) => r.conflict).length} belong to reports that disagree between sources.`);
}

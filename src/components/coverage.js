// @ts-check
import * as Plot from "@observablehq/plot";
import { chartWidth, figure } from "./chart.js";

/**
 * Which sources cover which actors: a grid of mention counts (rows are articles or sources).
 * @param {import("../pagedata/index.js").BriefingData["coverage"]} coverage
 * @param {{width?: number, title?: string}} [options]
 */
export function coverageChart({ by, rows: rowsIn, actors, cells }, { width, title = "Which sources cover whom" } = {}) {
  const w = chartWidth(width);
  // an article's row is labelled with its number: `[n] outlet`
  const rows = rowsIn.map((r) => (typeof r.cite === "string" ? { ...r, label: `[${r.n}] ${r.label}` } : r));
  const label = new Map(rows.map((r) => [r.key, r.label]));
  const name = new Map(actors.map((a) => [a.id, a.name]));
  const data = cells.map((c) => ({ ...c, row: label.get(c.row) ?? c.row, actor: name.get(c.actor) ?? c.actor }));
  const max = Math.max(1, ...data.map((d) => d.count));
  const plot = Plot.plot({
    width: w,
    height: 70 + 26 * rows.length,
    marginLeft: Math.min(260, Math.floor(w / 3), 8 + 6.2 * Math.max(...rows.map((r) => r.label.length), 4)),
    marginBottom: 90,
    x: { domain: actors.map((a) => a.name), label: null, tickRotate: -35 },
    y: { domain: rows.map((r) => r.label), label: null },
    color: { type: "sqrt", scheme: "blues", legend: true, label: "mentions" },
    marks: [
      Plot.cell(data, { x: "actor", y: "row", fill: "count", inset: 1, title: (d) => `${d.row}\n${d.actor}: ${d.count} mention(s)` }),
      Plot.text(data, { x: "actor", y: "row", text: "count", fill: (d) => (d.count > max * 0.45 ? "white" : "black"), fontSize: 10 }),
    ],
  });
  return figure(
    plot,
    title,
    `Mentions of the ${actors.length} most-covered actors in each ${by} (${rows.length} ${by}s). Darker cells mean more mentions; empty cells mean the ${by} does not name the actor.`,
  );
}

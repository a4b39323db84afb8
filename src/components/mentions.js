// @ts-check
import * as Plot from "@observablehq/plot";
import { chartWidth, figure } from "./chart.js";
import { countOf } from "./cite.js";

/**
 * Mentions of one actor per article, in article order (dated articles by date; undated last). Bars link to the article.
 * @param {import("../pagedata/index.js").ActorData["overTime"]} overTime
 * @param {{width?: number, title?: string}} [options]
 */
export function mentionsChart(overTime, { width, title = "Mentions per article" } = {}) {
  const w = chartWidth(width);
  const rows = overTime.map((d) => ({ ...d, label: `[${d.n}] ${d.date ?? "undated"}` }));
  const plot = Plot.plot({
    width: w,
    height: 60 + 24 * rows.length,
    marginLeft: Math.min(130, Math.floor(w / 3)),
    x: { label: "mentions", grid: true },
    y: { domain: rows.map((d) => d.label), label: null },
    marks: [
      Plot.barX(rows, {
        y: "label",
        x: "count",
        fill: "#0072B2",
        href: "href",
        title: (d) => `${d.title}\n${d.count} mention(s)`,
        ariaLabel: (d) => `${d.count} mention${d.count === 1 ? "" : "s"} in article ${d.n}, ${d.title}`,
      }),
      Plot.ruleX([0]),
    ],
  });
  return figure(
    plot,
    title,
    `Mentions in ${countOf(rows.length, "article", "articles")}, most in [${rows.slice().sort((a, b) => b.count - a.count)[0]?.n ?? "–"}]. Each bar links to its article.`,
  );
}

import * as Plot from "@observablehq/plot";
import {figure} from "./timeline.js";

/** Mentions of one actor per article, in article order (dated articles by date; undated last). */
export function mentionsChart(overTime, {width = 640, title = "Mentions per article"} = {}) {
  const rows = overTime.map((d) => ({...d, label: `[${d.n}] ${d.date ?? "undated"}`}));
  const plot = Plot.plot({
    width,
    height: 60 + 24 * rows.length,
    marginLeft: 130,
    x: {label: "mentions", grid: true},
    y: {domain: rows.map((d) => d.label), label: null},
    marks: [Plot.barX(rows, {y: "label", x: "count", fill: "#0072B2", href: "href", title: (d) => `${d.title}\n${d.count} mention(s)`}), Plot.ruleX([0])]
  });
  return figure(plot, title, `Mentions in ${rows.length} article(s), most in [${rows.slice().sort((a, b) => b.count - a.count)[0]?.n ?? "–"}].`);
}

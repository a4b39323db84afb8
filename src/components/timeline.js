import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {dateStatus, dateStatusScale} from "./palette.js";

const parse = (e) => new Date(`${e.day}T00:00:00Z`);

function tipText(e) {
  const flags = [e.granularity !== "day" ? `${e.granularity} only` : null, e.relative ? "relative date" : null, e.inferred ? "inferred date" : null].filter(Boolean);
  return `${e.date}${flags.length ? ` (${flags.join(", ")})` : ""} — [${e.n}] ${e.source}\n${e.text}`;
}

/** Dated events on a time axis: one dot per event, stacked by day; hollow when the date is relative or inferred. Dots link to the sentence. */
export function timelineChart(events, {width = 640, height, title = "Events over time", domain} = {}) {
  const rows = events.map((e) => ({...e, when: parse(e), status: dateStatus(e)}));
  const plot = Plot.plot({
    width,
    height: height ?? Math.max(140, Math.min(420, 60 + 9 * d3.max(d3.rollup(rows, (v) => v.length, (d) => d.day).values() ?? [0], (d) => d) || 140)),
    marginLeft: 20,
    x: {type: "utc", label: "Date", domain, nice: !domain},
    y: {axis: null},
    symbol: {legend: true, domain: dateStatusScale.domain, range: ["circle", "diamond", "triangle"]},
    color: {...dateStatusScale, legend: false},
    marks: [
      Plot.ruleY([0], {stroke: "currentColor", strokeOpacity: 0.2}),
      Plot.dot(rows, Plot.dodgeY("middle", {x: "when", r: 5, symbol: "status", stroke: "status", fill: (d) => (d.status === "stated" ? d.status : "none"), strokeWidth: 1.6, href: "href", title: tipText, ariaLabel: (d) => `${d.date}: ${d.text}`}))
    ]
  });
  return figure(plot, title, `${rows.length} dated event${rows.length === 1 ? "" : "s"}${rows.length ? ` from ${d3.min(rows, (d) => d.date)} to ${d3.max(rows, (d) => d.date)}` : ""}; filled marks are dates stated in the text, hollow marks are relative or inferred dates.`);
}

/** Wraps a chart in a <figure> with a title, caption and text alternative. */
export function figure(chart, title, description) {
  const fig = document.createElement("figure");
  fig.className = "chart";
  const heading = document.createElement("h3");
  heading.className = "chart-title";
  heading.textContent = title;
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", `${title}. ${description}`);
  const caption = document.createElement("figcaption");
  caption.textContent = description;
  fig.append(heading, chart, caption);
  return fig;
}

/**
 * An overview strip of event counts per day with a horizontal brush. Its value is the selected
 * [start, end] as ISO dates, or null when nothing is brushed; it dispatches "input" on change.
 */
export function dateBrush(events, {width = 640, height = 90, title = "Drag to select a date range"} = {}) {
  const days = d3.rollups(events, (v) => v.length, (d) => d.day).map(([day, count]) => ({when: new Date(`${day}T00:00:00Z`), count}));
  const extent = d3.extent(days, (d) => d.when);
  const domain = extent[0] ? [d3.utcDay.offset(extent[0], -1), d3.utcDay.offset(extent[1], 1)] : [new Date(0), new Date()];
  const plot = Plot.plot({
    width,
    height,
    marginLeft: 30,
    x: {type: "utc", domain, label: null},
    y: {label: "events", ticks: 2},
    marks: [Plot.ruleY([0]), Plot.rectY(days, {x1: (d) => d.when, x2: (d) => d3.utcDay.offset(d.when, 1), y: "count", fill: "#0072B2", insetLeft: 1, insetRight: 1})]
  });
  const x = plot.scale("x");
  const wrapper = figure(plot, title, `Daily count of dated events from ${domain[0].toISOString().slice(0, 10)} to ${domain[1].toISOString().slice(0, 10)}; drag across it to filter by date.`);
  wrapper.classList.add("date-brush");
  wrapper.value = null;
  const scale = d3.scaleUtc().domain(x.domain).range(x.range);
  const brush = d3
    .brushX()
    .extent([[x.range[0], 0], [x.range[1], height - 20]])
    .on("end", ({selection}) => {
      wrapper.value = selection ? selection.map((px) => scale.invert(px).toISOString().slice(0, 10)) : null;
      wrapper.dispatchEvent(new Event("input", {bubbles: true}));
    });
  d3.select(plot).append("g").attr("class", "brush").call(brush);
  return wrapper;
}

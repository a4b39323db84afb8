// @ts-check
// The timeline charts: dated events as stacked dots on a time axis (with the events outside it
// listed), and a brushable strip of counts per day that filters by date.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { html } from "htl";
import { chartWidth, figure } from "./chart.js";
import { cite, formatDate } from "./cite.js";
import { dateStatus, dateStatusScale } from "./palette.js";

/** @typedef {import("../pagedata/index.js").EventView} EventView */
/** @typedef {import("../pagedata/index.js").DayRange} DayRange */
/** @typedef {EventView & {when: Date, status: string}} Row */

/** @param {string} day an ISO day */
const parse = (day) => new Date(`${day}T00:00:00Z`);
const RADIUS = 5;
/** The mark of each date status (dateStatusScale's order), and whether it is filled. */
/** @type {Array<[string, d3.SymbolType, boolean]>} */
const SYMBOLS = [
  ["circle", d3.symbolCircle, true],
  ["diamond", d3.symbolDiamond2, false],
  ["triangle", d3.symbolTriangle2, false],
];

/** The key to the marks: a filled circle for stated dates, hollow marks for relative and inferred ones. */
function legend() {
  return html`<div class="timeline-legend">${dateStatusScale.domain.map((status, i) => {
    const [, type, filled] = SYMBOLS[i];
    const color = dateStatusScale.range[i];
    return html`<span><svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true"><path d=${d3.symbol(type, 64)()} fill=${filled ? color : "none"} stroke=${color} stroke-width="1.6"></path></svg> ${status}${filled ? "" : " (hollow)"}</span>`;
  })}</div>`;
}
const MARGIN = { top: 8, right: 24, bottom: 42, left: 24 };
/** The tallest the strip of dots grows; a column taller than this many dots shows "+N" above it. */
const MAX_HEIGHT = 420;

/** @param {Row} e */
function tipText(e) {
  const flags = [
    e.granularity !== "day" ? `${e.granularity} only` : null,
    e.relative ? "relative date" : null,
    e.inferred ? "inferred date" : null,
  ].filter(Boolean);
  return `${e.date}${flags.length ? ` (${flags.join(", ")})` : ""} — [${e.n}] ${e.source}\n${e.text}`;
}

/** @type {(e: EventView, range: DayRange | null) => boolean} */
const inRange = (e, range) => !range || (e.day >= range.from && e.day <= range.to);

/**
 * The x domain for a range of days: the range, padded so that its first and last dots fit.
 * @param {string[]} days at least one
 * @param {DayRange | null} range
 * @returns {[Date, Date]}
 */
function domainOf(days, range) {
  const from = parse(range?.from ?? /** @type {string} */ (d3.min(days)));
  const to = parse(range?.to ?? /** @type {string} */ (d3.max(days)));
  const pad = Math.max(86_400_000, (+to - +from) * 0.03);
  return [new Date(+from - pad), new Date(+to + pad)];
}

/**
 * Stacks dots in pixel columns one dot wide: a dot plot whose dots never overlap and never leave
 * the frame (a beeswarm can spill out of it). Returns the rows with their `level` and the columns
 * cut at `maxLevels` (their hidden count).
 * @param {Row[]} rows
 * @param {d3.ScaleTime<number, number>} x
 * @param {number} maxLevels
 */
function stack(rows, x, maxLevels) {
  const step = 2 * RADIUS + 1;
  const columns = d3.group(rows, (d) => Math.round(x(d.when) / step));
  /** @type {Array<Row & {level: number}>} */
  const placed = [];
  /** @type {Array<{when: Date, hidden: number}>} */
  const overflow = [];
  for (const [column, list] of columns) {
    list.forEach((d, i) => i < maxLevels && placed.push({ ...d, level: i }));
    if (list.length > maxLevels) overflow.push({ when: x.invert(column * step), hidden: list.length - maxLevels });
  }
  return { placed, overflow, levels: Math.min(maxLevels, d3.max(columns.values(), (l) => l.length) ?? 1) };
}

/**
 * Dated events on a time axis: one dot per event, stacked by day; hollow when the date is relative
 * or inferred. Dots are links to the sentence (Tab reaches them, Enter opens them). The axis spans
 * `range` (the dense part of the dates); events outside it are listed under the chart, with the
 * `outliers` given (events already known to lie outside) and `outlierCount` of them in all.
 * @param {EventView[]} events
 * @param {{width?: number, title?: string, range?: DayRange | null, outliers?: EventView[], outlierCount?: number}} [options]
 */
export function timelineChart(events, { width, title = "Events over time", range = null, outliers = [], outlierCount } = {}) {
  const w = chartWidth(width);
  const onAxis = events.filter((e) => inRange(e, range));
  const off = [...outliers, ...events.filter((e) => !inRange(e, range))];
  /** @type {Row[]} */
  const rows = onAxis.map((e) => ({ ...e, when: parse(e.day), status: dateStatus(e) }));
  const domain = rows.length
    ? domainOf(
        rows.map((d) => d.day),
        range,
      )
    : /** @type {[Date, Date]} */ ([new Date(Date.UTC(2000, 0, 1)), new Date()]);
  const x = d3.scaleUtc(domain, [MARGIN.left, w - MARGIN.right]);
  const maxLevels = Math.floor((MAX_HEIGHT - MARGIN.top - MARGIN.bottom) / (2 * RADIUS + 1)) - 1;
  const { placed, overflow, levels } = stack(rows, x, maxLevels);
  const height = MARGIN.top + MARGIN.bottom + (levels + (overflow.length ? 1 : 0)) * (2 * RADIUS + 1) + 4;
  const plot = Plot.plot({
    width: w,
    height,
    ...Object.fromEntries(Object.entries(MARGIN).map(([k, v]) => [`margin${k[0].toUpperCase()}${k.slice(1)}`, v])),
    x: { type: "utc", domain, label: "Date", labelAnchor: "center", labelArrow: "none", labelOffset: 36 },
    y: { axis: null, domain: [-0.5, levels + (overflow.length ? 1 : 0) - 0.5], range: [height - MARGIN.bottom - 2, MARGIN.top + 2] },
    symbol: { domain: dateStatusScale.domain, range: SYMBOLS.map(([name]) => name) },
    color: { ...dateStatusScale, legend: false },
    marks: [
      Plot.ruleY([-0.5], { stroke: "currentColor", strokeOpacity: 0.25 }),
      // stated dates filled, relative and inferred ones hollow (two marks: a colour scale has no "none")
      ...[/** @param {Row} d */ (d) => d.status === "stated", /** @param {Row} d */ (d) => d.status !== "stated"].map((filter, hollow) =>
        Plot.dot(placed, {
          filter,
          x: "when",
          y: "level",
          r: RADIUS,
          symbol: "status",
          stroke: "status",
          ...(hollow ? { fill: "none" } : { fill: "status" }),
          strokeWidth: 1.6,
          href: "href",
          title: tipText,
          ariaLabel: /** @param {Row} d */ (d) => `${formatDate(d.date)}, ${d.status} date: ${d.text} (source ${d.n})`,
        }),
      ),
      Plot.text(overflow, {
        x: "when",
        y: levels,
        text: /** @param {{hidden: number}} d */ (d) => `+${d.hidden}`,
        fontSize: 10,
        fill: "currentColor",
      }),
    ],
  });
  const total = onAxis.length + (outlierCount ?? off.length);
  const span = rows.length ? `from ${formatDate(d3.min(rows, (d) => d.date))} to ${formatDate(d3.max(rows, (d) => d.date))}` : "";
  const offCount = outlierCount ?? off.length;
  const wrapper = figure(
    plot,
    title,
    `${total} dated event${total === 1 ? "" : "s"}${rows.length ? `; ${rows.length} on the axis, ${span}` : ""}${offCount ? `; ${offCount} outside it, listed below` : ""}. Filled marks are dates stated in the text, hollow marks are relative or inferred dates. Each mark links to its sentence.`,
  );
  wrapper.querySelector("h3")?.after(legend());
  if (off.length) wrapper.append(outlierList(off, offCount));
  return wrapper;
}

/**
 * The events outside the axis's range, listed by date.
 * @param {EventView[]} events
 * @param {number} count
 */
function outlierList(events, count) {
  const sorted = [...events].sort((a, b) => a.day.localeCompare(b.day));
  return html`<div class="timeline-outliers"><p class="muted">Outside the axis (${count} event${count === 1 ? "" : "s"}, far from the dates most events cluster around):</p>
    <ul>${sorted.map((e) => html`<li><b>${formatDate(e.date)}</b> — ${e.text} ${cite(e)}</li>`)}</ul>${count > sorted.length ? html`<p class="muted">The first ${sorted.length} of ${count}: the timeline page lists them all.</p>` : ""}</div>`;
}

/**
 * An overview strip of event counts per day with a horizontal brush, over `range`. Its value is the
 * selected [start, end] as ISO dates, or null when nothing is brushed; it dispatches "input" on change.
 * Two date fields under it set the same selection from the keyboard.
 * @param {EventView[]} events
 * @param {{width?: number, height?: number, title?: string, range?: DayRange | null}} [options]
 */
export function dateBrush(events, { width, height = 90, title = "Drag to select a date range", range = null } = {}) {
  const w = chartWidth(width);
  const shown = events.filter((e) => inRange(e, range));
  const domain = shown.length
    ? domainOf(
        shown.map((e) => e.day),
        range,
      )
    : /** @type {[Date, Date]} */ ([new Date(Date.UTC(2000, 0, 1)), new Date()]);
  // bars at least 3 pixels wide: days over a few months, else weeks, months or years
  const interval =
    [d3.utcDay, d3.utcWeek, d3.utcMonth, d3.utcYear].find((i) => i.count(domain[0], domain[1]) <= (w - 30) / 3) ?? d3.utcYear;
  const unit = interval === d3.utcDay ? "day" : interval === d3.utcWeek ? "week" : interval === d3.utcMonth ? "month" : "year";
  const bins = d3
    .rollups(
      shown,
      (v) => v.length,
      (e) => +interval.floor(parse(e.day)),
    )
    .map(([start, count]) => ({ start: new Date(start), end: interval.offset(new Date(start), 1), count }));
  const plot = Plot.plot({
    width: w,
    height,
    marginLeft: 30,
    x: { type: "utc", domain, label: null },
    y: { label: `events per ${unit}`, ticks: 2 },
    marks: [Plot.ruleY([0]), Plot.rectY(bins, { x1: "start", x2: "end", y: "count", fill: "#0072B2", insetLeft: 0.5, insetRight: 0.5 })],
  });
  // Plot types a scale's domain and range as any iterables: the x scale here is a UTC one in pixels
  const x = /** @type {{domain: [Date, Date], range: [number, number]}} */ (/** @type {unknown} */ (plot.scale("x")));
  /** @type {HTMLElement & {value: string[] | null}} */
  const wrapper = Object.assign(
    figure(
      plot,
      title,
      `Dated events per ${unit} from ${formatDate(domain[0].toISOString().slice(0, 10))} to ${formatDate(domain[1].toISOString().slice(0, 10))}; drag across it to filter by date.`,
    ),
    { value: null },
  );
  wrapper.classList.add("date-brush");
  const scale = d3.scaleUtc().domain(x.domain).range(x.range);
  const brush = d3
    .brushX()
    .extent([
      [x.range[0], 0],
      [x.range[1], height - 20],
    ])
    .on(
      "end",
      /** @param {BrushEnd} event */ ({ selection }) => {
        wrapper.value = selection ? selection.map((px) => scale.invert(px).toISOString().slice(0, 10)) : null;
        wrapper.dispatchEvent(new Event("input", { bubbles: true }));
      },
    );
  const brushed = d3.select(plot).append("g").attr("class", "brush").call(brush);
  wrapper.append(dateFields(domain, scale, brushed, brush));
  return wrapper;
}

/** @typedef {{selection: [number, number] | null, sourceEvent?: Event}} BrushEnd */

/** @param {Date} date */
const isoDay = (date) => date.toISOString().slice(0, 10);

/**
 * The keyboard's way to the brush: a "from" and a "to" date field that move it, and that follow it
 * when it is dragged. Clearing either field clears the selection.
 * @param {[Date, Date]} domain
 * @param {d3.ScaleTime<number, number>} scale
 * @param {d3.Selection<SVGGElement, unknown, null, undefined>} brushed
 * @param {d3.BrushBehavior<unknown>} brush
 */
function dateFields(domain, scale, brushed, brush) {
  const [min, max] = domain.map(isoDay);
  const from = /** @type {HTMLInputElement} */ (html`<input type="date" name="from" min=${min} max=${max}>`);
  const to = /** @type {HTMLInputElement} */ (html`<input type="date" name="to" min=${min} max=${max}>`);
  const fields = html`<div class="brush-dates"><label>From ${from}</label> <label>to ${to}</label> <button type="button">Clear</button></div>`;
  const move = () => {
    const [a, b] = [from.value, to.value].sort();
    brushed.call(brush.move, a && b ? [scale(parse(a)), scale(new Date(+parse(b) + 86_399_999))] : null);
  };
  for (const field of [from, to]) {
    // typing in a field is not yet a selection: only a finished date ("change") moves the brush
    field.addEventListener("input", (event) => event.stopPropagation());
    field.addEventListener("change", move);
  }
  fields.querySelector("button")?.addEventListener("click", () => {
    from.value = to.value = "";
    move();
  });
  brush.on(
    "end.fields",
    /** @param {BrushEnd} event */ ({ selection, sourceEvent }) => {
      if (!sourceEvent) return; // moved from the fields: they already hold the dates
      [from.value, to.value] = selection ? selection.map((px) => isoDay(scale.invert(px))) : ["", ""];
    },
  );
  return fields;
}

// @ts-check
// The actors page's co-mention network: a force layout run to rest, drawn once as SVG.
import * as d3 from "d3";
import { chartWidth, figure } from "./chart.js";
import { typeScale } from "./palette.js";
import { countOf } from "./cite.js";

const FONT_SIZE = 11;
/** Room kept at the top for the legend. */
const LEGEND_HEIGHT = 26;
const EDGE = 20;

/** @typedef {import("../pagedata/index.js").ActorsData["network"]} Network */
/** @typedef {Network["nodes"][number]} NetworkNode */
/** A node with its place once the layout has run. @typedef {NetworkNode & {x: number, y: number}} PlacedNode */
/** @typedef {d3.SimulationLinkDatum<PlacedNode> & {weight: number}} NetworkLink */
/** @typedef {{x: number, y: number, w: number, h: number}} Box */

/**
 * A link's end once forceLink has replaced its id with the node.
 * @param {NetworkLink["source"]} end
 */
const nodeAt = (end) => /** @type {PlacedNode} */ (end);

/**
 * A label's box beside its node: right of it, or left when `left`. Widths estimated from the font size.
 * @param {PlacedNode} d
 * @param {number} r
 * @param {boolean} left
 * @returns {Box}
 */
function labelBox(d, r, left) {
  const w = d.name.length * FONT_SIZE * 0.58 + 2;
  const h = FONT_SIZE + 2;
  const x = left ? d.x - r - 3 - w : d.x + r + 3;
  return { x, y: d.y - h / 2, w, h };
}

/** @type {(a: Box, b: Box) => boolean} */
const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Which nodes get a visible label, and on which side: the most mentioned first, each labelled only
 * when its label fits inside the chart without covering another label or another node. The rest
 * show their name on hover and on keyboard focus.
 * @param {PlacedNode[]} nodes
 * @param {(mentions: number) => number} radius
 * @param {number} width
 * @param {number} height
 */
function placeLabels(nodes, radius, width, height) {
  /** @type {Box[]} */
  const boxes = [];
  const circles = nodes.map((d) => ({
    x: d.x - radius(d.mentions),
    y: d.y - radius(d.mentions),
    w: 2 * radius(d.mentions),
    h: 2 * radius(d.mentions),
    id: d.id,
  }));
  /** @type {Map<string, "left" | "right">} */
  const placed = new Map();
  for (const d of [...nodes].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))) {
    for (const left of [false, true]) {
      const box = labelBox(d, radius(d.mentions), left);
      const inside = box.x >= 2 && box.x + box.w <= width - 2 && box.y >= LEGEND_HEIGHT && box.y + box.h <= height - 2;
      if (inside && !boxes.some((b) => overlaps(b, box)) && !circles.some((c) => c.id !== d.id && overlaps(c, box))) {
        boxes.push(box);
        placed.set(d.id, left ? "left" : "right");
        break;
      }
    }
  }
  return placed;
}

/**
 * Co-mention network: actors as nodes (sized by mentions, coloured by type), links for sentences
 * naming both. Every node is a link to the actor's page: Tab moves through them (most mentioned
 * first), Enter opens one. Labels are shown where they fit; the others appear on hover and focus.
 * @param {Network} network
 * @param {{width?: number, height?: number, title?: string}} [options]
 */
export function networkChart({ nodes, links }, { width, height = 480, title = "Who appears with whom" } = {}) {
  const w = chartWidth(width);
  const color = d3.scaleOrdinal(typeScale.domain, typeScale.range).unknown("#999");
  const ids = new Set(nodes.map((d) => d.id));
  // x and y are set by the simulation (it starts them on a phyllotaxis when absent)
  const n = /** @type {PlacedNode[]} */ (nodes.map((d) => ({ ...d })));
  /** @type {NetworkLink[]} */
  const l = links.filter((d) => ids.has(d.source) && ids.has(d.target)).map((d) => ({ ...d }));
  const radius = d3
    .scaleSqrt()
    .domain([0, d3.max(n, (d) => d.mentions) || 1])
    .range([4, 18]);
  const simulation = d3
    .forceSimulation(n)
    .force(
      "link",
      d3
        .forceLink(l)
        .id((d) => /** @type {PlacedNode} */ (d).id)
        .distance(70)
        .strength((d) => Math.min(1, 0.1 + d.weight / 10)),
    )
    .force("charge", d3.forceManyBody().strength(-220))
    .force(
      "collide",
      d3.forceCollide((d) => radius(d.mentions) + 4),
    )
    .force("x", d3.forceX(w / 2).strength(0.06))
    .force("y", d3.forceY((height + LEGEND_HEIGHT) / 2).strength(0.08))
    .stop();
  for (let i = 0; i < 300; ++i) simulation.tick();
  for (const d of n) {
    const r = radius(d.mentions);
    d.x = Math.max(EDGE, Math.min(w - EDGE, d.x));
    d.y = Math.max(LEGEND_HEIGHT + r + 2, Math.min(height - EDGE, d.y));
  }
  const labels = placeLabels(n, radius, w, height);
  const svg = d3.create("svg").attr("viewBox", [0, 0, w, height]).attr("width", w).attr("height", height).attr("class", "network");
  svg
    .append("g")
    .attr("stroke", "currentColor")
    .attr("stroke-opacity", 0.25)
    .selectAll("line")
    .data(l)
    .join("line")
    .attr("x1", (d) => nodeAt(d.source).x)
    .attr("y1", (d) => nodeAt(d.source).y)
    .attr("x2", (d) => nodeAt(d.target).x)
    .attr("y2", (d) => nodeAt(d.target).y)
    .attr("stroke-width", (d) => Math.min(6, Math.sqrt(d.weight)));
  // nodes in keyboard order (most mentioned first), drawn so that a focused or hovered one comes on top
  const ordered = [...n].sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  const node = svg
    .append("g")
    .selectAll("a")
    .data(ordered)
    .join("a")
    .attr("href", (d) => d.href)
    .attr("class", (d) => `node${labels.has(d.id) ? "" : " label-on-focus"}`)
    .attr(
      "aria-label",
      (d) => `${d.name}, ${d.type}: ${d.mentions} mentions in ${d.articleCount} article${d.articleCount === 1 ? "" : "s"}`,
    )
    .attr("transform", (d) => `translate(${d.x},${d.y})`);
  node
    .append("circle")
    .attr("r", (d) => radius(d.mentions))
    .attr("fill", (d) => color(d.type))
    .attr("stroke", "var(--theme-background, #fff)")
    .attr("stroke-width", 1.5);
  node
    .append("title")
    .text(
      (d) => `${d.name} (${d.type}): ${countOf(d.mentions, "mention", "mentions")} in ${countOf(d.articleCount, "article", "articles")}`,
    );
  node
    .append("text")
    .text((d) => d.name)
    .attr("x", (d) => (labels.get(d.id) === "left" ? -(radius(d.mentions) + 3) : radius(d.mentions) + 3))
    .attr("text-anchor", (d) => (labels.get(d.id) === "left" ? "end" : "start"))
    .attr("y", 4)
    .attr("font-size", FONT_SIZE)
    .attr("fill", "currentColor")
    .attr("paint-order", "stroke")
    .attr("stroke", "var(--theme-background, #fff)")
    .attr("stroke-width", 3)
    .attr("aria-hidden", "true");
  const legend = svg.append("g").attr("transform", "translate(10,14)").attr("font-size", FONT_SIZE).attr("aria-hidden", "true");
  typeScale.domain.forEach((type, i) => {
    const g = legend.append("g").attr("transform", `translate(${i * 110},0)`);
    g.append("circle").attr("r", 5).attr("fill", color(type));
    g.append("text").attr("x", 9).attr("y", 4).attr("fill", "currentColor").text(type);
  });
  // the name of a node without a label, shown above everything while it is hovered or focused
  const tip = svg
    .append("text")
    .attr("class", "focus-label")
    .attr("font-size", FONT_SIZE)
    .attr("fill", "currentColor")
    .attr("paint-order", "stroke")
    .attr("stroke", "var(--theme-background, #fff)")
    .attr("stroke-width", 4)
    .attr("aria-hidden", "true")
    .attr("display", "none");
  node
    .filter((d) => !labels.has(d.id))
    .on("focus mouseenter", (event, d) => {
      const r = radius(d.mentions);
      const left = labelBox(d, r, false).x + labelBox(d, r, false).w > w - 2;
      tip
        .text(d.name)
        .attr("x", left ? d.x - r - 3 : d.x + r + 3)
        .attr("y", d.y + 4)
        .attr("text-anchor", left ? "end" : "start")
        .attr("display", null);
    })
    .on("blur mouseleave", () => tip.attr("display", "none"));
  const hidden = n.length - labels.size;
  return figure(
    /** @type {SVGSVGElement} */ (svg.node()),
    title,
    `${n.length} most-mentioned actors; ${l.length} links join actors named in the same sentence, thicker when more often. Colour shows the actor type (person, organization, place).${hidden ? ` ${hidden} names that do not fit are shown on hover or keyboard focus.` : ""} Each node links to the actor's page: Tab moves between them, Enter opens one.`,
  );
}

import * as d3 from "d3";
import {figure} from "./timeline.js";
import {typeScale} from "./palette.js";

/** Co-mention network: actors as nodes (sized by mentions, coloured by type), links for sentences naming both. Nodes open the actor's page. */
export function networkChart({nodes, links}, {width = 640, height = 480, title = "Who appears with whom"} = {}) {
  const color = d3.scaleOrdinal(typeScale.domain, typeScale.range).unknown("#999");
  const ids = new Set(nodes.map((d) => d.id));
  const n = nodes.map((d) => ({...d}));
  const l = links.filter((d) => ids.has(d.source) && ids.has(d.target)).map((d) => ({...d}));
  const radius = d3.scaleSqrt().domain([0, d3.max(n, (d) => d.mentions) || 1]).range([4, 18]);
  const simulation = d3
    .forceSimulation(n)
    .force("link", d3.forceLink(l).id((d) => d.id).distance(70).strength((d) => Math.min(1, 0.1 + d.weight / 10)))
    .force("charge", d3.forceManyBody().strength(-220))
    .force("collide", d3.forceCollide((d) => radius(d.mentions) + 4))
    .force("x", d3.forceX(width / 2).strength(0.06))
    .force("y", d3.forceY(height / 2).strength(0.08))
    .stop();
  for (let i = 0; i < 300; ++i) simulation.tick();
  for (const d of n) {
    d.x = Math.max(20, Math.min(width - 20, d.x));
    d.y = Math.max(20, Math.min(height - 20, d.y));
  }
  const svg = d3.create("svg").attr("viewBox", [0, 0, width, height]).attr("width", width).attr("height", height).attr("class", "network");
  svg.append("g").attr("stroke", "currentColor").attr("stroke-opacity", 0.25)
    .selectAll("line").data(l).join("line")
    .attr("x1", (d) => d.source.x).attr("y1", (d) => d.source.y).attr("x2", (d) => d.target.x).attr("y2", (d) => d.target.y)
    .attr("stroke-width", (d) => Math.min(6, Math.sqrt(d.weight)));
  const node = svg.append("g").selectAll("a").data(n).join("a")
    .attr("href", (d) => d.href).attr("class", "node")
    .attr("transform", (d) => `translate(${d.x},${d.y})`);
  node.append("circle").attr("r", (d) => radius(d.mentions)).attr("fill", (d) => color(d.type)).attr("stroke", "var(--theme-background, #fff)").attr("stroke-width", 1.5);
  node.append("title").text((d) => `${d.name} (${d.type}): ${d.mentions} mentions in ${d.articleCount} article(s)`);
  node.append("text").text((d) => d.name).attr("x", (d) => radius(d.mentions) + 3).attr("y", 4).attr("font-size", 11).attr("fill", "currentColor")
    .attr("paint-order", "stroke").attr("stroke", "var(--theme-background, #fff)").attr("stroke-width", 3);
  const legend = svg.append("g").attr("transform", "translate(10,14)").attr("font-size", 11);
  typeScale.domain.forEach((type, i) => {
    const g = legend.append("g").attr("transform", `translate(${i * 110},0)`);
    g.append("circle").attr("r", 5).attr("fill", color(type));
    g.append("text").attr("x", 9).attr("y", 4).attr("fill", "currentColor").text(type);
  });
  return figure(svg.node(), title, `${n.length} most-mentioned actors; ${l.length} links join actors named in the same sentence, thicker when more often. Colour shows the actor type. Select a node to open the actor's page.`);
}

// @ts-check
// What every chart shares: a width it can be drawn at, and a <figure> with a heading, a caption and
// a text alternative that assistive technology reads (WCAG 2.1 AA 1.1.1, 4.1.2).

/** The narrowest a chart is drawn: Framework's `width` is 0 before the page is laid out. */
export const MIN_CHART_WIDTH = 320;

/**
 * A width to draw at: `width` when the page has one, never less than MIN_CHART_WIDTH.
 * @param {number | undefined} width
 */
export function chartWidth(width) {
  return Math.max(MIN_CHART_WIDTH, Math.floor(typeof width === "number" && Number.isFinite(width) ? width : 0));
}

/** @param {string} prefix */
const nextId = (prefix) => `${prefix}-${Math.random().toString(36).slice(2, 10)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * Makes a chart's markup accessible. Plot labels its groups ("dot", "x-axis tick") with aria-label
 * on <g> elements that have no role, which ARIA forbids: those labels go. A link mark gets the
 * label of the mark it wraps (or its tooltip), so that it is announced and can be followed with
 * the keyboard.
 * @param {Element} chart
 */
function accessibleMarks(chart) {
  for (const g of chart.querySelectorAll("g[aria-label]:not([role])")) g.removeAttribute("aria-label");
  for (const a of chart.querySelectorAll("a")) {
    if (a.hasAttribute("aria-label")) continue;
    const labelled = a.querySelector("[aria-label]");
    const label = labelled?.getAttribute("aria-label") ?? a.querySelector("title")?.textContent;
    if (label) a.setAttribute("aria-label", label.replace(/\s+/g, " ").trim());
    if (labelled) labelled.removeAttribute("aria-label");
  }
}

/**
 * Wraps a chart in a <figure> with a title, a caption and its text alternative. A chart whose
 * marks are links (`interactive`) is a labelled group the keyboard can enter (each mark a link);
 * any other chart is one image, described by its title and caption.
 * @param {Element} chart a Plot or d3 chart (SVG, or a figure Plot wraps it in with its legend)
 * @param {string} title
 * @param {string} description
 */
export function figure(chart, title, description) {
  const fig = document.createElement("figure");
  fig.className = "chart";
  const heading = document.createElement("h3");
  heading.className = "chart-title";
  heading.textContent = title;
  heading.id = nextId("chart-title");
  const caption = document.createElement("figcaption");
  caption.textContent = description;
  caption.id = nextId("chart-caption");
  accessibleMarks(chart);
  const interactive = chart.querySelector("a") !== null; // Plot writes its links with xlink:href
  if (interactive) {
    chart.setAttribute("role", "group");
    chart.setAttribute("aria-labelledby", heading.id);
    chart.setAttribute("aria-describedby", caption.id);
    chart.removeAttribute("aria-label");
  } else {
    chart.setAttribute("role", "img");
    chart.setAttribute("aria-label", `${title}. ${description}`);
  }
  fig.append(heading, chart, caption);
  return fig;
}

// @ts-check
// Renders article text with its extracted spans highlighted in place (like displaCy). Article text
// is untrusted: it only ever becomes DOM text nodes (createTextNode / textContent), never markup.

/** @typedef {{start: number, end: number}} Range */

/**
 * A mark's colours: its kind's (style.css: --person, --person-text, …), set on the mark itself.
 * @param {string} kind
 */
export function kindStyle(kind) {
  return KINDS.has(kind) ? `--kind: var(--${kind}); --kind-text: var(--${kind}-text)` : null;
}
const KINDS = new Set(["person", "organization", "place", "date", "figure"]);

/**
 * @param {string} tag
 * @param {string | null} className
 * @param {Record<string, string | null | undefined>} [attrs]
 */
function el(tag, className, attrs = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const [k, v] of Object.entries(attrs)) if (v != null) node.setAttribute(k, v);
  return node;
}

/**
 * @template {Range} R
 * @param {R[]} ranges
 * @param {number} start
 */
function containing(ranges, start) {
  return ranges.find((r) => r.start <= start && start < r.end);
}

/**
 * The article's text as an element: sentences are spans with id "s-<start>" (citation targets),
 * actors link to their pages, dates and figures are marked with their normalized value, quotes
 * are underlined with their speaker, boilerplate is hidden unless `showBoilerplate`.
 * @param {import("../pagedata/index.js").ArticleData} article
 * @param {{showBoilerplate?: boolean}} [options]
 */
export function articleText({ text, boilerplate, sentences, spans, quotes }, { showBoilerplate = false } = {}) {
  const marks = [];
  let last = -1;
  for (const s of spans) {
    if (s.start >= last && s.end > s.start) {
      marks.push(s);
      last = s.end;
    }
  }
  const bp = boilerplate.map(([start, end]) => ({ start, end }));
  const sents = sentences.map(([start, end]) => ({ start, end }));
  const cuts = new Set([0, text.length]);
  for (const r of [...bp, ...sents, ...marks, ...quotes]) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const root = el("div", "article-text");
  let sentence = null;
  let sentenceEl = null;
  let mark = null;
  let markEl = null;
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    if (end <= start) continue;
    const piece = document.createTextNode(text.slice(start, end));
    if (containing(bp, start)) {
      const hidden = el("span", "boilerplate", { title: "removed as boilerplate" });
      if (!showBoilerplate) hidden.hidden = true;
      hidden.append(piece);
      root.append(hidden);
      sentence = mark = null;
      continue;
    }
    const s = containing(sents, start);
    if (s !== sentence) {
      sentence = s;
      mark = null;
      sentenceEl = s ? el("span", "sentence", { id: `s-${s.start}` }) : null;
      if (sentenceEl) root.append(sentenceEl);
    }
    const parent = sentenceEl ?? root;
    const m = containing(marks, start);
    const q = containing(quotes, start);
    if (!m) {
      mark = null;
      if (q) {
        const quoteEl = el("span", "quote", { title: q.speaker ? `quote by ${q.speaker}` : "quote (speaker unknown)" });
        quoteEl.append(piece);
        parent.append(quoteEl);
      } else parent.append(piece);
      continue;
    }
    if (m !== mark) {
      mark = m;
      markEl = m.href
        ? el("a", `mark kind-${m.kind}`, { href: m.href, "data-kind": m.kind, style: kindStyle(m.kind), title: `${m.kind}: ${m.label}` })
        : el("mark", `mark kind-${m.kind}`, { "data-kind": m.kind, style: kindStyle(m.kind), title: `${m.kind}: ${m.label}` });
      if (q) markEl.classList.add("in-quote");
      parent.append(markEl);
    }
    markEl?.append(piece);
  }
  return root;
}

/**
 * One sentence with [start, end) marks (offsets relative to the sentence) as <mark> elements.
 * @param {string} text
 * @param {ReadonlyArray<readonly [number, number]>} marks
 */
export function markedSentence(text, marks) {
  const root = el("span", "marked-sentence");
  let at = 0;
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    root.append(document.createTextNode(text.slice(at, start)));
    const m = el("mark", "hit");
    m.textContent = text.slice(start, end);
    root.append(m);
    at = end;
  }
  root.append(document.createTextNode(text.slice(at)));
  return root;
}

/**
 * Scrolls to and highlights the sentence named in the URL hash (#s-<start>), now and on hash change.
 * @param {Element} container
 */
export function followHash(container) {
  const go = () => {
    for (const old of container.querySelectorAll(".cited")) old.classList.remove("cited");
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    const target = container.querySelector(`[id="${CSS.escape(id)}"]`);
    if (!target) return;
    target.classList.add("cited");
    target.scrollIntoView({ block: "center" });
  };
  requestAnimationFrame(go);
  addEventListener("hashchange", go);
  return () => removeEventListener("hashchange", go);
}

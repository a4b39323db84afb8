// The DOM as this module reads it (linkedom): parsing with HTML's case-insensitive attribute names,
// plain text of a subtree, and the class/id words that say what an element is. Pure.
import { parseHTML } from "linkedom";

export type Doc = ReturnType<typeof parseHTML>["document"];
export type El = NonNullable<ReturnType<Doc["querySelector"]>>;

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * Parses HTML into a document. Attribute names are lowercased as browsers do (`CLASS="x"` is `class`);
 * linkedom keeps them as written.
 */
export function parseDocument(html: string): Doc {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll("*")) {
    for (const attr of [...el.attributes]) {
      const lower = attr.name.toLowerCase();
      if (lower === attr.name) continue;
      el.removeAttribute(attr.name);
      if (!el.hasAttribute(lower)) el.setAttribute(lower, attr.value);
    }
  }
  return document;
}

const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
  "body",
  "html",
]);
const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "head",
  "button",
  "select",
  "input",
  "textarea",
]);

/** Plain text of a DOM subtree: inline whitespace collapsed, blocks separated by blank lines; elements in `leaveOut` are left out. */
export function blockText(root: DomNode, leaveOut?: ReadonlySet<unknown>): string {
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const t = current
      .replace(/[ \t\u00a0]+/g, " ")
      .replace(/ *\n */g, "\n")
      .trim();
    if (t) blocks.push(t);
    current = "";
  };
  // iterative, so that a page nested thousands of elements deep cannot overflow the stack;
  // a null entry closes a block
  const stack: Array<DomNode | null> = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      current += (node.textContent ?? "").replace(/\s+/g, " ");
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name) || leaveOut?.has(node)) continue;
    if (name === "br") {
      current += "\n";
      continue;
    }
    const block = BLOCK.has(name);
    if (block) {
      flush();
      stack.push(null);
    }
    if (name === "td" || name === "th") current += " ";
    // linkedom builds `childNodes` anew on each access: read it once
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return blocks.join("\n\n");
}

/** Text of an element with whitespace collapsed. */
export function textOf(el: { textContent: string | null } | null | undefined): string {
  return (el?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/**
 * The words that name an element: its tag split on "-" (custom elements: `cp-credit`), its class
 * tokens, id, role and test/component attributes, lowercased and split on "-", "_", spaces and
 * camelCase. The joined forms stay too ("most-read" gives "most", "read" and "most-read"). With
 * `ownOnly`, a BEM element's name counts for its block only: "headline__footer" is part of a
 * headline, not a footer.
 */
export function nameWords(el: El, ownOnly = false): Set<string> {
  const words = new Set<string>();
  const add = (value: string | null) => {
    if (!value) return;
    for (const raw of value.split(/\s+/)) {
      const token = ownOnly && raw.includes("__") ? raw.slice(0, raw.indexOf("__")) : raw;
      if (!token) continue;
      const lower = token.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();
      words.add(lower);
      const parts = lower.split(/[-_:.]+/).filter(Boolean);
      for (const p of parts) words.add(p);
      for (let i = 0; i + 1 < parts.length; i++) words.add(`${parts[i]}-${parts[i + 1]}`);
    }
  };
  add(el.localName ?? el.tagName.toLowerCase());
  add(el.getAttribute("class"));
  add(el.getAttribute("id"));
  add(el.getAttribute("role"));
  add(el.getAttribute("data-testid"));
  add(el.getAttribute("data-component"));
  add(el.getAttribute("itemprop"));
  return words;
}

/** Whether an element is hidden from readers: `hidden`, `aria-hidden`, `display:none`, screen-reader-only classes. */
export function isHidden(el: El): boolean {
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style") ?? "";
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

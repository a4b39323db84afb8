// @ts-check
import { html } from "htl";

/**
 * A citation link like [3] to the sentence an item came from; the tooltip names the source.
 * @param {{href: string, n: number, source?: string | null, title?: string | null, date?: string | null}} ref
 */
export function cite(ref) {
  const label = [ref.source ?? ref.title, ref.date].filter(Boolean).join(", ");
  return html`<a class="cite" href=${ref.href} title=${label}>[${ref.n}]</a>`;
}

/**
 * An actor's name linking to its page.
 * @param {{href: string | null, name: string, type?: string | null}} actor
 */
export function actorLink(actor) {
  return html`<a class="actor-link type-${actor.type ?? "actor"}" href=${actor.href}>${actor.name}</a>`;
}

/**
 * Joins elements with commas and a final "and".
 * @param {ReadonlyArray<Node | string>} items
 * @param {string} [last]
 */
export function joinList(items, last = "and") {
  /** @type {Array<Node | string>} */
  const out = [];
  items.forEach((item, i) => {
    if (i > 0) out.push(i === items.length - 1 ? (items.length > 2 ? `, ${last} ` : ` ${last} `) : ", ");
    out.push(item);
  });
  return html`<span>${out}</span>`;
}

/**
 * 1,110 · 2.5 · 100 million · 1.2 billion
 * @param {number} value
 */
export function formatNumber(value) {
  const abs = Math.abs(value);
  if (abs >= 1e9 && abs % 1e7 === 0) return `${(value / 1e9).toLocaleString("en-US", { maximumFractionDigits: 2 })} billion`;
  if (abs >= 1e6 && abs % 1e4 === 0) return `${(value / 1e6).toLocaleString("en-US", { maximumFractionDigits: 2 })} million`;
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}

/**
 * A count with its noun: "1 article", "3 articles", "1,110 times" (formatNumber's digits).
 * @param {number} value
 * @param {string} one the noun for one
 * @param {string} many the noun for any other count
 */
export function countOf(value, one, many) {
  return `${formatNumber(value)} ${value === 1 ? one : many}`;
}

/**
 * "9 Aug 2023", "Aug 2023", "2023" from an ISO day, month or year; "undated" without one.
 * @param {string | null | undefined} iso
 */
export function formatDate(iso) {
  if (!iso) return "undated";
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  /** @type {Intl.DateTimeFormatOptions} */
  const options = { timeZone: "UTC", year: "numeric" };
  if (m) options.month = "short";
  if (d) options.day = "numeric";
  return date.toLocaleDateString("en-GB", options);
}

/**
 * A quote's words as its kind says: a direct or partial quote in quotation marks (a partial one
 * tagged, since the rest of its sentence is reported), reported speech without them, tagged.
 * @param {{text: string, kind?: "direct" | "partial" | "indirect"}} quote
 */
export function quoteWords(quote) {
  const span = document.createElement("span");
  span.className = `quote-words quote-${quote.kind ?? "direct"}`;
  span.textContent = quote.kind === "indirect" ? quote.text : `“${quote.text}”`;
  if (quote.kind === "partial" || quote.kind === "indirect") {
    const tag = document.createElement("span");
    tag.className = "tag";
    tag.textContent = quote.kind === "partial" ? "partial quote" : "reported speech";
    span.append(" ", tag);
  }
  return span;
}

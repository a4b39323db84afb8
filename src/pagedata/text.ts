// Text as the pages show it.

/** Cuts `text` to at most `max` characters at a word boundary. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > max * 0.6 ? space : max)}…`;
}

/**
 * A quote's words without the quotation marks (and trailing comma) it was written with: pages add their
 * own. Wire copy's marks too: ''…'' and a closing ” that opens (”…”).
 */
export function quoteBody(text: string): string {
  return text
    .replace(/^\s*(?:''|[“”"‘'])\s*/, "")
    .replace(/[\s,]*(?:''|[”"’'])\s*$/, "")
    .trim();
}

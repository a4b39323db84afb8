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
 * A sentence listing `items` after `opening` ("Described as coup leader; Gen."), with one full stop: an
 * item that ends in an abbreviation's period ("Gen.", "U.S.") ends the sentence with it. Null for no items.
 */
export function listSentence(opening: string, items: readonly string[], separator: string): string | null {
  if (!items.length) return null;
  const text = `${opening} ${items.join(separator)}`;
  return /[.!?…]$/.test(text) ? text : `${text}.`;
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

/** Whether a UTF-16 code unit is white space as a regular expression's `\s` matches it. */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * How many pieces `text.split(/\s+/)` gives (the runs of white space, plus one), without making
 * them: the sources page counts the words of every article.
 */
export function wordCount(text: string): number {
  let runs = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace) runs++;
    inSpace = space;
  }
  return runs + 1;
}

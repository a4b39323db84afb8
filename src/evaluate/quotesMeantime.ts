// The text of a MEANTIME article (meantime.ts) as a reader sees it, for the hand-labelled quotes of
// data/dev-labels/meantime-quotes.json: the corpus's tokenized quotation marks (`` '' and straight
// quotes between spaces) become typographic ones against their words ("`` New GM ''" → "“New GM”").
// A straight quote opens when none is open and closes the open one. Pure.

const MARK = /``|''|"|“|”/g;

export function readerText(tokenized: string): string {
  let out = "";
  let at = 0;
  let open = false;
  for (const m of tokenized.matchAll(MARK)) {
    const i = m.index;
    const opening: boolean = m[0] === "``" || m[0] === "“" || (m[0] === '"' && !open);
    open = opening;
    if (opening) {
      out += tokenized.slice(at, i) + "“";
      at = i + m[0].length;
      if (tokenized[at] === " ") at++;
    } else {
      out += tokenized.slice(at, i).replace(/ $/, "") + "”";
      at = i + m[0].length;
    }
  }
  return out + tokenized.slice(at);
}

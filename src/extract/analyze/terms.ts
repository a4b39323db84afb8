// The content words of a sentence, as the analysis compares them across articles: lower case,
// four letters or more, plural -s and possessive 's dropped, common function words left out.

const STOPWORDS = new Set(
  (
    "that this with from have has had were was been being their there they them than then these those which " +
    "what when where while would could should will shall also into onto over under about after before since " +
    "such some more most other only very just said says according including however although because among " +
    "between within without against during through upon your yours ours very many much each both either " +
    "neither recent recently still even well like made make makes being does done here whose whom"
  ).split(" "),
);

/** A sentence's content words (lower case, plural -s and possessive 's dropped). */
export function terms(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of termList(text)) out.add(word);
  return out;
}

/** A text's content words in order, repeats kept. */
export function termList(text: string): string[] {
  const out: string[] = [];
  const words = /[a-z][a-z'’-]{3,}/g;
  const lower = text.toLowerCase();
  for (let m = words.exec(lower); m; m = words.exec(lower)) {
    let word = m[0];
    if (word.endsWith("'s") || word.endsWith("’s")) word = word.slice(0, -2);
    if (word.endsWith("s")) word = word.slice(0, -1);
    if (word.length > 3 && !STOPWORDS.has(word)) out.push(word);
  }
  return out;
}

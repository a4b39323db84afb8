// Reads the MEANTIME CoNLL conversion (../shared/corpora/meantime-en/README.md): one token a line,
// `<topic>/<doc id>  sentence  token  word  chains`. Each article's text is rebuilt from its tokens
// (a space between tokens, none before closing punctuation or after opening brackets), the headline
// and the date line on lines of their own, and every gold mention keeps its character offsets.
// For evaluation only: the corpus's path is always an argument, its text never enters the repository.

export type CorefClass = "PER" | "ORG" | "LOC" | "PRO" | "FIN" | "OTH" | "SPE";

export interface CorefMention {
  /**
   * The entity: its class and number ("ORG37154719725500990"). The prefix (`cross_intra_`, `cross_`,
   * `intra_`) says how the mention was annotated, not which entity it is: the corpus writes one
   * entity's mentions under several prefixes, in one article and across articles, with one number.
   */
  entity: string;
  entityClass: string;
  start: number;
  end: number;
  text: string;
}

export interface CorefDocument {
  /** `<topic>/<doc id>` */
  id: string;
  topic: string;
  title: string;
  /** ISO day from the date line, when it reads as one. */
  date: string | null;
  text: string;
  mentions: CorefMention[];
}

export class CorefFormatError extends Error {}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't|'|’s)$/i;
const NO_SPACE_AFTER = /^[([{$#]$/;
const MONTHS = "january february march april may june july august september october november december".split(" ");

/** "March 01, 2008" → "2008-03-01". */
export function datelineDay(line: string): string | null {
  const m = /^([A-Za-z]+)\s+(\d{1,2})\s*,\s*(\d{4})$/.exec(line.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
  if (!month) return null;
  return `${m[3]}-${String(month).padStart(2, "0")}-${m[2].padStart(2, "0")}`;
}

interface Token {
  sentence: number;
  word: string;
  chains: string;
}

function buildDocument(id: string, tokens: Token[], lineOf: (i: number) => number): CorefDocument {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let sentence = -1;
  let previous = "";
  const sentenceText = new Map<number, string>();
  tokens.forEach((t) => {
    if (t.sentence !== sentence) {
      if (sentence >= 0) text += sentence <= 1 ? "\n\n" : " ";
      sentence = t.sentence;
    } else if (!NO_SPACE_BEFORE.test(t.word) && !NO_SPACE_AFTER.test(previous)) text += " ";
    starts.push(text.length);
    text += t.word;
    ends.push(text.length);
    previous = t.word;
    sentenceText.set(t.sentence, (sentenceText.get(t.sentence) ?? "") + (sentenceText.has(t.sentence) ? " " : "") + t.word);
  });
  const mentions: CorefMention[] = [];
  const open = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    if (t.chains === "-" || t.chains === "") return;
    for (const raw of t.chains.split("|")) {
      const mark = raw.trim();
      if (!mark) continue;
      const m = /^(\()?([A-Za-z_]+?)([A-Z]{3})(\d+)(\))?$/.exec(mark);
      if (!m) throw new CorefFormatError(`${id}, line ${lineOf(i)}: cannot read the chain mark "${mark}"`);
      const [, opens, prefix, cls, num, closes] = m;
      const key = `${prefix}${cls}${num}`;
      const entity = `${cls}${num}`;
      if (opens) {
        if (closes) mentions.push({ entity, entityClass: cls, start: starts[i], end: ends[i], text: text.slice(starts[i], ends[i]) });
        else (open.get(key) ?? open.set(key, []).get(key)!).push(i);
      } else if (closes) {
        const from = open.get(key)?.pop();
        if (from === undefined) throw new CorefFormatError(`${id}, line ${lineOf(i)}: "${mark}" closes a mention that was never opened`);
        mentions.push({ entity, entityClass: cls, start: starts[from], end: ends[i], text: text.slice(starts[from], ends[i]) });
      }
    }
  });
  const [topic] = id.split("/");
  return {
    id,
    topic,
    title: sentenceText.get(0) ?? "",
    date: datelineDay(sentenceText.get(1) ?? ""),
    text,
    mentions: mentions.sort((a, b) => a.start - b.start || b.end - a.end),
  };
}

/** Every article of a MEANTIME CoNLL file, in file order. */
export function parseMeantime(conll: string, file = "meantime.conll"): CorefDocument[] {
  const docs: CorefDocument[] = [];
  let current: { id: string; tokens: Token[]; lines: number[] } | null = null;
  const lines = conll.split(/\r?\n/);
  lines.forEach((line, n) => {
    if (line.startsWith("#begin document")) {
      const m = /\(([^)]+)\)/.exec(line);
      if (!m) throw new CorefFormatError(`${file}, line ${n + 1}: a #begin document line without "(topic/doc)"`);
      current = { id: m[1], tokens: [], lines: [] };
      return;
    }
    if (line.startsWith("#end document")) {
      if (current) docs.push(buildDocument(current.id, current.tokens, (i) => current!.lines[i]));
      current = null;
      return;
    }
    if (!line.trim() || !current) return;
    const cols = line.split("\t");
    if (cols.length < 5) throw new CorefFormatError(`${file}, line ${n + 1}: expected 5 tab-separated columns, found ${cols.length}`);
    current.tokens.push({ sentence: Number(cols[1]), word: cols[3], chains: cols[4] });
    current.lines.push(n + 1);
  });
  if (!docs.length) throw new CorefFormatError(`${file}: no "#begin document" found`);
  return docs;
}

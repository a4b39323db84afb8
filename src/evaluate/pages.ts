// Scoring of saved web pages against their gold sidecars: is the title right, how much of the
// article's words the text keeps (recall) and how much of the text is the article (precision), is
// the publication day right, and is every article date one the page itself writes. Pure.

/** What a person reads off the page: the headline, the publication day (or null) and the article. */
export interface PageGold {
  title: string;
  date: string | null;
  text: string;
  source?: string;
  location?: string;
}

/** What the engine made of the page. */
export interface PagePrediction {
  title: string;
  date: string | null;
  dateSource?: string;
  text: string;
  source?: string | null;
  location?: string | null;
}

export interface PageCase {
  name: string;
  /** The page as decoded text (HTML), to check that a predicted day is written in it. */
  page: string;
  gold: PageGold;
  predicted: PagePrediction;
}

export interface PageRow {
  name: string;
  titleRight: boolean;
  recall: number;
  precision: number;
  dateRight: boolean;
  /** A predicted article date that the page does not write anywhere. */
  dateNotInPage: boolean;
}

export interface PageScores {
  pages: number;
  titleRight: number;
  /** Bag-of-words recall and precision, summed over all pages (micro average). */
  recall: number;
  precision: number;
  /** The same, averaged page by page (macro average). */
  macroRecall: number;
  macroPrecision: number;
  dateRight: number;
  datesNotInPage: number;
  rows: PageRow[];
}

/** Words of a text, lowercased: letters and digits, apostrophes inside words kept out ("Niger’s" → "nigers"). */
export function words(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/(?<=[\p{L}\p{N}])['’](?=[\p{L}\p{N}])/gu, "")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function bag(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of list) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Words the two texts share (counted with multiplicity), and the size of each. */
export function wordOverlap(predicted: string, gold: string): { shared: number; predicted: number; gold: number } {
  const p = bag(words(predicted));
  const g = bag(words(gold));
  let shared = 0;
  for (const [w, n] of p) shared += Math.min(n, g.get(w) ?? 0);
  const size = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { shared, predicted: size(p), gold: size(g) };
}

/** A title as compared: NFKC, straight quotes, single spaces, trimmed. Case and dashes count. */
export function normalizeTitle(title: string): string {
  return title.normalize("NFKC").replace(/[‘’‛]/g, "'").replace(/[“”„]/g, '"').replace(/\s+/g, " ").trim();
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** French month names, as French pages write a day ("3 mars 2024", "1er août 2023"). */
const FRENCH_MONTHS = [
  "janvier",
  "février",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "août",
  "septembre",
  "octobre",
  "novembre",
  "décembre",
];

/** The ways a page may write a calendar day: ISO, numeric, and with the month's name or abbreviation. */
export function dayForms(isoDay: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m) return [];
  const [, y, mm, dd] = m;
  const month = MONTHS[Number(mm) - 1];
  const d = String(Number(dd));
  const short = month.slice(0, 3);
  const names = [month, short, `${short}.`, ...(month === "september" ? ["sept", "sept."] : [])];
  const forms = [
    `${y}-${mm}-${dd}`,
    `${y}/${mm}/${dd}`,
    `${y}${mm}${dd}`,
    `${mm}/${dd}/${y}`,
    `${dd}/${mm}/${y}`,
    `${dd}.${mm}.${y}`,
    `${mm}.${dd}.${y}`,
    `${d}/${Number(mm)}/${y}`,
    `${Number(mm)}/${d}/${y}`,
  ];
  for (const name of names) {
    for (const day of new Set([d, dd])) {
      forms.push(`${name} ${day}, ${y}`, `${name} ${day} ${y}`, `${day} ${name} ${y}`, `${day} ${name}, ${y}`, `${day}. ${name} ${y}`);
    }
  }
  // French: "3 mars 2024", "1er août 2023"
  const french = FRENCH_MONTHS[Number(mm) - 1];
  for (const day of new Set([d, dd, ...(d === "1" ? ["1er"] : [])])) forms.push(`${day} ${french} ${y}`);
  return forms;
}

/** The page's text as the date check reads it: lowercased, entities for spaces decoded, whitespace collapsed. */
function flatten(page: string): string {
  return page
    .replace(/&nbsp;|&#160;|&#xa0;/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** Whether `isoDay` is written anywhere in the page (markup attributes included), in any common form. */
export function dayWrittenIn(page: string, isoDay: string): boolean {
  const raw = page.toLowerCase();
  const text = flatten(page);
  return dayForms(isoDay).some((f) => {
    const at = (s: string) => {
      for (let i = s.indexOf(f); i >= 0; i = s.indexOf(f, i + 1)) {
        // a form must stand alone: "2023-08-09" not inside "12023-08-091"
        const before = s[i - 1] ?? " ";
        const after = s[i + f.length] ?? " ";
        if (!/[0-9]/.test(before) && !/[0-9]/.test(after)) return true;
      }
      return false;
    };
    return at(raw) || at(text);
  });
}

export function scorePages(cases: PageCase[]): PageScores {
  const rows: PageRow[] = [];
  let shared = 0;
  let predictedWords = 0;
  let goldWords = 0;
  for (const c of cases) {
    const o = wordOverlap(c.predicted.text, c.gold.text);
    shared += o.shared;
    predictedWords += o.predicted;
    goldWords += o.gold;
    const date = c.predicted.date;
    rows.push({
      name: c.name,
      titleRight: normalizeTitle(c.predicted.title) === normalizeTitle(c.gold.title),
      recall: o.gold ? o.shared / o.gold : 1,
      precision: o.predicted ? o.shared / o.predicted : o.gold ? 0 : 1,
      dateRight: date === c.gold.date,
      dateNotInPage: date !== null && !dayWrittenIn(c.page, date),
    });
  }
  const n = rows.length || 1;
  const mean = (f: (r: PageRow) => number) => rows.reduce((a, r) => a + f(r), 0) / n;
  return {
    pages: rows.length,
    titleRight: rows.filter((r) => r.titleRight).length,
    recall: goldWords ? shared / goldWords : 1,
    precision: predictedWords ? shared / predictedWords : 1,
    macroRecall: mean((r) => r.recall),
    macroPrecision: mean((r) => r.precision),
    dateRight: rows.filter((r) => r.dateRight).length,
    datesNotInPage: rows.filter((r) => r.dateNotInPage).length,
    rows,
  };
}

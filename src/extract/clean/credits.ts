// Credits: bylines ("By Jane Doe, Associated Press"), photo and copyright credits ("Photo: Reuters",
// "(Getty Images)", "AFP via Getty Images", "© Provided by Business Insider Inc"), image captions
// ("Image caption, ...") and production credits ("Reporting by ...; Editing by ..."). Each is page
// furniture: its range is boilerplate and the credited name is kept as metadata. Pure.
import type { OffsetPair } from "../util/ranges.js";

export interface CreditMatch {
  range: OffsetPair;
  /** The credited name or line, as written; null for a caption, which credits nobody. */
  credit: string | null;
}

/** Words a byline may hold besides capitalized names. */
const BYLINE_SMALL = new Set([
  "and",
  "&",
  "of",
  "the",
  "de",
  "da",
  "del",
  "della",
  "der",
  "den",
  "van",
  "von",
  "al",
  "el",
  "bin",
  "ibn",
  "la",
  "le",
  "du",
  "dos",
  "das",
  "y",
  "e",
  "in",
  "at",
  "for",
  "with",
  "staff",
  "writer",
  "reporter",
  "correspondent",
  "editor",
  "contributor",
  "columnist",
  "special",
  "senior",
  "chief",
  "news",
  "agency",
]);

const BYLINE_LEAD = /^(?:by|written by|words by|story by|report by|text by|von|par|por)\s+/i;

/** The names of a byline line ("By JANE DOE and John Roe, Associated Press" → "JANE DOE and John Roe, Associated Press"), or null. */
export function bylineOf(line: string): string | null {
  const text = line.trim();
  if (text.length > 150) return null;
  const lead = BYLINE_LEAD.exec(text);
  if (!lead) return null;
  const rest = text.slice(lead[0].length).replace(/[\s.,;:|]+$/, "");
  const tokens = rest.split(/[\s,;|/]+/).filter(Boolean);
  if (!tokens.length || tokens.length > 14) return null;
  for (const token of tokens) {
    const word = token.replace(/^[("'“]+|[)"'”.]+$/g, "");
    if (!word || /^\p{Lu}/u.test(word) || BYLINE_SMALL.has(word.toLowerCase())) continue;
    if (/^(?:al|el|bin|de|van|von|d|l)['’-]\p{Lu}/u.test(word)) continue; // "al-Masri", "d'Estaing"
    return null;
  }
  // a byline names someone: at least one capitalized word that is not a small word
  if (!tokens.some((t) => /^\p{Lu}/u.test(t) && !BYLINE_SMALL.has(t.toLowerCase()))) return null;
  return rest;
}

/** "Reporting by Kofi Mensah; Writing by Amina Diallo; Editing by Peter Graff", with or without parentheses. */
const PRODUCTION_CREDIT =
  /^\(?\s*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|edited|compiled|produced|translated|translation|graphics?|photos?|photography|research|fact-checking|video|interviews?|design|data)\s+by\s+[^\n]{1,250}$/i;

/** "CNN’s Jane Roe contributed reporting.", "Associated Press writer Ali Musa in Lagos contributed to this report." */
const CONTRIBUTED =
  /^\(?\p{Lu}[^.!?\n]{0,140}\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))(?: from [\p{Lu}][\p{L} ,.]{0,60})?\.?\)?$/u;

/** Desk words between an outlet and its writer's role: "AP Business Writer", "Times Staff Writer". */
const DESK =
  "Staff|Senior|Chief|Special|Business|Sports|Science|Medical|Political|Economics|Diplomatic|Legal|Religion|Entertainment|Technology|Military|National|Foreign|Financial|Health|Labor|Education|Environmental|Environment|Television|Food|Travel|Art|Arts|Music|Film|Movie|Energy|Farm|Auto|Aerospace|Investigative|Regional|White House";
/**
 * The line under a wire byline that names the writer's desk: "Associated Press Writer", "AP Business
 * Writer", "Reuters Correspondent". The outlet before the desk words is the credit ("Associated Press").
 */
const DESK_LINE = new RegExp(`^((?:\\p{Lu}[\\p{L}.&'-]*\\s+){0,4}?)(?:(?:${DESK})\\s+)*(?:Writer|Correspondent|Columnist)$`, "u");

/** The outlet a desk line credits ("Associated Press Writer" → "Associated Press"), "" when it names none, null for any other line. */
export function deskLineOf(line: string): string | null {
  const text = line.trim();
  if (text.length > 60) return null;
  const m = DESK_LINE.exec(text);
  return m ? m[1].trim() : null;
}

/** A whole line of production credits, or null. */
export function productionCreditOf(line: string): string | null {
  const text = line.trim();
  const desk = deskLineOf(text);
  if (desk !== null) return desk || text;
  if (text.length <= 200 && CONTRIBUTED.test(text)) return text.replace(/^\(|\)$/g, "").replace(/\.$/, "");
  if (text.length > 260 || !PRODUCTION_CREDIT.test(text)) return null;
  // each clause is "X by Names": no sentence inside ("by the end of the year, officials said")
  const inner = text.replace(/^\(\s*|\s*\)\.?$/g, "");
  const clauses = inner.split(/\s*;\s*|\s*\.\s+(?=\p{Lu})/u);
  for (const clause of clauses) {
    const m = /^(?:[\p{L}-]+\s+){0,2}by\s+(.+)$/iu.exec(clause.trim());
    if (!m) return null;
    const names = m[1].replace(/\.$/, "").split(/\s*(?:,|\band\b|&)\s*/);
    for (const n of names) {
      const words = n.split(/\s+/).filter(Boolean);
      if (!words.length || words.length > 6) return null;
      // "Kofi Mensah in Accra", "Peter Graff"
      if (!words.every((w) => /^\p{Lu}/u.test(w) || /^(?:in|at|from|de|van|von|al|el|bin|the)$/i.test(w))) return null;
    }
  }
  return inner;
}

/** "Photo: Reuters", "Photograph: ORTN/AFP/Getty Images", "Image source, Getty Images", "Credit: Jane Doe". */
const CREDIT_LINE =
  /^(?:(?:file\s+)?(?:photo(?:graph)?|image|picture|pic|video|illustration|graphic|footage)s?(?:\s+(?:credit|source|courtesy(?:\s+of)?))?|credits?|photo credits?|image credits?)\s*[:|,]\s*(\S.{0,150})$/i;

/** "Image caption, Smoke rises over Khartoum", "Caption: ...": a caption, chrome when it stands in the text. */
const CAPTION_LINE = /^(?:image|photo|picture|video|media)\s+caption\s*[:,]\s*\S|^caption\s*:\s*\S/i;

/** A whole-line photo credit or caption; `credit` is the credited name (null for a caption). */
export function creditLineOf(line: string): { credit: string | null } | null {
  const text = line.trim();
  if (CAPTION_LINE.test(text) && text.length <= 400) return { credit: null };
  const m = CREDIT_LINE.exec(text);
  if (m && text.length <= 160) return { credit: m[1].replace(/[\s.]+$/, "").trim() };
  return null;
}

/** The holder named by a copyright line: "Copyright 2023 The Associated Press. All rights reserved." → "The Associated Press". */
export function copyrightHolderOf(line: string): string | null {
  const m = /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:copyright\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?(.*)$/i.exec(
    line.trim(),
  );
  if (!m) return null;
  let holder = m[1]
    .split(/\.\s|\s*\|\s*|\s*·\s*|,\s*all rights reserved|\ball rights reserved/i)[0]
    .replace(/\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)\s*\.?$/, "")
    .replace(/[\s.,]+$/, "")
    .trim();
  if (/^provided by\s+/i.test(holder)) holder = holder.replace(/^provided by\s+/i, "");
  if (!holder || holder.length > 80 || !/^\p{Lu}|^\d/u.test(holder)) return null;
  return holder;
}

// ---- credits inside a line ----

/** Capitalized name words for "© Provided by X": stops at a company suffix, or after the words of a name. */
const COMPANY_SUFFIX =
  /^(?:Inc\.?|Ltd\.?|LLC|L\.L\.C\.|Corp\.?|Co\.|plc|PLC|GmbH|AG|SA|S\.A\.|Limited|Group|Media|Network|Networks|News|Publishing|Press)$/;
const SENTENCE_STARTERS = new Set([
  "What",
  "Why",
  "How",
  "When",
  "Where",
  "Who",
  "The",
  "A",
  "An",
  "In",
  "On",
  "At",
  "As",
  "After",
  "Before",
  "But",
  "And",
  "It",
  "This",
  "That",
  "These",
  "Those",
  "There",
  "Here",
  "Officials",
  "According",
]);

function providedBy(text: string): CreditMatch[] {
  const out: CreditMatch[] = [];
  const re = /©\s*Provided by\s+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    let at = m.index + m[0].length;
    const names: string[] = [];
    let end = at;
    const word = /([\p{Lu}\d][\p{L}\p{N}.&'’-]*)(\s*)/uy;
    for (let count = 0; count < 6; count++) {
      word.lastIndex = at;
      const w = word.exec(text);
      if (!w) break;
      if (count > 0 && SENTENCE_STARTERS.has(w[1])) break;
      names.push(w[1]);
      end = at + w[1].length;
      at = word.lastIndex;
      if (COMPANY_SUFFIX.test(w[1]) || text[end] === "\n") break;
      if (!/^[ \t]+$/.test(w[2])) break;
    }
    if (!names.length) continue;
    out.push({ range: [start, end], credit: names.join(" ") });
    re.lastIndex = end;
  }
  return out;
}

const AGENCY =
  "AFP|AP|Reuters|REUTERS|EPA(?:-EFE)?|Xinhua|Anadolu(?: Agency)?|Bloomberg|NurPhoto|SOPA Images(?:/LightRocket)?|Sipa(?: USA)?|Getty Images|dpa|ANP|PA(?: Wire)?|Pool|POOL";
const IMAGE_LIBRARY = "Getty Images|Shutterstock|Alamy(?: Stock Photo)?|iStock(?:photo)?|AFP via Getty Images|AP Images";
const NAME_WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]*)";
const NAME = `${NAME_WORD}(?: ${NAME_WORD}){0,3}`;

/**
 * Credits that sit inside prose or a caption, whatever surrounds them, each with a cheap test of the
 * lowercased text that must pass before the pattern is run.
 */
const INLINE_CREDITS: Array<{ needs: (lower: string) => boolean; re: RegExp }> = [
  // "(Getty Images)", "(Jane Doe/AFP via Getty Images)", "(Shutterstock)"
  {
    needs: (t) => /getty|shutterstock|alamy|istock|ap images/.test(t),
    re: new RegExp(`\\((?:[^()\\n]{1,80}?\\s*[/,]\\s*)?(?:${IMAGE_LIBRARY})\\)`, "gu"),
  },
  // "(AP Photo/Sam Mednick)", "(Photo: Reuters)", "(U.S. Army photo by Spc. Dana Price)", "(Photo by X/AFP)"
  {
    needs: (t) => /\((?:[^()]{0,40}\s)?(?:photo|image|picture|file photo)/.test(t),
    re: /\((?:[^()\n]{0,40}\s)?(?:photo|photograph|image|picture|file photo)s?\s*(?:by\b|courtesy\b|credit\b|[/:])[^()\n]{1,100}\)/giu,
  },
  // "(Jordan Pike/The Harbor City Courier)": a person's name, a slash, an outlet
  {
    needs: (t) => t.includes("/") && t.includes("("),
    re: new RegExp(
      `\\(${NAME_WORD} ${NAME_WORD}(?: ${NAME_WORD}){0,2}\\s?/\\s?(?:[\\p{Lu}\\d][\\p{L}\\p{N}.&'’-]*)(?: (?:[\\p{Lu}\\d&][\\p{L}\\p{N}.&'’-]*|of|the|de)){0,5}\\)`,
      "gu",
    ),
  },
  // "Amos Gumulira/AFP via Getty Images", "AFP via Getty Images"
  { needs: (t) => t.includes("via getty"), re: new RegExp(`(?:${NAME}\\s?/\\s?)?(?:${AGENCY}) via Getty Images`, "gu") },
  // "REUTERS/Mahamadou Hamidou/File Photo", "AFP/Issouf Sanogo"
  {
    needs: (t) => /(?:reuters|afp|ap|epa(?:-efe)?)\//.test(t),
    re: new RegExp(`\\b(?:REUTERS|AFP|AP|EPA(?:-EFE)?)/${NAME}(?:/File Photo)?`, "gu"),
  },
  // "Name Surname/Reuters" closing a caption line
  {
    needs: (t) => t.includes("/"),
    re: new RegExp(`(?<=[.!?]\\s|^)${NAME_WORD} ${NAME_WORD}(?: ${NAME_WORD}){0,2}\\s?/\\s?(?:${AGENCY})(?:/File Photo)?(?=\\s*$)`, "gmu"),
  },
];

/** "Photo: Jane Doe/Reuters" or "Photograph: X" closing a caption line after a sentence. */
const CAPTION_TAIL = /(?<=[.!?]["”’)]?\s+)(?:photo(?:graph)?|picture|image|credit)s?(?:\s+by)?\s*:\s*([^\n]{1,100})$/gimu;

/** Credits inside lines of `text` (a caption tail, a parenthetical credit, "© Provided by X"). */
export function inlineCredits(text: string): CreditMatch[] {
  const lower = text.toLowerCase();
  const out: CreditMatch[] = lower.includes("provided by") ? providedBy(text) : [];
  for (const { needs, re } of INLINE_CREDITS) {
    if (!needs(lower)) continue;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = m[0];
      const credit = raw.replace(/^\(|\)$/g, "").trim();
      out.push({ range: [m.index, m.index + raw.length], credit });
    }
  }
  CAPTION_TAIL.lastIndex = 0;
  const tails = /(?:photo|picture|image|credit)[^:\n]{0,12}:/.test(lower) ? text.matchAll(CAPTION_TAIL) : [];
  for (const m of tails) {
    const credit = m[1].replace(/[\s.]+$/, "").trim();
    // a credit names someone or something: capitalized, short
    if (!/^\p{Lu}/u.test(credit) || credit.split(/\s+/).length > 10) continue;
    out.push({ range: [m.index, m.index + m[0].length], credit });
  }
  // patterns overlap ("(Photo by X/AFP via Getty Images)" holds "X/AFP via Getty Images"): keep the widest
  out.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const kept: CreditMatch[] = [];
  for (const c of out) {
    const last = kept[kept.length - 1];
    if (last && c.range[0] < last.range[1]) continue;
    kept.push(c);
  }
  return kept;
}

/** Credited names cleaned for metadata: "Photo: X" labels and "(...)" removed, duplicates dropped, order kept. */
export function uniqueCredits(credits: Array<string | null | undefined>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of credits) {
    const t = c
      ?.trim()
      .replace(/^\((.*)\)$/s, "$1")
      .replace(/^(?:photo(?:graph)?|image|picture|credit)s?(?:\s+(?:by|credit|source))?\s*[:,]\s*/i, "")
      .replace(/^(?:photo(?:graph)?|picture)s?\s+by\s+/i, "")
      .replace(/^(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*)?(?:provided by\s+)?/i, "")
      .replace(/\s+/g, " ")
      .trim();
    if (!t) continue;
    const key = t.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

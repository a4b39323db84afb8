// Time stamps of a page ("Updated 10:32 GMT", "Published: 12 March 2024 09:15 GMT", "2 hours ago",
// "By Jane Doe | Aug 9, 2023") and wire tags opening a line ("UPDATE 2-", "BREAKING:"). French
// stamps read alike ("Publié le 27 avril 2015 à 10h12", "Mis à jour le ..."). Pure.
import { normalizeDeclaredDate } from "../util/declaredDate.js";

export type StampKind =
  /** "Published ...", "Posted on ...", "First published on ...", "Date: ..." */
  | "published"
  /** "Updated ...", "Last modified on ..." */
  | "updated"
  /** a bare date, with or without a time: "August 9, 2023 at 11:30 p.m. EDT" */
  | "plain"
  /** a bare clock time: "10:32 GMT", "18.58 BST" */
  | "clock"
  /** "2 hours ago", "yesterday", "2h" */
  | "relative"
  /** "Printed on ...", "Accessed ...": a stamp of the copy, never of the article */
  | "other";

export interface Stamp {
  kind: StampKind;
  /** The calendar day the stamp writes (year, month and day all given), else null. */
  date: string | null;
  text: string;
}

const LABEL =
  /^(?:(?:(first|originally|date)\s+)?(published|posted|created|issued|released|filed|dated?|publié|mis en ligne)|(?:(last|first)\s+)?(updated|modified|edited|revised|amended|mis à jour|modifié|actualisé))(?:\s+(?:on|at|le))?\s*[:\-–—]?\s*|^(printed|accessed|retrieved|saved|downloaded)(?:\s+(?:on|at))?\s*[:\-–—]?\s*/i;
/** Where a second stamp starts inside a line: "Aug 7, 2023 Updated Aug 7, 2023", "Publié le ... Mis à jour le ...". */
const INNER_LABEL =
  /(?<!\b(?:first|last|date|originally))\s+(?=(?:(?:first|last)\s+)?(?:published|posted|updated|modified)\b|mis à jour\b)/i;

const MONTH =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
/** French months, each with the English month it is ("avril" → "April"), full and abbreviated. */
const FRENCH_MONTHS: Array<[RegExp, string]> = [
  [/^janv(?:ier)?$/i, "January"],
  [/^f[ée]vr?(?:ier)?$/i, "February"],
  [/^mars$/i, "March"],
  [/^avr(?:il)?$/i, "April"],
  [/^mai$/i, "May"],
  [/^juin$/i, "June"],
  [/^juil(?:let)?$/i, "July"],
  [/^ao[uû]t$/i, "August"],
  [/^sept(?:embre)?$/i, "September"],
  [/^oct(?:obre)?$/i, "October"],
  [/^nov(?:embre)?$/i, "November"],
  [/^d[ée]c(?:embre)?$/i, "December"],
];
const FRENCH_MONTH =
  "janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?";
const WEEKDAY =
  "mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
const ZONE =
  "utc|gmt|z|bst|ist|cet|cest|eet|eest|wet|west|wat|eat|cat|sast|msk|jst|kst|hkt|sgt|pht|wib|aest|aedt|acst|awst|nzst|nzdt|et|pt|ct|mt|est|edt|cst|cdt|mst|mdt|pst|pdt|ast|adt|hst|akst|akdt";
const RELATIVE =
  "ago|just|now|today|yesterday|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s|days?|d|weeks?|wks?|w|months?|mo|years?|y|an?";

const MONTH_TOKEN = new RegExp(`^(?:${MONTH}|${FRENCH_MONTH})\\.?$`, "i");
const WEEKDAY_TOKEN = new RegExp(`^(?:${WEEKDAY})\\.?$`, "i");
const ZONE_TOKEN = new RegExp(`^(?:(?:${ZONE})(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{2}:?\\d{2})$`, "i");
const RELATIVE_TOKEN = new RegExp(`^(?:${RELATIVE})$`, "i");
// the same words inside a line (made once: dayOfStamp and readStamp ask about every line that may be a stamp)
const FRENCH_MONTH_WORD = new RegExp(`(?<!\\p{L})(?:${FRENCH_MONTH})(?!\\p{L})`, "iu");
const MONTH_WORD = new RegExp(`\\b(?:${MONTH})\\b`, "i");
const ZONE_WORDS = new RegExp(`\\b(?:${ZONE})\\b`, "gi");
const ZONE_OR_MERIDIEM = new RegExp(`\\b(?:${ZONE})\\b|[ap]\\.?m\\.?`, "i");
const NUMBER_TOKEN = /^\d{1,4}(?:st|nd|rd|th|er)?$/i;
const CLOCK_TOKEN = /^(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ap]\.?m\.?)?|\d{1,2}h\d{2})$/i;
const NUMERIC_DATE_TOKEN = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const COMPACT_RELATIVE = /^\d{1,3}(?:h|hr|hrs|m|min|mins|d|w|mo|y)$/i;
const MERIDIEM = /^(?:[ap]\.?m\.?)$/i;
const FILLER = /^(?:at|on|of|the|à|le|,|\||·|•|-|–|—|\/|\(|\))$/i;

interface Tokens {
  ok: boolean;
  hasMonth: boolean;
  hasClock: boolean;
  hasNumber: boolean;
  /** a number that can be a day of the month (1-31, or an ordinal) */
  hasDay: boolean;
  hasRelative: boolean;
  hasNumericDate: boolean;
}

function scan(rest: string): Tokens {
  const t: Tokens = {
    ok: true,
    hasMonth: false,
    hasClock: false,
    hasNumber: false,
    hasDay: false,
    hasRelative: false,
    hasNumericDate: false,
  };
  const tokens = rest
    .replace(/([,|·•()])/g, " $1 ")
    .split(/\s+/)
    .filter(Boolean);
  if (!tokens.length) return { ...t, ok: false };
  for (const raw of tokens) {
    const token = raw.replace(/[.,;]+$/, (m) => (MERIDIEM.test(raw) ? m : ""));
    if (!token || FILLER.test(token)) continue;
    if (MONTH_TOKEN.test(token)) t.hasMonth = true;
    else if (WEEKDAY_TOKEN.test(token)) continue;
    else if (CLOCK_TOKEN.test(token)) t.hasClock = true;
    else if (NUMERIC_DATE_TOKEN.test(token)) t.hasNumericDate = true;
    else if (NUMBER_TOKEN.test(token)) {
      t.hasNumber = true;
      if (parseInt(token, 10) >= 1 && parseInt(token, 10) <= 31 && /^\d{1,2}\D*$/.test(token)) t.hasDay = true;
    } else if (MERIDIEM.test(token) || ZONE_TOKEN.test(token)) continue;
    else if (COMPACT_RELATIVE.test(token)) t.hasRelative = true;
    else if (RELATIVE_TOKEN.test(token)) t.hasRelative = /^(?:ago|now|today|yesterday)$/i.test(token) || t.hasRelative;
    else return { ...t, ok: false };
  }
  return t;
}

/** The calendar day a stamp's words write, when they give year, month and day. */
export function dayOfStamp(rest: string): string | null {
  const iso = /\b(\d{4}-\d{2}-\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/.exec(rest);
  if (iso) return normalizeDeclaredDate(iso[1]);
  // French: "mardi 27 avril 2015 à 10h12" is read as "27 April 2015"
  if (FRENCH_MONTH_WORD.test(rest)) {
    const english = rest
      .replace(/\b\d{1,2}h\d{2}\b/gi, " ")
      .split(/\s+/)
      .map((w) => {
        const bare = w.replace(/[.,]+$/, "");
        const month = FRENCH_MONTHS.find(([re]) => re.test(bare));
        if (month) return month[1];
        if (/^1er$/i.test(bare)) return "1";
        return /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|à|le)$/i.test(bare) ? "" : w;
      })
      .join(" ");
    return dayOfStamp(english);
  }
  // "Thu 10 Aug 2023 07.05 BST": clock times written with a dot confuse a date parser; drop times and zones
  const words = rest
    .replace(/\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?/gi, " ")
    .replace(ZONE_WORDS, " ")
    .replace(/\b(?:at|on)\b/gi, " ")
    .replace(/[|·•]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!/\b\d{4}\b/.test(words) || !MONTH_WORD.test(words)) return null;
  return normalizeDeclaredDate(words);
}

/**
 * Reads one line (or one part of a line) as a time stamp, or null when it is anything else. A stamp
 * is made only of date and time words after an optional label: "Updated figures show" is prose.
 */
export function readStamp(line: string): Stamp | null {
  const text = line.trim();
  if (!text || text.length > 100) return null;
  const label = LABEL.exec(text);
  const rest = label ? text.slice(label[0].length) : text;
  if (label && !rest.trim()) return null;
  const t = scan(rest);
  if (!t.ok) return null;
  const dated = t.hasMonth || t.hasNumericDate;
  if (!dated && !t.hasClock && !t.hasRelative) return null;
  if (!label && !dated && !t.hasRelative && !(t.hasClock && (/:/.test(rest) || ZONE_OR_MERIDIEM.test(rest)))) return null;
  if (!label && t.hasMonth && !t.hasDay && !t.hasClock && !t.hasNumericDate) return null; // "May 2023": no day, a heading rather than a stamp
  const date = dayOfStamp(rest);
  let kind: StampKind;
  if (label) kind = label[5] ? "other" : label[4] ? "updated" : "published";
  else if (dated) kind = "plain";
  else if (t.hasRelative) kind = "relative";
  else kind = "clock";
  return { kind, date, text };
}

/**
 * Reads a line as one or more stamps ("Aug 7, 2023 Updated Aug 7, 2023", "Published: X | Updated: Y"),
 * or null when any part of it is not a stamp.
 */
export function readStamps(line: string): Stamp[] | null {
  if (line.length > 240) return null; // at most two stamps of 100 characters and their separators
  const parts = line
    .split(/\s+[|·•]\s+/)
    .flatMap((part) => part.split(INNER_LABEL))
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return null;
  const stamps: Stamp[] = [];
  for (const part of parts) {
    const stamp = readStamp(part);
    if (!stamp) return null;
    stamps.push(stamp);
  }
  return stamps;
}

/** Reuters/AP-style tags that open a headline or a line: "UPDATE 2-", "BREAKING:", "EXCLUSIVE-". */
const WIRE_TAG =
  /^(?:UPDATE(?:\s?\d{1,2})?|BREAKING(?: NEWS)?|EXCLUSIVE|ANALYSIS|FACTBOX|EXPLAINER|WRAPUP(?:\s?\d{1,2})?|INSIGHT|REFILE|CORRECTED|RPT|URGENT|FLASH|LIVE|WATCH|OPINION)(?:\s?[-–—:]\s?|\s[-–—:]\s)(?=\S)/;

/** The length of a wire tag opening `line`, or 0. The tag must be in capitals: "Update: the talks" is prose. */
export function wireTagLength(line: string): number {
  const m = WIRE_TAG.exec(line);
  return m ? m[0].length : 0;
}

/** A headline without its wire tag: "UPDATE 2-Ghana holds rate" → "Ghana holds rate". */
export function stripWireTag(title: string): string {
  const n = wireTagLength(title);
  return n ? title.slice(n).trim() : title;
}

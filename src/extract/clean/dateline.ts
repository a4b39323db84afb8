// Datelines: the place (and often the agency and day) that opens a news story: "CAIRO (AP) —",
// "WASHINGTON, Oct 5 (Reuters) -", "NIAMEY, Niger, Aug. 9, 2023 (SPA) —", "BAGHDAD -". The place is
// the article's location, the agency a credit, and the dateline itself boilerplate. A wire agency's tag
// may stand without the dash ("WASHINGTON (AP) The Senate"), after it ("WASHINGTON _ (AP) The"), or
// alone ("(Reuters) - The"): it is the credit, never part of the place and never text. Pure.
import { normalizeDeclaredDate } from "../util/declaredDate.js";
import type { OffsetPair } from "../util/ranges.js";

export interface Dateline {
  /** [start, end) of the dateline in the text, dash included. */
  range: OffsetPair;
  /** The place as people write it: "Cairo", "Niamey, Niger", "Washington, D.C."; null for an agency's tag alone ("(AP) _"). */
  location: string | null;
  /** The agency credited in the dateline ("AP", "Reuters"), as written, or null. */
  agency: string | null;
  /** The day the dateline writes when it gives the year too, else null. */
  date: string | null;
}

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const CAPS_WORD = "\\p{Lu}[\\p{Lu}.'’-]*";
const TITLE_WORD = "\\p{Lu}[\\p{Ll}.'’-]+";
const PLACE_CAPS = `${CAPS_WORD}(?: ${CAPS_WORD}){0,3}`;
const PLACE_TITLE = `${TITLE_WORD}(?:[ -](?:${TITLE_WORD}|de|du|la|le|al|el|of))*`;
const REGION = `(?:${CAPS_WORD}|${TITLE_WORD})(?: (?:${CAPS_WORD}|${TITLE_WORD}|of|de|du|la|el)){0,3}`;
const WEEKDAY = "(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:rs?(?:day)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\\.?";
const DAY = `(?:${MONTH} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${MONTH}(?:,? \\d{4})?|${WEEKDAY})`;
const AGENCY = "[\\p{L}\\d][\\p{L}\\d&.' -]{0,30}?";
const DASH = "(?:—|–|--|-|_)";
/** What follows the dash: the first word of the story, a quote, or the end of the line (the story starts below). */
const AFTER_DASH = "(?: (?=[\"“‘'`\\p{Lu}\\d])| ?$)";
/** News agencies whose tag in parentheses makes a dateline without a dash, or stands alone. */
const WIRE_AGENCY =
  "(?:AP|Reuters|REUTERS|AFP|UPI|Bernama|BERNAMA|Xinhua|XINHUA|dpa|DPA|Kyodo|KYODO|Yonhap|PTI|IANS|ANSA|EFE|TASS|Itar-Tass|ITAR-TASS|Interfax|IRNA|SPA|MENA|Anadolu|AA|CNN|Bloomberg|KUNA|WAM|AAP|CP|PA|CNA|Antara|ANTARA|NAN|APS|MAP|RIA Novosti)(?:[- ]Dow Jones)?";
/** An agency's tag after the dash: "WASHINGTON _ (AP) The". */
const TAG_AFTER_DASH = `(?: ?\\((${WIRE_AGENCY})\\))?`;
/** The story's first word right after a tag written without a dash. */
const STORY_START = "(?= [\"“‘'`\\p{Lu}\\d])";

/** Capitals, then optionally a region and a day, then an agency, then a dash: "CAIRO (AP) —". */
const CAPS_DATELINE = new RegExp(
  `^(${PLACE_CAPS})(?:, (?!${WEEKDAY}(?=[ ,(_—–-]|$))(${REGION}))?(?:,? (${DAY}))?(?: ?\\((${AGENCY})\\)| ?/(${AGENCY})/)? ?${DASH}${TAG_AFTER_DASH}${AFTER_DASH}`,
  "u",
);
/** Capitals and a wire agency's tag with no dash: "WASHINGTON (AP) The Senate". */
const CAPS_TAGGED = new RegExp(
  `^(${PLACE_CAPS})(?:, (?!${WEEKDAY}(?=[ ,(_—–-]|$))(${REGION}))?(?:,? (${DAY}))? ?\\((${WIRE_AGENCY})\\)${STORY_START}`,
  "u",
);
/** Title-case places only with an agency: "Washington, DC (CNN) —", "Paris, Aug 9 (AFP) -", "Niamey, Niger CNN —". */
const TITLE_DATELINE = new RegExp(
  `^(${PLACE_TITLE})(?:, (?!${WEEKDAY}(?=[ ,(_—–-]|$))(${REGION}))?(?:,? (${DAY}))?(?: ?\\((${AGENCY})\\)| (\\p{Lu}{2,5})) ?${DASH}${AFTER_DASH}`,
  "u",
);
/** Title case and a wire agency's tag with no dash: "Washington (Reuters) The Senate". */
const TITLE_TAGGED = new RegExp(
  `^(${PLACE_TITLE})(?:, (?!${WEEKDAY}(?=[ ,(_—–-]|$))(${REGION}))?(?:,? (${DAY}))? ?\\((${WIRE_AGENCY})\\)${STORY_START}`,
  "u",
);
/** A wire agency's tag alone opening the story: "(AP) _ The Senate", "(Reuters) - The". */
const TAG_ALONE = new RegExp(`^\\((${WIRE_AGENCY})\\)(?: ?${DASH})?${AFTER_DASH}`, "u");

/** Capitalized words that open a line but are not places. */
const NOT_PLACES = new Set([
  "UPDATE",
  "BREAKING",
  "EXCLUSIVE",
  "ANALYSIS",
  "OPINION",
  "EDITORIAL",
  "COMMENTARY",
  "COMMENT",
  "NOTE",
  "EDITOR'S NOTE",
  "EDITOR’S NOTE",
  "WARNING",
  "CORRECTION",
  "CLARIFICATION",
  "WATCH",
  "LIVE",
  "VIDEO",
  "PHOTOS",
  "PHOTO",
  "AUDIO",
  "PODCAST",
  "FACTBOX",
  "EXPLAINER",
  "REVIEW",
  "INTERVIEW",
  "QUESTION",
  "ANSWER",
  "MORE",
  "RELATED",
  "ADVERTISEMENT",
  "SPONSORED",
  "NEWS",
  "TOP",
  "FILE",
  "IMAGE",
  "READ",
  "CLICK",
  "TRANSCRIPT",
  "SUMMARY",
  "BACKGROUND",
  "CONTEXT",
  "WHAT",
  "WHY",
  "HOW",
  "THE",
  "A",
  "AN",
  "IN",
  "NOTE TO EDITORS",
  "URGENT",
  "FLASH",
  "INSIGHT",
  "WRAPUP",
  "REFILE",
  "CORRECTED",
  "RPT",
  "Q",
  "MR",
  "MRS",
  "MS",
  "DR",
  "GEN",
  "SEN",
  "REP",
  "PRESIDENT",
  "SECRETARY",
  "MINISTER",
]);

const PARTICLES = new Set([
  "de",
  "du",
  "des",
  "la",
  "le",
  "les",
  "el",
  "al",
  "da",
  "do",
  "dos",
  "das",
  "di",
  "del",
  "of",
  "the",
  "au",
  "aux",
  "sur",
  "upon",
  "on",
  "en",
  "y",
  "and",
]);

function casePart(part: string, first: boolean): string {
  if (!part) return part;
  if (/\p{Ll}/u.test(part)) return part; // already mixed case: as written
  if (/^(?:\p{Lu}\.){2,}$/u.test(part)) return part; // "D.C.", "U.S."
  const lower = part.toLowerCase();
  if (!first && PARTICLES.has(lower)) return lower;
  const apostrophe = /^(\p{L})['’](\p{L}.*)$/u.exec(part);
  if (apostrophe) {
    const prefix = !first && /^[dl]$/i.test(apostrophe[1]) ? apostrophe[1].toLowerCase() : apostrophe[1].toUpperCase();
    return `${prefix}’${casePart(apostrophe[2], true)}`.replace("’", part.includes("'") ? "'" : "’");
  }
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** A place in capitals as people write it: "NIAMEY" → "Niamey", "PORT-AU-PRINCE" → "Port-au-Prince", "N'DJAMENA" → "N'Djamena". */
export function placeCase(place: string): string {
  return place
    .trim()
    .split(/\s+/)
    .map((word, i) =>
      word
        .split("-")
        .map((part, j) => casePart(part, i === 0 && j === 0))
        .join("-"),
    )
    .join(" ");
}

/** The dateline opening `line`, with offsets relative to the line, or null. */
export function datelineOf(line: string): Dateline | null {
  const alone = TAG_ALONE.exec(line);
  if (alone) return { range: [0, alone[0].trimEnd().length], location: null, agency: alone[1], date: null };
  const m = CAPS_DATELINE.exec(line) ?? TITLE_DATELINE.exec(line) ?? CAPS_TAGGED.exec(line) ?? TITLE_TAGGED.exec(line);
  if (!m) return null;
  const caps = CAPS_DATELINE.test(line) || CAPS_TAGGED.test(line);
  const [whole, place, region, day] = m;
  const agency = (m[4] ?? m[5] ?? m[6] ?? null)?.trim() || null;
  if (NOT_PLACES.has(place.toUpperCase())) return null;
  if ((place.match(/\p{L}/gu) ?? []).length < 3) return null;
  // a capitals-only dateline without an agency must be all capitals: "Niger - the junta" is prose
  if (caps && !agency && /\p{Ll}/u.test(place)) return null;
  // a region in short capitals is an abbreviation and stays so: "DC", "NY", "UAE"
  const regionCased = region
    ? region
        .split(" ")
        .map((w) => (/^\p{Lu}{2,3}$/u.test(w) ? w : placeCase(w)))
        .join(" ")
    : null;
  const location = [placeCase(place), regionCased].filter(Boolean).join(", ");
  const date = day && /\d{4}/.test(day) ? normalizeDeclaredDate(day) : null;
  const dash = whole.trimEnd();
  return { range: [0, dash.length], location, agency, date };
}

/**
 * The dateline of an article: the first of its opening lines (at most `lines` non-empty lines that are
 * not wholly boilerplate) that starts with one.
 */
export function findDateline(text: string, boilerplate: OffsetPair[], lines = 4): Dateline | null {
  let at = 0;
  let seen = 0;
  while (at < text.length && seen < lines) {
    let nl = text.indexOf("\n", at);
    if (nl < 0) nl = text.length;
    let s = at;
    while (s < nl && /\s/.test(text[s])) s++;
    // skip a boilerplate prefix of the line ("UPDATE 2-", a byline range)
    for (const [bs, be] of boilerplate) if (bs <= s && be > s && be < nl) s = be;
    while (s < nl && /\s/.test(text[s])) s++;
    const covered = boilerplate.some(([bs, be]) => bs <= s && be >= nl);
    if (s < nl && !covered) {
      seen++;
      const d = datelineOf(text.slice(s, nl));
      if (d) return { ...d, range: [s + d.range[0], s + d.range[1]] };
    }
    at = nl + 1;
  }
  return null;
}

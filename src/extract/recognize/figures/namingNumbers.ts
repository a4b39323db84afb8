// Numbers that name, point or tell the time rather than count. None of these is ever a figure:
// - labels: "resolution 2254", "Article 5", "CTF 50", "Route 66", "Flight 17", "page 12", "No. 3",
//   "chapter 4", "section 2.1", "ISBN 978…"; model numbers glued to letters ("F-16", "AK-47") never
//   reach here (the number pattern needs no letter or hyphen before it);
// - reference marks and footnotes: "[1]", "[note 3]", "^ 12";
// - map coordinates and bearings: "33.783°N", "36° 17′", "33.783; 36.233";
// - clock times: "07:33", "10 a.m.", "1030 GMT", "7 o'clock";
// - scores and tallies: "won 2–0", "a 3-1 victory" (see isScore);
// - resolutions and dimensions: "1800 x 1920", "1920×1080";
// - pieces of "9/11", "24/7", "1/3";
// - phone numbers and ids: "+227 20 72 26 61", "888-847-6592", "202307";
// - ages: "aged 45", "at the age of 45", "a 45-year-old man";
// - list, section and heading numbers at the start of a line: "2.1 Early life", "3 History".

const LABEL_WORDS =
  "resolutions?|articles?|no\\.?|nos\\.?|№|number|numbers|chapters?|ch\\.|sections?|sec\\.|§|pages?|pp?\\.|paragraphs?|para\\.?|phase|route|highway|interstate|motorway|road|street|st\\.|avenue|ave\\.|flight|bus|train|channel|exit|junction|runway|platform|pier|gate|terminal|room|platoon|battalion|brigade|division|squadron|wing|fleet|group|team|force|code|model|version|v\\.|level|grade|class|stage|round|pillar|line|lane|district|zone|sector|block|plot|lot|box|tel\\.?|fax|phone|ext\\.?|vol\\.?|volume|issue|item|annex|appendix|fig\\.?|figure|table|point|verse|rule|act|bill|law|decree|order|case|file|ref\\.?|id|apartment|suite|floor|km|mile|kilometer|kilometre|hill|camp|base|sura|psalm|amendment|cop|g|episode|season|series|part|title|rank|ranked|category|size|type|mark|mk|unit|cell|building|tower|checkpoint|precinct|ward|row|seat|isbn|issn|doi|oclc|footnote|note|notes|cf\\.|ibid\\.?|op\\.|opus|dial|extension|pin|zip|postcode|flat|house|gallery|hall|stand|book|act|scene|canto|stanza|tome";

const LABEL_BEFORE = new RegExp(`(?:^|[^\\w])(?:${LABEL_WORDS})\\s*[#:]?\\s*$`, "i");
const LIST_OF_LABELS = new RegExp(`(?:^|[^\\w])(?:${LABEL_WORDS})\\s*\\d+\\s*(?:and|or|,|&)\\s*$`, "i");

/**
 * Capitalized words that may stand right before a count ("About 60", "Some 300", "Over 25%"), and
 * headings of infobox-like lists whose number is a figure ("Strength 5,000 fighters").
 */
const COUNT_LEADS = new Set(
  (
    "A The About Around Over Some Nearly Almost Approximately Roughly Only Just With Of In On At By For From To And But Another All These Those Its Their Our His Her When Since After Before Up Under Less Fewer Least Than An Estimated Additional Total Killing Including Among Exactly Precisely Barely Whereas While Although Still Yet Also Even Then Here There Today Yesterday Each Every Both Between Fully Perhaps Possibly Most Within During Across Nearly Another " +
    "Strength Casualties Losses Population Area Elevation Length Height Width Depth Capacity Budget Revenue Cost Killed Wounded Injured Dead Deaths Captured Missing Displaced Refugees Troops Personnel Toll Reward Fine Aid Funding Grant Density Size Altitude Range Speed Weight Volume"
  ).split(" "),
);

const AGE_BEFORE = /\b(?:aged?|ages|age\s+of|aged\s+between|ages\s+of)\s*$/i;
const AGE_AFTER = /^(?:[-\s](?:years?|yrs?)[-\s]old\b|-year-olds?\b|\s?yo\b)/i;
const CLOCK_AFTER = /^(?::\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|hrs\b|h\b|o['’]clock\b|hours?\s+(?:gmt|utc|local)\b))/i;
const TIME_ZONE_AFTER = /^\s?(?:ET|EST|EDT|CT|CST|PT|PST|PDT|CET|CEST|BST|IST|GMT|UTC|Zulu)\b/;
const COORDINATE_AFTER = /^\s?(?:[°º](?!\s?[CF]\b)|[′″'"]\s?\d|[′″]|\s?[NSEW]\b(?=[,;\s]+\d))/;
const DEGREES_BEFORE = /[°º′″]\s?[NSEW]?[,;]?\s*$/;
const COORDINATE_BEFORE = /(?:\d\.\d{2,}\s?[;,]\s?|coordinates?:?\s*)$/i;
const DIMENSION = /^\s?[x×]\s?\d/;
const DIMENSION_BEFORE = /\d\s?[x×]\s?$/;

/**
 * True when a capitalized name stands right before the number on the same line ("CTF 50", "Airbus
 * 320", "Resolution 2254"): a label, unless the number turns out to be money, a percent or a measure
 * ("Egypt 1.5 billion Egyptian pounds"), which the caller checks first.
 */
export function followsName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const word = /([A-Z][\w-]*)\s$/.exec(before);
  if (word && !COUNT_LEADS.has(word[1])) return true;
  return /\([A-Z][\w-]*\)\s$/.test(before); // "Task Force (CTF) 50"
}

/** True when a label word ("chapter", "Book", "volume") stands right before the number at `start`. */
export function followsLabel(text: string, start: number): boolean {
  return LABEL_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** True when the number from `start` to `end` names, points or tells the time rather than counts. */
export function isLabelNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 12);
  if (LABEL_BEFORE.test(before)) return true;
  if (/[#@+^]\s*$/.test(before)) return true;
  // reference marks and footnotes: "[1]", "[note 3]", "(1)" right after a word
  if (/\[\s*(?:[a-z]+\s+)?$/i.test(before) && /^\s*[\]–-]/.test(after)) return true;
  if (/\w\($/.test(before) && /^\)/.test(after)) return true;
  // digit groups of phone numbers and codes: "+227 20 72 26 61"
  if (/\d[ \u00a0]$/.test(before) || /^[ \u00a0]\d/.test(after)) return true;
  if (LIST_OF_LABELS.test(text.slice(Math.max(0, start - 40), start))) return true;
  if (CLOCK_AFTER.test(after) || TIME_ZONE_AFTER.test(after)) return true;
  if (/^-\d/.test(after) || /\d-\s*$/.test(before)) return true; // phone numbers "888-847-6592"
  if (/^\/\d/.test(after) || /\d\/$/.test(before)) return true; // "9/11", "24/7", "1/3"
  if (COORDINATE_AFTER.test(after) || DEGREES_BEFORE.test(before)) return true;
  if (COORDINATE_BEFORE.test(before) && /\.\d{2,}$/.test(text.slice(start, end))) return true;
  if (DIMENSION.test(after) || DIMENSION_BEFORE.test(before)) return true;
  if (AGE_BEFORE.test(before) || AGE_AFTER.test(after)) return true;
  if (/^\d{5,}$/.test(text.slice(start, end))) return true; // ids, phone numbers, fused timestamps
  if (isHeadingNumber(text, start, end)) return true;
  return false;
}

/** "2.1 Early life", "3 History" on a line of their own: a section or list number. */
function isHeadingNumber(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== "") return false;
  if (!/^(?:\.\d+)*[.)]?[ \t]+[A-Z]/.test(text.slice(end, end + 8))) return false;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).trim();
  return line.length < 80 && !/[.!?"”]$/.test(line);
}

const SPORT =
  /\b(?:won|win|wins|winning|lost|lose|loses|losing|beat|beats|beating|defeat(?:ed|s)?|drew|draw|drawn|tied|victory|score[ds]?|scoring|scoreline|match|game|final|lead|leads|led|trail(?:ed|s)?|goals?|points?|sets?|innings|vote[ds]?|voting|ruling|decision)\b/i;

/**
 * True when "a–b" reads as a score or tally rather than a range: a range runs upward ("15-20"),
 * a score need not ("won 2–0", "a 3-1 victory"), and has a game or vote word near it.
 */
export function isScore(text: string, start: number, end: number, low: number, high: number): boolean {
  if (high <= low) return true;
  const around = text.slice(Math.max(0, start - 30), end + 20);
  return high < 100 && SPORT.test(around) && !/\b(?:to|between)\b/.test(text.slice(start, end));
}

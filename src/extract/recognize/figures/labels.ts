// Numbers that name rather than count: "resolution 2254", "Article 5", "CTF 50", "F-16", "No. 3",
// phone numbers and ids ("202307"), clock times ("07:33", "10 a.m."). These never become figures.

const LABEL_WORDS =
  "resolution|resolutions|article|articles|no\\.?|nos\\.?|number|chapter|section|page|pages|pp?\\.|paragraph|para|phase|route|highway|flight|room|platoon|battalion|brigade|division|squadron|wing|fleet|group|team|force|code|model|version|level|grade|class|stage|round|pillar|line|lane|gate|terminal|district|zone|sector|block|plot|lot|box|tel|fax|phone|ext|vol\\.?|item|annex|point|verse|rule|act|bill|law|decree|order|case|file|ref|id|room|apartment|suite|floor|km|mile|kilometer|kilometre|hill|camp|base|sura|psalm|amendment|cop|g";

const LABEL_BEFORE = new RegExp(`(?:^|[^\\w])(?:${LABEL_WORDS})\\s*[#:]?\\s*$`, "i");

/** Capitalized words that may stand right before a count ("About 60", "Some 300", "Over 25%"). */
const COUNT_LEADS = new Set(
  "The About Around Over Some Nearly Almost Approximately Roughly Only Just With Of In On At By For From To And But Another All These Those Its Their Our His Her When Since After Before Up Under Less Fewer Least Than An Estimated Some Additional Another Total Killing Including Including Among Exactly Precisely Barely Than Those Whereas While Although Still Yet Also Even Then Here There Today Yesterday".split(" "),
);

/** True when the number starting at `start` (ending at `end`) is a label, an id or a clock time. */
export function isLabelNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (LABEL_BEFORE.test(before)) return true;
  if (/[#@+]\s*$/.test(before)) return true;
  // digit groups of phone numbers and codes: "+227 20 72 26 61"
  if (/\d[ \u00a0]$/.test(before) || /^[ \u00a0]\d/.test(text.slice(end, end + 2))) return true;
  // "CTF 50", "Airbus 320", "Resolution 2254": a capitalized name right before, on the same line
  const word = /([A-Z][\w-]*)\s$/.exec(before);
  if (word && !COUNT_LEADS.has(word[1])) return true;
  if (/\([A-Z][\w-]*\)\s$/.test(before)) return true; // "Task Force (CTF) 50"
  // the second of a list of labels: "Resolutions 2254 and 2118"
  if (new RegExp(`(?:${LABEL_WORDS})\\s*\\d+\\s*(?:and|or|,)\\s*$`, "i").test(text.slice(Math.max(0, start - 40), start))) return true;
  const after = text.slice(end, end + 8);
  if (/^:\d/.test(after)) return true; // 07:33
  if (/^-\d/.test(after) || /\d-\s*$/.test(before)) return true; // phone numbers "888-847-6592"
  if (/^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|hrs\b|h\b|hours?\s+gmt)/i.test(after)) return true;
  const digits = text.slice(start, end);
  if (/^\d{5,}$/.test(digits)) return true; // ids, phone numbers, fused timestamps
  return false;
}

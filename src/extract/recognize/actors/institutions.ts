// Institutions known by a name of their own rather than by their kind: central banks ("the Federal
// Reserve", "the Fed", "the Bundesbank"), ministries and agencies named after their seat ("the
// Pentagon", "the Kremlin", "Scotland Yard"), parliaments ("Congress", "the Knesset", "the Bundestag") and
// bodies of states ("the Eurogroup", "Interpol"). The tagger reads some of them as persons or places
// ("Pentagon said"), or misses them; they are organizations wherever the text writes them. A short
// form that is also an everyday word ("Fed") counts only after "the" or before a title ("Fed
// Chairman Alan Greenspan"). Kept apart from gazetteer.ts's companies, which the tagger reads as
// features (a name added there would change the committed model's input). Pure apart from the
// candidates it changes.
import { TITLE_WORDS } from "./gazetteer.js";
import type { ActorCandidate } from "./rules.js";

/** Institutions' names, as written. */
export const INSTITUTIONS: readonly string[] = [
  // central banks and monetary bodies
  "Federal Reserve",
  "Federal Reserve Board",
  "Federal Reserve System",
  "Bundesbank",
  "Banque de France",
  "Riksbank",
  "Eurogroup",
  "Eurosystem",
  // ministries and agencies named by their seat or a name of their own
  "Pentagon",
  "Kremlin",
  "Scotland Yard",
  "Interpol",
  "Europol",
  "Frontex",
  "Mossad",
  "Shin Bet",
  "Stasi",
  "Gestapo",
  // parliaments and bodies of states
  "Congress",
  "Knesset",
  "Bundestag",
  "Bundesrat",
  "State Duma",
  "Duma",
  "Politburo",
  "Majlis",
  "Storting",
  "Riksdag",
  "Sejm",
  "Oireachtas",
  "Dáil",
  "Verkhovna Rada",
];

/** Institutions named by their seat, which stays a place where the text is at it ("in the room at the Pentagon"). */
const SEATS = new Set(["Pentagon", "Kremlin", "Scotland Yard"]);
/** Prepositions of being at a place, right before the seat or its "the". */
const AT_PLACE = /^(?:at|in|inside|outside|near|into|around)$/i;

/** Short forms that are also everyday words, and the institution each stands for. */
export const INSTITUTION_SHORT_FORMS: ReadonlyMap<string, string> = new Map([["Fed", "Federal Reserve"]]);

const BY_FIRST = new Map<string, string[][]>();
for (const name of INSTITUTIONS) {
  const words = name.split(" ");
  (BY_FIRST.get(words[0]) ?? BY_FIRST.set(words[0], []).get(words[0])!).push(words);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.length - a.length);

/** Whether a short form at words[i] is cued as the institution: "the Fed", "Fed Chairman", "the Fed's". */
function cuedShortForm(words: string[], i: number): boolean {
  const after = words[i + 1] ?? "";
  return /^the$/i.test(words[i - 1] ?? "") || TITLE_WORDS.has(after.toLowerCase()) || /^['’]s$/.test(after);
}

/** The end of the institution's name opening at words[i], or -1 when none opens there. */
export function institutionEnd(words: string[], i: number): number {
  for (const name of BY_FIRST.get(words[i]) ?? []) if (name.every((w, k) => words[i + k] === w)) return i + name.length;
  return INSTITUTION_SHORT_FORMS.has(words[i]) && cuedShortForm(words, i) ? i + 1 : -1;
}

/** Whether the name at [i, end) is a seat written as the place the text is at ("at the Pentagon"). */
function atTheSeat(words: string[], i: number, end: number): boolean {
  if (!SEATS.has(words.slice(i, end).join(" "))) return false;
  const before = /^the$/i.test(words[i - 1] ?? "") ? i - 2 : i - 1;
  return AT_PLACE.test(words[before] ?? "");
}

interface Hit {
  sentence: number;
  start: number;
  end: number;
  name: string;
}

/** The institutions' names the document writes, in order. */
function institutionHits(doc: string[][]): Hit[] {
  const hits: Hit[] = [];
  doc.forEach((words, sentence) => {
    for (let i = 0; i < words.length; i++) {
      const end = institutionEnd(words, i);
      if (end < 0) continue;
      // a longer name goes on ("Pentagon Press"), unless with a title ("Kremlin Spokesman Dmitry Peskov")
      const next = words[end] ?? "";
      if (/^\p{Lu}/u.test(next) && !TITLE_WORDS.has(next.toLowerCase())) continue;
      hits.push({ sentence, start: i, end, name: words.slice(i, end).join(" ") });
      i = end - 1;
    }
  });
  return hits;
}

/**
 * Types each institution's name an organization: the candidate inside it is widened to it, one
 * that ends with it ("U.S. Federal Reserve") is retyped, and the name no candidate touches is added.
 * A longer name that goes on after it ("Pentagon Papers") keeps its type, and so does a seat the
 * tagger read as a place where the document writes it only as the place it is at ("in the room at
 * the Pentagon"). Mutates and returns the candidates.
 */
export function institutionsAsOrganizations(doc: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  const out = [...candidates];
  const hits = institutionHits(doc);
  const asBody = new Set(hits.filter((h) => !atTheSeat(doc[h.sentence], h.start, h.end)).map((h) => h.name));
  for (const h of hits) {
    const touching = out.filter((c) => c.sentence === h.sentence && c.start < h.end && h.start < c.end);
    if (!touching.length) out.push({ sentence: h.sentence, start: h.start, end: h.end, label: "ORG", source: "gazetteer" });
    else if (touching.length === 1 && touching[0].end === h.end && touching[0].label !== "NAT") {
      if (touching[0].label === "LOC" && !asBody.has(h.name)) continue;
      touching[0].start = Math.min(touching[0].start, h.start);
      touching[0].label = "ORG";
    }
  }
  return out;
}

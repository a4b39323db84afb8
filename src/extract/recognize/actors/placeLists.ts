// Places the tagger read as persons or organizations: a world region of the gazetteer ("the Middle
// East") is a place, unless it is an office's object ("Minister for the Middle East"), and so is a name listed between places ("in Winnipeg, Vancouver and
// Rochester") when it is a known place or places stand on both sides of it. Mutates labels; returns
// the candidates. Pure.
import { COUNTRY_NAMES, REGIONS, TITLE_WORDS } from "./gazetteer.js";
import type { Lexicons } from "./lexicons.js";
import type { ActorCandidate } from "./rules.js";
import { knownPlace } from "./typing.js";

const REGION_NAMES = new Set(REGIONS);
/** What joins the names of a list. */
const LIST_JOINS = new Set([",", "and", "or"]);

/** The candidates by where they open and where they close ("sentence:token"), the first of each. */
interface Ends {
  starts: Map<string, ActorCandidate>;
  ends: Map<string, ActorCandidate>;
}

function endsOf(candidates: readonly ActorCandidate[]): Ends {
  const starts = new Map<string, ActorCandidate>();
  const ends = new Map<string, ActorCandidate>();
  for (const c of candidates) {
    if (!starts.has(`${c.sentence}:${c.start}`)) starts.set(`${c.sentence}:${c.start}`, c);
    if (!ends.has(`${c.sentence}:${c.end}`)) ends.set(`${c.sentence}:${c.end}`, c);
  }
  return { starts, ends };
}

/** The candidate next to `c` across one list joint ("," "and" ", and"), on the side `step` says, if any. */
function listNeighbour(words: string[], c: ActorCandidate, ends: Ends, step: 1 | -1): ActorCandidate | undefined {
  let i = step > 0 ? c.end : c.start - 1;
  let joints = 0;
  while (i >= 0 && i < words.length && LIST_JOINS.has(words[i]) && joints < 2) {
    i += step;
    joints++;
  }
  if (!joints) return undefined;
  return step > 0 ? ends.starts.get(`${c.sentence}:${i}`) : ends.ends.get(`${c.sentence}:${i + 1}`);
}

/** Whether the name opening at `a` is an office's object ("Minister for the Middle East"), which the tagger reads with the person. */
function officeObject(words: string[], a: number): boolean {
  let i = a - 1;
  if (/^the$/i.test(words[i] ?? "")) i--;
  return /^(?:for|of)$/.test(words[i] ?? "") && TITLE_WORDS.has((words[i - 1] ?? "").toLowerCase());
}

export function placesInLists(doc: string[][], candidates: ActorCandidate[], lexicons: Lexicons): ActorCandidate[] {
  const ends = endsOf(candidates);
  for (const c of candidates) {
    if (c.label === "LOC" || c.label === "NAT") continue;
    const words = doc[c.sentence];
    const name = words.slice(c.start, c.end).join(" ");
    const region = REGION_NAMES.has(name) || (c.end - c.start > 1 && COUNTRY_NAMES.has(name));
    if (c.label === "PER" && region && !officeObject(words, c.start)) {
      c.label = "LOC";
      continue;
    }
    if (c.end - c.start > 2) continue;
    const sides = [listNeighbour(words, c, ends, -1), listNeighbour(words, c, ends, 1)].filter((o) => o?.label === "LOC");
    if (sides.length === 2 || (sides.length === 1 && knownPlace(words, c.start, c.end, lexicons))) c.label = "LOC";
  }
  return candidates;
}

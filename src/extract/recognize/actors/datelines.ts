// A wire story's dateline names the place it was filed from: "NAIROBI, Kenya (AP) _", "WASHINGTON,
// August 8 (Xinhua) --", "BUFFALO, N.Y. (AP) --", "MIAMI _". Its words in capitals, before a comma, an
// agency in brackets or a dash, are a place, whatever the tagger read in them (an acronym's
// organization, "DAR ES SALAAM" a person), and so is the same name written elsewhere in the story
// ("in Buffalo", "Buffalo's only clinic"), though the tagger read it otherwise there. Pure.
import type { ActorCandidate } from "./rules.js";

/** A word in capitals: "NAIROBI", "DAR", "ES", "ST.", "O'HARE", "WINSTON-SALEM". */
const CAPS_WORD = /^\p{Lu}[\p{Lu}.'’&-]*$/u;
const DASH = /^(?:_|-|--|—|–)$/;
/** At most so many words in the dateline's place, in its region or date after the comma, and in its brackets. */
const MAX_PLACE = 4;
const MAX_AFTER_COMMA = 4;
const MAX_AGENCY = 3;

/** The index after a bracketed agency ("(AP)", "(Xinhua)") opening at `i`, or -1. */
function afterAgency(words: string[], i: number): number {
  if (words[i] !== "(") return -1;
  for (let j = i + 1; j <= i + 1 + MAX_AGENCY && j < words.length; j++) if (words[j] === ")") return j > i + 1 ? j + 1 : -1;
  return -1;
}

/**
 * How many words open `written` (one sentence's words as written) as a dateline's place: capitals,
 * then perhaps a comma and a region or a date, then an agency in brackets or a dash (one of them at
 * least). 0 when the sentence opens with no dateline.
 */
export function datelinePlaceLength(written: string[]): number {
  let k = 0;
  while (k < written.length && k < MAX_PLACE && CAPS_WORD.test(written[k]) && /\p{Lu}{2}|^\p{Lu}\.$/u.test(written[k])) k++;
  if (!k || !/\p{Lu}{2}/u.test(written.slice(0, k).join(""))) return 0;
  let i = k;
  if (written[i] === ",") {
    const stop = Math.min(written.length, i + 1 + MAX_AFTER_COMMA);
    let j = i + 1;
    while (j < stop && written[j] !== "(" && !DASH.test(written[j])) j++;
    if (j === i + 1 || j === stop) return 0;
    i = j;
  }
  const agency = afterAgency(written, i);
  if (agency > 0) i = agency;
  if (DASH.test(written[i] ?? "")) return k;
  return agency > 0 && i === written.length ? k : 0;
}

/** The same name, whatever its case ("BUFFALO", "Buffalo"). */
const fold = (words: string[], a: number, b: number) => words.slice(a, b).join(" ").toLowerCase();

/**
 * Each dateline's place as one place candidate (the tagger's pieces of it give way), and every
 * candidate written as that name in the story a place. `words` are the words as the rules read them,
 * `written` as the text writes them. Returns the candidates.
 */
export function datelinePlaces(words: string[][], written: string[][], candidates: ActorCandidate[]): ActorCandidate[] {
  const places = new Set<string>();
  const added: ActorCandidate[] = [];
  let kept = candidates;
  written.forEach((sentence, s) => {
    // most sentences open with no word in capitals: a look at the first two letters settles them
    const first = sentence[0] ?? "";
    if (first.length < 2 || first[1] === first[1].toLowerCase()) return;
    const k = datelinePlaceLength(sentence);
    if (!k) return;
    places.add(fold(words[s], 0, k));
    kept = kept.filter((c) => c.sentence !== s || c.start >= k);
    added.push({ sentence: s, start: 0, end: k, label: "LOC", source: "model" });
  });
  if (!places.size) return candidates;
  for (const c of kept) if (c.label !== "NAT" && places.has(fold(words[c.sentence], c.start, c.end))) c.label = "LOC";
  return [...kept, ...added];
}

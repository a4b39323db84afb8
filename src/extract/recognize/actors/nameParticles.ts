// Names hold lower-case particles: "Daniel arap Moi", "Osama bin Laden", "Luiz Inacio Lula da Silva",
// "Ursula von der Leyen", "Dar es Salaam". The tagger stops at the particle and reads the two halves
// apart, often the second as something else ("Moi" a place). A person's name (or a given name), a
// particle or two, and a name word after it are one person; two halves that are together a known place
// are one place. Pure.
import type { Lexicons } from "./lexicons.js";
import type { ActorCandidate } from "./rules.js";
import { knownPlace } from "./typing.js";
import { isNameWord } from "./nameWord.js";

/** Particles inside personal and place names, as written (lower case). */
const PARTICLES = new Set("bin ibn bint binti arap al el ul ud da das de del della der den di dos du la le van von ter zu es".split(" "));
/** At most so many particles in a row ("von der", "van den"). */
const MAX_PARTICLES = 2;

/** The end of the particles opening at `i` (i itself when none). */
function afterParticles(words: string[], i: number): number {
  let j = i;
  while (j < words.length && j - i < MAX_PARTICLES && PARTICLES.has(words[j])) j++;
  return j;
}

/** The end of the name after the particles: the candidate opening there, or one title-case word; -1 when none. */
function nameEnd(words: string[], at: number, next: ActorCandidate | undefined): number {
  if (next) return next.end;
  return at < words.length && isNameWord(words[at]) ? at + 1 : -1;
}

/** Which one name `c`, the particles after it and the name after them make, if any. */
function joinedLabel(words: string[], c: ActorCandidate, end: number, lexicons: Lexicons): ActorCandidate["label"] | null {
  if (knownPlace(words, c.start, end, lexicons)) return "LOC";
  if (c.label === "PER" || lexicons.givenNames.has(words[c.start])) return c.label === "NAT" ? null : "PER";
  return null;
}

/**
 * Joins each candidate to the name after its particles when together they are one person or one
 * known place; the candidate after gives way. Mutates the candidates it widens; returns the rest.
 */
export function joinNameParticles(doc: string[][], candidates: ActorCandidate[], lexicons: Lexicons): ActorCandidate[] {
  const dropped = new Set<ActorCandidate>();
  for (const c of candidates) {
    if (dropped.has(c) || c.label === "NAT") continue;
    const words = doc[c.sentence];
    const at = afterParticles(words, c.end);
    if (at === c.end) continue;
    const next = candidates.find((o) => o.sentence === c.sentence && o.start === at);
    if (next?.label === "NAT") continue;
    const end = nameEnd(words, at, next);
    if (end < 0 || candidates.some((o) => o !== next && o.sentence === c.sentence && o.start > c.end && o.start < end)) continue;
    const label = joinedLabel(words, c, end, lexicons);
    if (!label) continue;
    if (next) dropped.add(next);
    c.end = end;
    c.label = label;
  }
  const kept = dropped.size ? candidates.filter((c) => !dropped.has(c)) : candidates;
  for (const c of kept) widenToGivenName(doc[c.sentence], c, kept, lexicons);
  return kept;
}

/**
 * "Maria da Costa" where the tagger found only "Costa": a given name the tagger left out, then
 * particles, then the candidate, are one person. Mutates `c`.
 */
function widenToGivenName(words: string[], c: ActorCandidate, candidates: readonly ActorCandidate[], lexicons: Lexicons): void {
  if (c.label === "NAT") return;
  let i = c.start;
  while (i > 0 && c.start - i < MAX_PARTICLES && PARTICLES.has(words[i - 1])) i--;
  const given = i - 1;
  if (i === c.start || given < 0 || !lexicons.givenNames.has(words[given]) || !isNameWord(words[given])) return;
  if (candidates.some((o) => o.sentence === c.sentence && o.start <= given && o.end > given)) return;
  c.start = given;
  c.label = "PER";
}

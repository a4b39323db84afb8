// Who an article's event involves, for the stories table: two articles that report the same kind of
// event with different participants (another ship, another challenger, another bank) are two
// stories, however many words and generic actors (the sea, the country, the champion) they share.
//
// An article's cast is the actors it puts forward, its main participants: those named in its opening
// sentences or more than once, and at least a quarter as often as the actor it names most (a court's
// city, a government reacting, a company named in passing are not who the event involves: a report
// of a bankruptcy naming Manhattan's court once is not another bankruptcy than one quoting the
// president), each weighed by its rarity in the folder (1 / articles naming it: not a logarithm,
// which in a large folder would weigh a sea named by 40 articles nearly as much as a ship named by
// 5), so that a ship's or a challenger's name weighs more than a country's. An actor no other article names is
// left out: it cannot be shared, so it says nothing of which other articles report the same event
// (and a name the recognizer missed elsewhere would count against the pair). How much of one article's cast the
// other names at all is its cast's share; two articles' cast overlap is the smaller of the two
// shares: each must name the participants the other puts forward. Below CAST_FULL the link between
// them weakens in proportion, to nothing when they share no one.
// Within one event's reports (dated days a fortnight apart or closer: `sameEvent`), a report naming
// people of its own past its opening (a foreign ministry reacting, an ambassador quoted, other
// markets) extends the event's cast rather than naming another event's: such an actor, however rare,
// weighs no more than the report's heaviest central participant (named in its opening). A central
// participant the other report does not name (another ship, another victim) keeps its whole weight:
// that is a conflict, and splits as before. Pure: rows in, numbers out.
import type { MentionRow } from "../types.js";
import { OPENING_SENTENCES } from "./storyOpening.js";
import { isPortfolioOffice } from "../resolve/shortForms.js";

/** A cast overlap this large or larger leaves the link whole. */
export const CAST_FULL = 0.5;
/** A main participant is named at least this often (a mention in the opening sentences counting one more)... */
const MAIN_LEAST = 2;
/** ...and at least this share as often as the article's most named actor. */
const MAIN_SHARE = 0.25;

export interface Cast {
  /** The actors the article puts forward, ascending ids (numbers the caller gives), and their weights. */
  actors: Int32Array;
  weights: Float64Array;
  total: number;
  /** Per cast actor: 1 when the article names it in its opening sentences (a central participant). */
  central: Uint8Array;
  /** The weight of the heaviest central participant (0: none is central). */
  centralMost: number;
  /** Every actor the article names, ascending. */
  named: Int32Array;
}

/**
 * Each article's cast, in `articles` order. `actorNumber` numbers actors (the caller's dictionary);
 * `articlesNaming` gives how many articles name an actor number; `openingLast` the index of an
 * article's last opening sentence (storyOpening.ts; by default the second sentence); `background`
 * whether a mention sets its actor in another time (storyBackground.ts): such a mention neither puts
 * the actor forward nor names it for the other articles' casts.
 */
export function articleCasts(
  articles: readonly string[],
  mentions: readonly MentionRow[],
  actorNumber: (actor: string) => number,
  articlesNaming: (actor: number) => number,
  openingLast: (article: number) => number = () => OPENING_SENTENCES - 1,
  background: (mention: MentionRow) => boolean = () => false,
): Cast[] {
  const index = new Map(articles.map((id, i) => [id, i]));
  const counts = articles.map(() => new Map<number, { count: number; opening: boolean }>());
  for (const m of mentions) {
    const i = index.get(m.article);
    if (i === undefined || background(m) || isPortfolioOffice(m.text)) continue;
    const a = actorNumber(m.actor);
    const seen = counts[i].get(a) ?? counts[i].set(a, { count: 0, opening: false }).get(a)!;
    seen.count++;
    if (m.sentence !== undefined && m.sentence <= openingLast(i)) seen.opening = true;
  }
  return counts.map((byActor) => {
    const named = Int32Array.from(byActor.keys()).sort();
    const prominence = (a: number) => byActor.get(a)!.count + (byActor.get(a)!.opening ? 1 : 0);
    let top = 0;
    for (const a of named) top = Math.max(top, prominence(a));
    const actors = named.filter((a) => prominence(a) >= Math.max(MAIN_LEAST, top * MAIN_SHARE) && articlesNaming(a) > 1);
    const weights = Float64Array.from(actors, (a) => 1 / articlesNaming(a));
    const central = Uint8Array.from(actors, (a) => (byActor.get(a)!.opening ? 1 : 0));
    let centralMost = 0;
    for (let k = 0; k < actors.length; k++) if (central[k]) centralMost = Math.max(centralMost, weights[k]);
    return { actors, weights, total: weights.reduce((s, w) => s + w, 0), central, centralMost, named };
  });
}

function has(sorted: Int32Array, x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === x) return true;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The weighted share of `a`'s cast that `b` names. With `extension`, an actor `a` names only past
 * its opening weighs at most as much as its heaviest central participant (when it has one).
 */
function share(a: Cast, b: Cast, extension: boolean): number {
  const cap = extension && a.centralMost > 0 ? a.centralMost : Infinity;
  let shared = 0;
  let total = 0;
  for (let k = 0; k < a.actors.length; k++) {
    const w = a.central[k] ? a.weights[k] : Math.min(cap, a.weights[k]);
    total += w;
    if (has(b.named, a.actors[k])) shared += w;
  }
  return shared / total;
}

/**
 * Two articles' cast overlap (0 to 1); 1 when either puts no one forward. `sameEvent`: their dated
 * events are one event's reports apart (storyTime.ts's time factor 1, neither date guessed), so an
 * actor either names only past its opening is an extension of the cast (see the head of this file).
 */
export function castOverlap(a: Cast, b: Cast, sameEvent = false): number {
  if (!a.total || !b.total) return 1;
  return Math.min(share(a, b, sameEvent), share(b, a, sameEvent));
}

/** How far two articles' casts allow them to be one story: 1 from CAST_FULL overlap up, down to 0 for disjoint casts. */
export function castFactor(a: Cast, b: Cast, sameEvent = false): number {
  return Math.min(1, castOverlap(a, b, sameEvent) / CAST_FULL);
}

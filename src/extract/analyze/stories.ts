// Stories: the articles grouped by what they report, so that a folder holding several unrelated
// stories is summarised story by story ("What happened" has one section per story).
//
// How, in two steps a reader can check:
// 1. Each article is a vector of the actors it names and the content words of its sentences, each
//    weighted by tf-idf: (1 + ln count) × ln(1 + N / articles using it), actors twice as much as
//    words. A word or actor every article uses weighs little; one only a few articles share weighs
//    much. Two articles' similarity is the cosine of their vectors.
// 2. Average-linkage clustering: start with one story per article and repeatedly join the two
//    stories whose articles are, on average, most similar, while that average is at least
//    STORY_SIMILARITY. An article sharing nothing distinctive with the others stays a story of its own.
// Before that, each pair's similarity is weakened when their events lie far apart in time
// (storyTime.ts) or their casts differ (storyCast.ts): the same kind of event is not the same event.
// Within one event's dated fortnight, only a cast conflict weakens a pair (another central participant),
// not a report's own extra names past its opening (reactions, officials, other markets).
// When either's event time is unknown, their openings must also agree (storyLead.ts) and not say
// things moved opposite ways (storyDirection.ts): nothing else tells two steps of one case apart.
// Dated reports further apart than one event's fortnight of reports must open alike too: a report
// weeks later is the event's when it opens on it, the next step of the case when it opens on its own news.
// And a story is one event: no join makes its articles' own (declared) dates span FAR_DAYS, however
// close each report is to the next.
//
// Stories are ranked by their number of articles (then by the order of their first article).
// Pure: rows in, rows out.
import type { DateRow, MentionRow, SentenceRow, StoryRow } from "../types.js";
import { termList } from "./terms.js";
import { articleTimes, bothTimed, FAR_DAYS, timeFactor, type OwnDate } from "./storyTime.js";
import { articleCasts, castFactor } from "./storyCast.js";
import { articleOpenings, OPENING_SENTENCES } from "./storyOpening.js";
import { backgroundMentions } from "./storyBackground.js";
import { ArticleLeads, eventLeadFactor, leadFactor, leadsMustAgree } from "./storyLead.js";
import { direction, directionFactor } from "./storyDirection.js";

/** The least average similarity (cosine) between two stories' articles for them to be one story. */
export const STORY_SIMILARITY = 0.1;
/** Actors weigh this much more than words. */
const ACTOR_WEIGHT = 2;
/** Features shared by more articles than this are left out of the pairwise sums (they still weigh in each vector's length): at 10,000 articles a common word would pair them all. */
const PAIR_DF_LIMIT = 150;
/** Neighbours kept per article (the most similar). */
const NEIGHBOURS = 25;
/** Actors and words named per story. */
const STORY_ACTORS = 5;
const STORY_TERMS = 5;

/**
 * How far a pair of articles (by index) may be one story besides their words (0 to 1). Any value
 * below `least` may stand for one below it: the pair is dropped then, whichever it is.
 */
type Link = (i: number, k: number, least: number) => number;

interface Vector {
  /** Feature numbers (see countFeatures). */
  features: Int32Array;
  weights: Float64Array;
}

export interface StoryOptions {
  /** Articles left out (duplicates of another article). */
  skip?: ReadonlySet<string>;
  similarity?: number;
  /** Each article's own (publication) date; without one, the dates of its opening sentences date its event. */
  published?: (id: string) => OwnDate | null | undefined;
  /** The dates table: when each article's event happened and which days it names. */
  dates?: readonly DateRow[];
  /**
   * Each article's wordCounts of its sentences, when known (made once per article and cached):
   * then its sentences are not read again for their words. For an article with none, its sentences are.
   */
  wordCounts?: (id: string) => WordCounts | undefined;
  /** Stand-ins for the per-article steps, of the same results (a memo of the last build's: storyInputs.ts). */
  hooks?: StoryHooks;
  /** Articles' words as numbered by the last build (storyWords.ts): then their words are not looked up one by one. */
  numbering?: WordNumbering;
}

/** An article's content words (wordCounts' words, in their order) as numbers into a list of words, with how often each is written. */
export interface NumberedWords {
  numbers: Int32Array;
  counts: Int32Array;
}

/**
 * Articles' words as numbered in another list of words (a build's features' words, kept for the
 * next: storyWords.ts); each number's word is looked up once per folder, not once per article.
 */
export interface WordNumbering {
  /** The words the numbers stand for. */
  words: readonly string[];
  /** An article's numbered words, when known. */
  of: (id: string) => NumberedWords | undefined;
  /** Called with this build's words (every word feature, by number) and each article's words as numbered in them. */
  onNumbered?: (words: readonly string[], numbered: ReadonlyMap<string, NumberedWords>) => void;
}

/**
 * The steps that read each article alone (an article's value depends on its own rows only), as
 * groupStories calls them; a caller may give its own of the same results.
 */
export interface StoryHooks {
  openings: typeof articleOpenings;
  background: typeof backgroundMentions;
  times: typeof articleTimes;
}

const OWN_STEPS: StoryHooks = { openings: articleOpenings, background: backgroundMentions, times: articleTimes };

/**
 * Every article's features, counted: words as written in its sentences, actors as "@id", each
 * numbered in `names` (one dictionary for the folder, so that per-article counts are numbers).
 */
interface Features {
  names: string[];
  /** Per name: its feature number. */
  dictionary: ReadonlyMap<string, number>;
  /** Per actor id: its feature number. */
  actorFeatures: ReadonlyMap<string, number>;
  /** Per article: its distinct feature numbers, ascending, and how often it uses each. */
  features: Int32Array[];
  counts: Int32Array[];
  /** Per feature number: how many articles use it. */
  df: Int32Array;
}

/**
 * An article's content words (termList over its sentences in order), each once, in the order
 * first written, with how often it is written: what countFeatures reads of its sentences.
 */
export interface WordCounts {
  words: string[];
  counts: number[];
}

export function wordCounts(sentences: ReadonlyArray<{ text: string }>): WordCounts {
  const at = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  for (const s of sentences)
    for (const word of termList(s.text)) {
      const k = at.get(word);
      if (k === undefined) {
        at.set(word, words.length);
        words.push(word);
        counts.push(1);
      } else counts[k]++;
    }
  return { words, counts };
}

function countFeatures(
  articles: readonly string[],
  sentences: readonly SentenceRow[],
  mentions: readonly MentionRow[],
  wordsOf?: (id: string) => WordCounts | undefined,
  numbering?: WordNumbering,
): Features {
  const index = new Map(articles.map((id, i) => [id, i]));
  const dictionary = new Map<string, number>();
  const names: string[] = [];
  const numberOf = (name: string) => {
    let id = dictionary.get(name);
    if (id === undefined) {
      id = names.length;
      dictionary.set(name, id);
      names.push(name);
    }
    return id;
  };
  const uses: number[][] = articles.map(() => []);
  // an article's counted words, at its first sentence, number them as its sentences would (they are
  // the same words in the same first order, and an article's sentences are together in the table);
  // words numbered elsewhere are each numbered here when first met (numberOf of their word)
  const numbered = numbering ? articles.map(numbering.of) : [];
  const counted = wordsOf ? articles.map((id, i) => (numbered[i] ? undefined : wordsOf(id))) : [];
  const renumbered = new Int32Array(numbering?.words.length ?? 0).fill(-1);
  const renumber = (k: number) => (renumbered[k] >= 0 ? renumbered[k] : (renumbered[k] = numberOf(numbering!.words[k])));
  // this build's numbering of each article's counted words, for the next (only with a numbering to take from)
  const next = new Map<string, NumberedWords>();
  for (const s of sentences) {
    const i = index.get(s.article);
    if (i === undefined) continue;
    const kept = numbered[i];
    const c = counted[i];
    if (!kept && !c) {
      for (const word of termList(s.text)) uses[i].push(numberOf(word));
      continue;
    }
    // counted or kept words: the whole article at its first sentence
    if (uses[i].length > 0 || next.has(s.article)) continue;
    const numbers = kept ? kept.numbers.map(renumber) : Int32Array.from(c!.words, numberOf);
    const times = kept ? kept.counts : Int32Array.from(c!.counts);
    numbers.forEach((f, k) => pushTimes(uses[i], f, times[k]));
    if (numbering) next.set(s.article, { numbers, counts: times });
  }
  numbering?.onNumbered?.(names.slice(), next);
  // an actor's feature number by its id: no "@id" string made per mention
  const actorFeatures = new Map<string, number>();
  for (const m of mentions) {
    const i = index.get(m.article);
    if (i === undefined) continue;
    let f = actorFeatures.get(m.actor);
    if (f === undefined) actorFeatures.set(m.actor, (f = numberOf(`@${m.actor}`)));
    uses[i].push(f);
  }
  const { features, counts, df } = distinctUses(uses, names.length);
  return { names, dictionary, actorFeatures, features, counts, df };
}

/** Each article's distinct feature numbers, ascending, how often it uses each, and per feature how many articles use it. */
function distinctUses(uses: readonly number[][], featureCount: number): Pick<Features, "features" | "counts" | "df"> {
  const df = new Int32Array(featureCount);
  const features: Int32Array[] = [];
  const counts: Int32Array[] = [];
  for (const list of uses) {
    const sorted = Int32Array.from(list).sort();
    let distinct = 0;
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) distinct++;
    const f = new Int32Array(distinct);
    const c = new Int32Array(distinct);
    for (let k = 0, j = -1; k < sorted.length; k++) {
      if (k === 0 || sorted[k] !== sorted[k - 1]) {
        f[++j] = sorted[k];
        df[sorted[k]]++;
      }
      c[j]++;
    }
    features.push(f);
    counts.push(c);
  }
  return { features, counts, df };
}

function pushTimes(list: number[], value: number, times: number): void {
  for (let k = 0; k < times; k++) list.push(value);
}

/** tf-idf vectors of unit length. */
function vectors({ names, features, counts, df }: Features, n: number): Vector[] {
  return features.map((f, i) => {
    const weights = new Float64Array(f.length);
    let norm = 0;
    for (let j = 0; j < f.length; j++) {
      const w = (1 + Math.log(counts[i][j])) * Math.log(1 + n / df[f[j]]) * (names[f[j]].startsWith("@") ? ACTOR_WEIGHT : 1);
      weights[j] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < weights.length; j++) weights[j] /= norm;
    return { features: f, weights };
  });
}

/**
 * Each article's most similar articles (cosine times `link`, the pair's time and cast factor, at
 * least `floor`), as index → similarity.
 */
function neighbours(vs: Vector[], dfOf: Int32Array, floor: number, link: Link): Array<Map<number, number>> {
  // postings of the features that can pair articles: shared by 2 to PAIR_DF_LIMIT articles
  const postArticles: Int32Array[] = [];
  const postWeights: Float64Array[] = [];
  const filled = new Int32Array(dfOf.length);
  for (let f = 0; f < dfOf.length; f++)
    if (dfOf[f] >= 2 && dfOf[f] <= PAIR_DF_LIMIT) {
      postArticles[f] = new Int32Array(dfOf[f]);
      postWeights[f] = new Float64Array(dfOf[f]);
    }
  for (let i = 0; i < vs.length; i++) {
    const { features, weights } = vs[i];
    for (let j = 0; j < features.length; j++) {
      const f = features[j];
      if (!postArticles[f]) continue;
      postArticles[f][filled[f]] = i;
      postWeights[f][filled[f]++] = weights[j];
    }
  }
  const out = vs.map(() => new Map<number, number>());
  const acc = new Float64Array(vs.length);
  const touched: number[] = [];
  for (let i = 0; i < vs.length; i++) {
    const { features, weights } = vs[i];
    for (let j = 0; j < features.length; j++) {
      const list = postArticles[features[j]];
      if (!list) continue;
      const ws = postWeights[features[j]];
      const w = weights[j];
      // postings are in article order: only the articles after i
      for (let k = list.length - 1; k >= 0 && list[k] > i; k--) {
        const other = list[k];
        if (acc[other] === 0) touched.push(other);
        acc[other] += w * ws[k];
      }
    }
    for (const k of touched) if (acc[k] >= floor) acc[k] *= link(i, k, floor / acc[k]);
    const best = touched
      .filter((k) => acc[k] >= floor)
      .sort((a, b) => acc[b] - acc[a] || a - b)
      .slice(0, NEIGHBOURS);
    for (const k of best) {
      out[i].set(k, acc[k]);
      out[k].set(i, acc[k]);
    }
    for (const k of touched) acc[k] = 0;
    touched.length = 0;
  }
  return out;
}

/** A binary max-heap of candidate joins, ties broken by the smaller ids (deterministic). */
class JoinHeap {
  private items: Array<{ score: number; a: number; b: number }> = [];
  private before(x: { score: number; a: number; b: number }, y: { score: number; a: number; b: number }) {
    return x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  }
  push(item: { score: number; a: number; b: number }) {
    const h = this.items;
    h.push(item);
    for (let i = h.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (!this.before(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  pop(): { score: number; a: number; b: number } | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.before(h[l], h[m])) m = l;
        if (r < h.length && this.before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

/**
 * The declared days of each story's articles, first and last: a story is one event, so no join may
 * make its articles' own dates span FAR_DAYS or more, however similar the two stories are on
 * average (average linkage alone lets one close pair carry a story across a season).
 */
class DaySpans {
  private readonly lo: Float64Array;
  private readonly hi: Float64Array;
  constructor(days: ArrayLike<number>) {
    this.lo = Float64Array.from(days);
    this.hi = Float64Array.from(days);
  }
  joinable(a: number, b: number): boolean {
    const lo = Math.min(this.lo[a], this.lo[b]);
    const hi = Math.max(this.hi[a], this.hi[b]);
    return !(hi - lo >= FAR_DAYS); // an unknown day (NaN) never forbids
  }
  join(a: number, b: number): void {
    this.lo[a] = known(this.lo[a], this.lo[b], Math.min);
    this.hi[a] = known(this.hi[a], this.hi[b], Math.max);
  }
}

/** f of two days, of which either may be unknown (NaN): a known day wins over an unknown one. */
function known(x: number, y: number, f: (x: number, y: number) => number): number {
  return Number.isNaN(x) ? y : Number.isNaN(y) ? x : f(x, y);
}

/** Average-linkage clustering over the sparse similarities: groups of article indices. */
function averageLinkage(similar: Array<Map<number, number>>, threshold: number, spans: DaySpans): number[][] {
  const members = similar.map((_, i) => [i]);
  // sums of similarities between clusters (a missing pair is 0), keyed by the clusters' ids
  const sums = similar.map((m) => new Map(m));
  const alive = similar.map(() => true);
  const heap = new JoinHeap();
  const average = (a: number, b: number) => (sums[a].get(b) ?? 0) / (members[a].length * members[b].length);
  // only joins at or above the threshold can ever happen: the heap holds no others
  const consider = (x: number, y: number) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const score = average(a, b);
    if (score >= threshold && spans.joinable(a, b)) heap.push({ score, a, b });
  };
  sums.forEach((m, a) => m.forEach((_, b) => a < b && consider(a, b)));
  for (let top = heap.pop(); top && top.score >= threshold; top = heap.pop()) {
    const { a, b } = top;
    if (!alive[a] || !alive[b] || average(a, b) !== top.score || !spans.joinable(a, b)) continue; // stale
    // b joins a (a < b: the story keeps the id of its first article)
    alive[b] = false;
    spans.join(a, b);
    members[a].push(...members[b]);
    members[b] = [];
    sums[a].delete(b);
    for (const [c, s] of sums[b]) {
      if (c === a) continue;
      sums[a].set(c, (sums[a].get(c) ?? 0) + s);
      sums[c].delete(b);
      sums[c].set(a, sums[a].get(c)!);
    }
    sums[b].clear();
    for (const c of sums[a].keys()) consider(a, c);
  }
  return members.filter((m, i) => alive[i] && m.length).map((m) => m.sort((x, y) => x - y));
}

/**
 * How far each pair of articles (by index) may be one story besides their words: their events'
 * times and casts, and, when either's time is unknown, their leads' agreement and directions; and
 * each article's declared day (DaySpans).
 */
function pairLinks(
  ids: readonly string[],
  sentences: readonly SentenceRow[],
  mentions: readonly MentionRow[],
  options: StoryOptions,
  { dictionary, actorFeatures, df }: Features,
): { link: Link; declared: number[] } {
  const idf = (f: number) => Math.log(1 + ids.length / df[f]);
  const steps = options.hooks ?? OWN_STEPS;
  const openings = steps.openings(ids, sentences, OPENING_SENTENCES);
  const times = steps.times(ids, options.published ?? (() => null), options.dates ?? [], sentences, openings);
  const casts = articleCasts(
    ids,
    mentions,
    (actor) => actorFeatures.get(actor)!,
    (f) => df[f],
    (i) => openings[i].last,
    steps.background(sentences),
  );
  const leads = new ArticleLeads(
    ids,
    sentences,
    openings,
    (word) => dictionary.get(word),
    (f) => (df[f] > 1 ? idf(f) : 0),
  );
  const directions = new Map<number, number>();
  const directionOf = (i: number) => directions.get(i) ?? directions.set(i, direction(leads.leadSentence(i))).get(i)!;
  const link: Link = (i, k, least) => {
    const time = timeFactor(times[i], times[k]);
    const dated = bothTimed(times[i], times[k]);
    const guessed = times[i].inferred || times[k].inferred;
    const timed = time * castFactor(casts[i], casts[k], dated && time === 1 && !guessed);
    if (timed < least || !leadsMustAgree(dated, time, guessed)) return timed;
    const directed = dated ? timed : timed * directionFactor(directionOf(i), directionOf(k));
    if (directed < least) return directed;
    const lead = leadFactor(leads.lead(i), leads.lead(k));
    return directed * (dated ? lead : Math.min(lead, eventLeadFactor(leads.eventLead(i), leads.eventLead(k))));
  };
  return { link, declared: times.map((t) => t.declared) };
}

/**
 * The stories of the articles (in `articles` order, duplicates left out), the largest first. Each
 * names its main actors (those most of its articles name) and its most distinctive words.
 */
export function groupStories(
  articles: readonly string[],
  sentences: readonly SentenceRow[],
  mentions: readonly MentionRow[],
  options: StoryOptions = {},
): StoryRow[] {
  const skip = options.skip ?? new Set<string>();
  const ids = articles.filter((id) => !skip.has(id));
  if (!ids.length) return [];
  const threshold = options.similarity ?? STORY_SIMILARITY;
  const n = ids.length;
  const counted = countFeatures(ids, sentences, mentions, options.wordCounts, options.numbering);
  const { names, features, counts, df } = counted;
  const idf = (f: number) => Math.log(1 + n / df[f]);
  const { link, declared } = pairLinks(ids, sentences, mentions, options, counted);
  const spans = new DaySpans(declared);
  const groups = averageLinkage(neighbours(vectors(counted, n), df, threshold / 2, link), threshold, spans);
  const ordered = groups.sort((x, y) => y.length - x.length || x[0] - y[0]);
  // a feature's standing in a story: how many of its articles use it × how rare it is overall, then how often
  const articlesUsing = new Int32Array(names.length);
  const uses = new Int32Array(names.length);
  const isActor = Uint8Array.from(names, (name) => (name.startsWith("@") ? 1 : 0));
  return ordered.map((group, i) => {
    const seen: number[] = [];
    for (const k of group)
      for (let j = 0; j < features[k].length; j++) {
        const f = features[k][j];
        if (articlesUsing[f] === 0) seen.push(f);
        articlesUsing[f]++;
        uses[f] += counts[k][j];
      }
    const actors = new Top(STORY_ACTORS);
    const words = new Top(STORY_TERMS);
    for (const f of seen) {
      (isActor[f] ? actors : words).offer(names[f], articlesUsing[f] * idf(f), uses[f]);
      articlesUsing[f] = 0;
      uses[f] = 0;
    }
    return {
      id: `story-${i + 1}`,
      rank: i + 1,
      articles: group.map((k) => ids[k]),
      actors: actors.names().map((f) => f.slice(1)),
      terms: words.names(),
    };
  });
}

/** The `size` best names offered: by score, then count, then name (a short sorted list, not a sort of everything). */
class Top {
  private items: Array<{ name: string; score: number; count: number }> = [];
  constructor(private readonly size: number) {}
  /** Whether an offer ranks before item `b`. */
  private static ahead(name: string, score: number, count: number, b: { name: string; score: number; count: number }) {
    return score > b.score || (score === b.score && (count > b.count || (count === b.count && name < b.name)));
  }
  offer(name: string, score: number, count: number) {
    const items = this.items;
    // most offers lose to the last one kept: decided before an item is made of them
    if (items.length === this.size && !Top.ahead(name, score, count, items[items.length - 1])) return;
    let at = items.length;
    while (at > 0 && Top.ahead(name, score, count, items[at - 1])) at--;
    items.splice(at, 0, { name, score, count });
    if (items.length > this.size) items.pop();
  }
  names(): string[] {
    return this.items.map((x) => x.name);
  }
}

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
//
// Stories are ranked by their number of articles (then by the order of their first article).
// Pure: rows in, rows out.
import type { MentionRow, SentenceRow, StoryRow } from "../types.js";
import { termList } from "./terms.js";

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

interface Vector {
  features: string[];
  weights: Float64Array;
}

export interface StoryOptions {
  /** Articles left out (duplicates of another article). */
  skip?: ReadonlySet<string>;
  similarity?: number;
}

/** Per article, its features and their counts: words as written in its sentences, actors as "@id". */
function featureCounts(articles: readonly string[], sentences: readonly SentenceRow[], mentions: readonly MentionRow[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>(articles.map((id) => [id, new Map()]));
  const add = (article: string, feature: string) => {
    const own = counts.get(article);
    if (own) own.set(feature, (own.get(feature) ?? 0) + 1);
  };
  for (const s of sentences) if (counts.has(s.article)) for (const word of termList(s.text)) add(s.article, word);
  for (const m of mentions) add(m.article, `@${m.actor}`);
  return counts;
}

/** tf-idf vectors of unit length. */
function vectors(counts: Map<string, Map<string, number>>, df: Map<string, number>, n: number): Vector[] {
  return [...counts.values()].map((own) => {
    const features = [...own.keys()];
    const weights = new Float64Array(features.length);
    let norm = 0;
    features.forEach((f, i) => {
      const w = (1 + Math.log(own.get(f)!)) * Math.log(1 + n / df.get(f)!) * (f.startsWith("@") ? ACTOR_WEIGHT : 1);
      weights[i] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] /= norm;
    return { features, weights };
  });
}

/** Each article's most similar articles (cosine above `floor`), as index → similarity. */
function neighbours(vs: Vector[], df: Map<string, number>, floor: number): Array<Map<number, number>> {
  // postings of the features that can pair articles: shared by 2 to PAIR_DF_LIMIT articles
  const postings = new Map<string, Array<[number, number]>>();
  vs.forEach((v, i) =>
    v.features.forEach((f, j) => {
      const d = df.get(f)!;
      if (d < 2 || d > PAIR_DF_LIMIT) return;
      let list = postings.get(f);
      if (!list) postings.set(f, (list = []));
      list.push([i, v.weights[j]]);
    }),
  );
  const out = vs.map(() => new Map<number, number>());
  const acc = new Float64Array(vs.length);
  const touched: number[] = [];
  vs.forEach((v, i) => {
    v.features.forEach((f, j) => {
      for (const [k, w] of postings.get(f) ?? []) {
        if (k <= i) continue;
        if (acc[k] === 0) touched.push(k);
        acc[k] += v.weights[j] * w;
      }
    });
    const best = touched.filter((k) => acc[k] >= floor).sort((a, b) => acc[b] - acc[a] || a - b).slice(0, NEIGHBOURS);
    for (const k of best) {
      out[i].set(k, acc[k]);
      out[k].set(i, acc[k]);
    }
    for (const k of touched) acc[k] = 0;
    touched.length = 0;
  });
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
    for (let i = h.length - 1; i > 0; ) {
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
      for (let i = 0; ; ) {
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

/** Average-linkage clustering over the sparse similarities: groups of article indices. */
function averageLinkage(similar: Array<Map<number, number>>, threshold: number): number[][] {
  const members = similar.map((_, i) => [i]);
  // sums of similarities between clusters (a missing pair is 0), keyed by the clusters' ids
  const sums = similar.map((m) => new Map(m));
  const alive = similar.map(() => true);
  const heap = new JoinHeap();
  const average = (a: number, b: number) => (sums[a].get(b) ?? 0) / (members[a].length * members[b].length);
  sums.forEach((m, a) => m.forEach((_, b) => a < b && heap.push({ score: average(a, b), a, b })));
  for (let top = heap.pop(); top && top.score >= threshold; top = heap.pop()) {
    const { a, b } = top;
    if (!alive[a] || !alive[b] || average(a, b) !== top.score) continue; // stale
    // b joins a (a < b: the story keeps the id of its first article)
    alive[b] = false;
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
    for (const c of sums[a].keys()) heap.push({ score: average(Math.min(a, c), Math.max(a, c)), a: Math.min(a, c), b: Math.max(a, c) });
  }
  return members.filter((m, i) => alive[i] && m.length).map((m) => m.sort((x, y) => x - y));
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
  const counts = featureCounts(ids, sentences, mentions);
  const df = new Map<string, number>();
  for (const own of counts.values()) for (const f of own.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const n = ids.length;
  const groups = averageLinkage(neighbours(vectors(counts, df, n), df, threshold / 2), threshold);
  const ordered = groups.sort((x, y) => y.length - x.length || x[0] - y[0]);
  return ordered.map((group, i) => {
    const own = group.map((k) => counts.get(ids[k])!);
    // a feature's standing in the story: how many of its articles use it, then how often, then how rare it is overall
    const tally = new Map<string, { articles: number; count: number }>();
    for (const c of own)
      for (const [f, k] of c) {
        const t = tally.get(f) ?? { articles: 0, count: 0 };
        t.articles++;
        t.count += k;
        tally.set(f, t);
      }
    const ranked = (actor: boolean) =>
      [...tally]
        .filter(([f]) => f.startsWith("@") === actor)
        .map(([f, t]) => ({ f, t, idf: Math.log(1 + n / df.get(f)!) }))
        .sort((x, y) => y.t.articles * y.idf - x.t.articles * x.idf || y.t.count - x.t.count || (x.f < y.f ? -1 : 1));
    return {
      id: `story-${i + 1}`,
      rank: i + 1,
      articles: group.map((k) => ids[k]),
      actors: ranked(true).slice(0, STORY_ACTORS).map(({ f }) => f.slice(1)),
      terms: ranked(false).slice(0, STORY_TERMS).map(({ f }) => f),
    };
  });
}

// Exact and near-duplicate articles. Exact: same bytes (hash) or same normalized words outside
// boilerplate. Near: word 5-gram shingles with Jaccard similarity >= 0.8, found with one-permutation
// MinHash (64 bins, densified) + LSH (16 bands of 4) and confirmed by the exact Jaccard of the shingle
// sets, so the cost stays linear in the corpus size. Pure.
import type { Article } from "../types.js";
import { mergeRanges } from "../util/ranges.js";

export type DuplicateInput = Pick<Article, "id" | "text" | "hash" | "boilerplate">;

export interface DuplicateOptions {
  /** Jaccard similarity of word shingles at or above which two articles are near-duplicates. */
  threshold?: number;
  /** Words per shingle. */
  shingleSize?: number;
}

const BINS = 64;
const ROWS = 4;
const BANDS = BINS / ROWS;

/** Murmur3 finalizer. */
function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/**
 * 32-bit hashes of the words of `text` outside `boilerplate`: NFKC, case-folded, letters and digits
 * only (apostrophes dropped inside words, so "Niger’s" and "Niger's" agree).
 */
export function wordHashes(text: string, boilerplate: Array<[number, number]>): Uint32Array {
  const out: number[] = [];
  const ranges = mergeRanges(boilerplate);
  let r = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  const end = () => {
    if (inWord) out.push(mix(h));
    h = 0x811c9dc5;
    inWord = false;
  };
  // eslint-disable-next-line no-control-regex -- "not ASCII": the range starts at NUL on purpose
  const source = /[^\x00-\x7f]/.test(text) ? text.normalize("NFKC") : text;
  // NFKC can shift offsets; boilerplate ranges are only honoured when it did not change the length.
  const honour = source.length === text.length;
  for (let i = 0; i < source.length; i++) {
    if (honour) {
      while (r < ranges.length && ranges[r][1] <= i) r++;
      if (r < ranges.length && ranges[r][0] <= i) {
        end();
        i = ranges[r][1] - 1;
        continue;
      }
    }
    let c = source.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
        if (c === 39 && inWord) continue;
        end();
        continue;
      }
    } else {
      if (c === 0x2019 || c === 0x2018) {
        if (inWord) continue;
        end();
        continue;
      }
      const ch = source[i];
      if (!NON_ASCII_WORD.test(ch)) {
        end();
        continue;
      }
      c = ch.toLowerCase().charCodeAt(0);
    }
    h = Math.imul(h ^ c, 0x01000193);
    inWord = true;
  }
  end();
  return Uint32Array.from(out);
}

/** Sorted, unique hashes of the word `size`-grams (one shingle of all words when there are fewer). */
export function shingleHashes(words: Uint32Array, size = 5): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const n = Math.max(1, words.length - size + 1);
  const span = Math.min(size, words.length);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x9747b28c;
    for (let k = 0; k < span; k++) h = mix(Math.imul(h, 31) ^ words[i + k]);
    out[i] = h;
  }
  out.sort();
  let u = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[u - 1]) out[u++] = out[i];
  return out.subarray(0, u);
}

/** Jaccard similarity of two sorted unique hash arrays. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** One-permutation MinHash with rotation densification: BINS values, comparable bin by bin. */
function signature(set: Uint32Array): Uint32Array {
  const EMPTY = 0xffffffff;
  const sig = new Uint32Array(BINS).fill(EMPTY);
  for (const x of set) {
    const h = mix(x ^ 0x5bd1e995);
    const bin = h >>> 26;
    const value = h & 0x3ffffff;
    if (value < sig[bin]) sig[bin] = value;
  }
  const filled = sig.slice();
  for (let b = 0; b < BINS; b++) {
    if (sig[b] !== EMPTY) continue;
    for (let d = 1; d < BINS; d++) {
      const v = sig[(b + d) % BINS];
      if (v !== EMPTY) {
        filled[b] = (v + d * 0x4000000) >>> 0;
        break;
      }
    }
  }
  return filled;
}

function sequenceKey(words: Uint32Array): string {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (const w of words) {
    a = mix(Math.imul(a, 31) ^ w);
    b = mix(Math.imul(b, 131) + w);
  }
  return `${words.length}:${a.toString(36)}:${b.toString(36)}`;
}

/**
 * What duplicate detection needs of one article, which depends on its text alone (so it can be
 * computed when the article is extracted, and cached with it): the key of its word sequence, its
 * number of words and of distinct shingles, and its LSH band keys (none without shingles).
 */
export interface DuplicateDigest {
  shingleSize: number;
  key: string;
  words: number;
  shingles: number;
  bands: string[];
}

/** The duplicate digest of one article (`shingleSize` words per shingle). */
export function duplicateDigest(article: Pick<Article, "text" | "boilerplate">, shingleSize = 5): DuplicateDigest {
  const words = wordHashes(article.text, article.boilerplate);
  const set = shingleHashes(words, shingleSize);
  const bands: string[] = [];
  if (set.length > 0) {
    const sig = signature(set);
    for (let b = 0; b < BANDS; b++) bands.push(`${b}:${sig[b * ROWS]},${sig[b * ROWS + 1]},${sig[b * ROWS + 2]},${sig[b * ROWS + 3]}`);
  }
  return { shingleSize, key: sequenceKey(words), words: words.length, shingles: set.length, bands };
}

/**
 * The similarities of candidate pairs an earlier run measured, and those of this run (for the next).
 * A pair is keyed by what its two articles' texts are made of (`source`: with the engine's version,
 * the caller's part), and the shingle size, so a kept similarity is the one measuring would give.
 */
export interface SimilarityMemo {
  /** What article i's text and boilerplate are made of (its file and content hash). */
  source: (i: number) => string;
  last: ReadonlyMap<string, number>;
  /** Filled with every pair this run compared. */
  next: Map<string, number>;
}

/**
 * Maps each duplicate's id to the id of the article it duplicates. The array order is the priority
 * order (pass articles sorted by file): a duplicate always points to an earlier article that is not
 * itself a duplicate. `digests[i]`, when given (and made with the same shingle size), is article
 * i's duplicateDigest: then only candidate pairs read the articles' texts again, and with
 * `similarity` only those no earlier run compared.
 */
export function findDuplicates(
  articles: DuplicateInput[],
  options: DuplicateOptions = {},
  digests: ReadonlyArray<DuplicateDigest | undefined> = [],
  similarity?: SimilarityMemo,
): Map<string, string> {
  const threshold = options.threshold ?? 0.8;
  const size = options.shingleSize ?? 5;
  const result = new Map<string, string>();
  const byHash = new Map<string, string>();
  const byWords = new Map<string, string>();
  const buckets = new Map<string, number[]>();
  const sets: Uint32Array[] = [];
  const setOf = (i: number) => (sets[i] ??= shingleHashes(wordHashes(articles[i].text, articles[i].boilerplate), size));
  const made: DuplicateDigest[] = [];
  const digestOf = (i: number) => {
    const given = digests[i];
    return given && given.shingleSize === size ? given : (made[i] ??= duplicateDigest(articles[i], size));
  };
  /** The Jaccard similarity of the shingles of articles j < i, kept from the last run where it was measured. */
  const similar = (i: number, j: number) => {
    if (!similarity) return jaccard(setOf(i), setOf(j));
    const key = `${size}\n${similarity.source(j)}\n${similarity.source(i)}`;
    const value = similarity.last.get(key) ?? jaccard(setOf(i), setOf(j));
    similarity.next.set(key, value);
    return value;
  };
  /** The earlier original article i repeats word for word or nearly, if any. */
  const originalOf = (i: number, digest: DuplicateDigest): number | string | undefined => {
    const article = articles[i];
    const exact = byHash.get(article.hash) ?? (digest.words > 0 ? byWords.get(digest.key) : undefined);
    if (exact !== undefined && exact !== article.id) return exact;
    const candidates = new Set<number>();
    for (const k of digest.bands) for (const j of buckets.get(k) ?? []) candidates.add(j);
    for (const j of [...candidates].sort((x, y) => x - y)) {
      const other = digestOf(j).shingles;
      if (Math.min(digest.shingles, other) / Math.max(digest.shingles, other) < threshold) continue;
      if (similar(i, j) >= threshold) return j;
    }
    return undefined;
  };
  articles.forEach((article, i) => {
    const digest = digestOf(i);
    const original = originalOf(i, digest);
    if (original !== undefined) {
      result.set(article.id, typeof original === "number" ? articles[original].id : original);
      return;
    }
    // An original: index it for later articles.
    byHash.set(article.hash, article.id);
    if (digest.words > 0) byWords.set(digest.key, article.id);
    for (const k of digest.bands) {
      const list = buckets.get(k);
      if (list) list.push(i);
      else buckets.set(k, [i]);
    }
  });
  return result;
}

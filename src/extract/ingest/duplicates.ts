// Exact and near-duplicate articles. Exact: same bytes (hash) or same normalized text outside
// boilerplate. Near: word 5-gram shingles with Jaccard similarity >= 0.8, found with MinHash + LSH
// (64 hashes in 16 bands of 4) and confirmed by the exact Jaccard of the shingle sets, so the cost
// stays near linear for thousands of articles. Pure.
import type { Article } from "../types.js";
import { textOutside } from "./ranges.js";

export type DuplicateInput = Pick<Article, "id" | "text" | "hash" | "boilerplate">;

export interface DuplicateOptions {
  /** Jaccard similarity of word shingles at or above which two articles are near-duplicates. */
  threshold?: number;
  /** Words per shingle. */
  shingleSize?: number;
}

const HASHES = 64;
const ROWS = 4;
const BANDS = HASHES / ROWS;

/** Text compared for duplication: outside boilerplate, case-folded, typographic marks unified. */
export function normalizedWords(article: Pick<Article, "text" | "boilerplate">): string[] {
  return (
    textOutside(article.text, article.boilerplate)
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []
  );
}

/** FNV-1a, 32-bit. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3 finalizer: a cheap independent-looking permutation of 32-bit values per seed. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(i + 1, 0x9e3779b9));

export function shingles(words: string[], size = 5): Set<number> {
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < size) {
    out.add(hashString(words.join(" ")));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(hashString(words.slice(i, i + size).join(" ")));
  return out;
}

function minhash(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of set) {
    for (let k = 0; k < HASHES; k++) {
      const h = mix(x, SEEDS[k]);
      if (h < sig[k]) sig[k] = h;
    }
  }
  return sig;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Maps each duplicate's id to the id of the article it duplicates. The array order is the priority
 * order (pass articles sorted by file): a duplicate always points to an earlier article that is not
 * itself a duplicate.
 */
export function findDuplicates(articles: DuplicateInput[], options: DuplicateOptions = {}): Map<string, string> {
  const threshold = options.threshold ?? 0.8;
  const size = options.shingleSize ?? 5;
  const result = new Map<string, string>();
  const byHash = new Map<string, string>();
  const byText = new Map<string, string>();
  const sets: Array<Set<number>> = [];
  const buckets = new Map<string, number[]>();

  articles.forEach((article, i) => {
    const words = normalizedWords(article);
    const set = shingles(words, size);
    sets[i] = set;
    const exact = byHash.get(article.hash) ?? byText.get(words.join(" "));
    if (exact !== undefined && exact !== article.id) {
      result.set(article.id, exact);
      return;
    }
    if (set.size === 0) return;
    const sig = minhash(set);
    const keys: string[] = [];
    for (let b = 0; b < BANDS; b++) keys.push(`${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(",")}`);
    const candidates = new Set<number>();
    for (const key of keys) for (const j of buckets.get(key) ?? []) candidates.add(j);
    const ordered = [...candidates].sort((a, b) => a - b);
    for (const j of ordered) {
      const other = sets[j];
      const ratio = Math.min(set.size, other.size) / Math.max(set.size, other.size);
      if (ratio < threshold) continue; // Jaccard can never reach the threshold
      if (jaccard(set, other) >= threshold) {
        result.set(article.id, articles[j].id);
        return;
      }
    }
    // An original: index it for later articles.
    byHash.set(article.hash, article.id);
    byText.set(words.join(" "), article.id);
    for (const key of keys) {
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  return result;
}

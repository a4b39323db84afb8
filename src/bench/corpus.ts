// Synthetic article corpora for benchmarks and scale tests, made of real sentences (e.g. from
// re3d-dev) in a seeded shuffle: every run gives the same articles. Pure: see writeCorpus for files.
import { splitSentences } from "../extract/segment/sentences.js";
import { between, seededRandom, shuffled } from "../extract/util/random.js";

export interface GeneratedArticle {
  /** File name, e.g. "00042.txt"; names sort in generation order. */
  name: string;
  text: string;
}

export interface CorpusOptions {
  articles: number;
  seed?: number;
  minSentences?: number;
  maxSentences?: number;
  /** Share of articles that start with a ` date YYYY-MM-DD ` header (0..1). */
  datedShare?: number;
  /** First day of the generated header dates (ISO), one-year span. */
  firstDate?: string;
}

/** Distinct sentences of the texts, whitespace-normalized, at least 20 characters long. */
export function sentencePool(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const s of splitSentences(text)) {
      const sentence = s.text.replace(/\s+/g, " ").trim();
      if (sentence.length >= 20) seen.add(sentence);
    }
  }
  return [...seen];
}

function isoDay(first: string, offset: number): string {
  const day = new Date(`${first}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offset);
  return day.toISOString().slice(0, 10);
}

/**
 * `options.articles` articles of `minSentences`..`maxSentences` sentences each, drawn from the pool
 * in a seeded shuffle (reshuffled when used up), grouped in paragraphs of three to five sentences.
 */
export function generateCorpus(pool: readonly string[], options: CorpusOptions): GeneratedArticle[] {
  if (pool.length === 0) throw new Error("generateCorpus: the sentence pool is empty");
  const random = seededRandom(options.seed ?? 1);
  const min = options.minSentences ?? 10;
  const max = options.maxSentences ?? 25;
  const datedShare = options.datedShare ?? 0.6;
  const firstDate = options.firstDate ?? "2023-01-01";
  const width = String(Math.max(options.articles - 1, 0)).length;
  let deck = shuffled(pool, random);
  let next = 0;
  const draw = () => {
    if (next === deck.length) {
      deck = shuffled(pool, random);
      next = 0;
    }
    return deck[next++];
  };
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < options.articles; i++) {
    const count = between(random, min, max);
    const paragraphs: string[] = [];
    let paragraph: string[] = [];
    let size = between(random, 3, 5);
    for (let s = 0; s < count; s++) {
      paragraph.push(draw());
      if (paragraph.length === size) {
        paragraphs.push(paragraph.join(" "));
        paragraph = [];
        size = between(random, 3, 5);
      }
    }
    if (paragraph.length) paragraphs.push(paragraph.join(" "));
    const dated = random() < datedShare;
    const header = dated ? ` date ${isoDay(firstDate, between(random, 0, 364))} ` : "";
    articles.push({ name: `${String(i).padStart(width, "0")}.txt`, text: `${header}${paragraphs.join("\n\n")}\n` });
  }
  return articles;
}

// The extraction cache's entries, leaner: a span (sentence, actor, date, figure, quote) whose text
// is the article's text between its offsets is kept without it (its `text` written as null, in its
// place among the span's keys) and given it back, sliced from the article's text, when the entry is
// read. A build reads every cached entry: at 10,000 articles the sentences' texts alone were as much
// to parse again as the articles'. The entry read equals the one written, key order included. Pure.
import type { ArticleExtraction, CachedResult, Span } from "./types.js";

type SpanLists = Pick<ArticleExtraction, "sentences" | "actors" | "dates" | "figures" | "quotes">;
const LISTS: ReadonlyArray<keyof SpanLists> = ["sentences", "actors", "dates", "figures", "quotes"];

/** The spans of `list` with the texts the article's text holds written as null (copies; `list` is left as it is). */
function withoutTexts<T extends Span>(text: string, list: readonly T[]): T[] {
  return list.map((s) => (s.text === text.slice(s.start, s.end) ? { ...s, text: null } : s) as T);
}

/** A result as the cache keeps it (see above); the result itself is not changed. */
export function leanEntry<R extends CachedResult>(result: R): R {
  if (!("extraction" in result)) return result;
  const x = result.extraction;
  const lean: ArticleExtraction = { ...x };
  for (const list of LISTS) (lean as unknown as Record<string, Span[]>)[list] = withoutTexts(x.article.text, x[list] as readonly Span[]);
  return { ...result, extraction: lean };
}

/** A cache entry as parsed, made whole again: every span's null text sliced from the article's text (in place). */
export function wholeEntry<R extends CachedResult>(entry: R): R {
  if (!("extraction" in entry)) return entry;
  const x = entry.extraction;
  const text = x.article.text;
  for (const list of LISTS) for (const s of x[list] as Span[]) if (s.text === null) s.text = text.slice(s.start, s.end);
  return entry;
}

// Page data computed from the extraction tables: one pure function per page, over one shared
// TableIndex (build it once: `new TableIndex(tables)`). Each returns plain JSON; src/build/pageData.ts
// turns them into the loaders' outputs. The front page gets summaries only (bounded sizes). A
// per-item page (one actor, one article) costs about the size of that item's data.
import type { ActorRow, ArticleRow, FigureRow, MentionRow, QuoteRow } from "../../extract/types.js";
import { TableIndex, actorHref, articleHref, clip, slug } from "./index.js";

/** A quote's words without the quotation marks (and trailing comma) it was written with: pages add their own. */
export function quoteBody(text: string): string {
  return text.replace(/^\s*[“"‘']\s*/, "").replace(/[\s,]*[”"’']\s*$/, "").trim();
}

const STOPWORDS = new Set(
  (
    "that this with from have has had were was been being their there they them than then these those which " +
    "what when where while would could should will shall also into onto over under about after before since " +
    "such some more most other only very just said says according including however although because among " +
    "between within without against during through upon your yours ours very many much each both either " +
    "neither recent recently still even well like made make makes being does done here whose whom"
  ).split(" "),
);

function terms(text: string): Set<string> {
  const out = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[a-z][a-z'’-]{3,}/g)) {
    const word = match[0].replace(/['’]s$/, "").replace(/s$/, "");
    if (!STOPWORDS.has(word) && word.length > 3) out.add(word);
  }
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

interface Candidate {
  article: string;
  start: number;
  end: number;
  text: string;
  terms: Set<string>;
  score: number;
}

/**
 * The sentences most shared across sources: each sentence's words and actors are weighted by how
 * many articles also use them (and, within one article, how often), favouring early sentences; then
 * the top ones are picked greedily, skipping near-repeats and keeping at most two per article.
 */
export function centralSentences(index: TableIndex, limit = 6): Candidate[] {
  const candidates: Candidate[] = [];
  const articleFreq = new Map<string, number>();
  const sentenceFreq = new Map<string, number>();
  for (const article of index.primary) {
    const seen = new Set<string>();
    const mentions = index.mentions(article.id);
    for (const s of index.sentences(article.id)) {
      const words = s.text.split(/\s+/).length;
      if (words < 8 || words > 70) continue;
      const bag = terms(s.text);
      for (const m of mentions) if (m.start >= s.start && m.end <= s.end) bag.add(`@${m.actor}`);
      for (const t of bag) {
        sentenceFreq.set(t, (sentenceFreq.get(t) ?? 0) + 1);
        if (!seen.has(t)) {
          seen.add(t);
          articleFreq.set(t, (articleFreq.get(t) ?? 0) + 1);
        }
      }
      candidates.push({ article: article.id, start: s.start, end: s.end, text: s.text, terms: bag, score: s.index });
    }
  }
  for (const c of candidates) {
    let weight = 0;
    for (const t of c.terms) {
      const w = (articleFreq.get(t)! - 1) + 0.1 * (sentenceFreq.get(t)! - 1);
      weight += t.startsWith("@") ? 2 * w : w;
    }
    const position = 1 + 1 / (2 + c.score);
    const ending = /[.!?]["'”’)]?$/.test(c.text) ? 1 : 0.5;
    c.score = (weight / Math.sqrt(c.terms.size + 4)) * position * ending;
  }
  candidates.sort((a, b) => b.score - a.score);
  const chosen: Candidate[] = [];
  const perArticle = new Map<string, number>();
  for (const c of candidates) {
    if (chosen.length >= limit) break;
    if ((perArticle.get(c.article) ?? 0) >= 2) continue;
    if (chosen.some((x) => jaccard(x.terms, c.terms) > 0.3)) continue;
    chosen.push(c);
    perArticle.set(c.article, (perArticle.get(c.article) ?? 0) + 1);
  }
  return chosen.sort(
    (a, b) => (index.numbers.get(a.article) ?? 0) - (index.numbers.get(b.article) ?? 0) || a.start - b.start,
  );
}

function actorSummary(index: TableIndex, a: ActorRow) {
  const primaryArticles = a.articles.filter((id) => !index.articles.get(id)?.duplicateOf);
  return {
    id: a.id,
    slug: slug(a.id),
    name: a.name,
    type: a.type,
    href: actorHref(a.id),
    aliases: a.aliases,
    roles: a.roles ?? [],
    articleCount: primaryArticles.length,
    mentions: a.mentionCount ?? index.mentionsOf(a.id).length,
  };
}

function rankedActors(index: TableIndex) {
  return index.tables.actors
    .map((a) => actorSummary(index, a))
    .sort((a, b) => b.articleCount - a.articleCount || b.mentions - a.mentions || a.name.localeCompare(b.name));
}

function figureView(index: TableIndex, f: FigureRow) {
  const cite = index.cite(f.article, f.start);
  const sentence = f.sentence ?? index.sentenceAt(f.article, f.start)?.text ?? f.text;
  return {
    id: f.id,
    text: f.text,
    value: f.value,
    unit: f.unit,
    approximate: f.approximate,
    bound: f.bound ?? null,
    article: f.article,
    n: cite.n,
    source: cite.source ?? cite.title,
    date: cite.date,
    href: cite.href,
    sentence: clip(sentence, 320),
    actors: (f.actors ?? []).map((id) => index.actorRef(id)),
  };
}

/** The conflicts with more than one known figure, each with its figures in the table's order. */
function conflictRows(index: TableIndex) {
  const byId = index.figuresById;
  return index.tables.conflicts
    .map((c) => ({ subject: c.subject, figures: c.figures.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])) }))
    .filter((c) => c.figures.length > 1);
}

/**
 * At most `limit` of a conflict's figures, in their order, spanning its values: the first figure
 * of each of up to `limit` distinct values (lowest, highest, and evenly between), then more figures
 * in order if that leaves room.
 */
export function spreadOfValues(figures: readonly FigureRow[], limit: number): FigureRow[] {
  if (figures.length <= limit) return [...figures];
  const firstOfValue = new Map<number, FigureRow>();
  for (const f of figures) if (!firstOfValue.has(f.value)) firstOfValue.set(f.value, f);
  const values = [...firstOfValue.keys()].sort((a, b) => a - b);
  const chosen = new Set<FigureRow>();
  if (values.length <= limit) for (const v of values) chosen.add(firstOfValue.get(v)!);
  else
    for (let i = 0; i < limit; i++)
      chosen.add(firstOfValue.get(values[Math.round((i * (values.length - 1)) / (limit - 1))])!);
  for (const f of figures) {
    if (chosen.size >= limit) break;
    chosen.add(f);
  }
  return figures.filter((f) => chosen.has(f));
}

/** Reports shown per conflict on the front page (the figures page has them all). */
const BRIEFING_CONFLICT_REPORTS = 6;

function eventViews(index: TableIndex, limit: number, textMax: number) {
  return index.tables.events
    .filter((e) => e.date && /^\d{4}(-\d{2}){0,2}$/.test(e.date) && !index.articles.get(e.article)?.duplicateOf)
    .sort((a, b) => a.date!.localeCompare(b.date!) || (a.start ?? 0) - (b.start ?? 0))
    .slice(0, limit)
    .map((e) => {
      const cite = index.cite(e.article, e.start);
      return {
        date: e.date!,
        day: e.date!.length === 4 ? `${e.date}-07-01` : e.date!.length === 7 ? `${e.date}-15` : e.date!,
        granularity: e.date!.length === 4 ? "year" : e.date!.length === 7 ? "month" : "day",
        text: clip(e.text, textMax),
        article: e.article,
        n: cite.n,
        source: cite.source ?? cite.title,
        href: cite.href,
        relative: Boolean(e.relative),
        inferred: Boolean(e.inferred),
        actors: e.actors.map((id) => index.actorRef(id)),
      };
    });
}

/** Who is covered where: mention counts of the top actors per article (or per source when many). */
function coverage(index: TableIndex, actorIds: string[]) {
  const perArticle = index.primary.length <= 30;
  const rows = new Map<string, { key: string; label: string; href: string | null; articles: number }>();
  const cells = new Map<string, number>();
  const rowKey = (id: string) => {
    const a = index.articles.get(id)!;
    return perArticle ? id : a.source ?? "(no source)";
  };
  for (const a of index.primary) {
    const key = rowKey(a.id);
    const row = rows.get(key);
    if (row) row.articles++;
    else
      rows.set(key, {
        key,
        label: perArticle ? `[${index.numbers.get(a.id)}] ${clip(a.source ?? a.title ?? a.file, 38)}` : key,
        href: perArticle ? articleHref(a.id) : null,
        articles: 1,
      });
  }
  const wanted = new Set(actorIds);
  for (const m of index.tables.mentions) {
    if (!wanted.has(m.actor) || index.articles.get(m.article)?.duplicateOf) continue;
    const k = `${rowKey(m.article)}\0${m.actor}`;
    cells.set(k, (cells.get(k) ?? 0) + 1);
  }
  const top = [...rows.values()].sort((a, b) => b.articles - a.articles).slice(0, 25);
  const topKeys = new Set(top.map((r) => r.key));
  return {
    by: perArticle ? "article" : "source",
    rows: top,
    actors: actorIds.map((id) => index.actorRef(id)),
    cells: [...cells]
      .map(([k, count]) => {
        const [row, actor] = k.split("\0");
        return { row, actor, count };
      })
      .filter((c) => topKeys.has(c.row)),
  };
}

/** Front page: a bounded summary of everything. */
export function briefingView(index: TableIndex) {
  const tables = index.tables;
  const dates = index.primary.map((a) => a.date).filter((d): d is string => Boolean(d)).sort();
  const actors = rankedActors(index);
  const happened = centralSentences(index).map((c) => {
    const cite = index.cite(c.article, c.start);
    return { text: clip(c.text, 400), ...cite };
  });
  const conflicts = conflictRows(index)
    .slice(0, 8)
    .map((c) => ({
      subject: c.subject,
      reportCount: c.figures.length,
      reports: spreadOfValues(c.figures, BRIEFING_CONFLICT_REPORTS).map((f) => figureView(index, f)),
    }));
  const inConflict = new Set(conflicts.flatMap((c) => c.reports.map((r) => r.id)));
  const units = new Map<string, FigureRow[]>();
  for (const f of tables.figures) {
    if (inConflict.has(f.id) || f.value < 2 || index.articles.get(f.article)?.duplicateOf) continue;
    const list = units.get(f.unit);
    if (list) list.push(f);
    else units.set(f.unit, [f]);
  }
  const figures = [...units]
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, 6)
    .map(([unit, list]) => ({
      unit,
      count: list.length,
      reports: list
        .sort((a, b) => b.value - a.value)
        .slice(0, 3)
        .map((f) => figureView(index, f)),
    }));
  const sources = new Set(index.primary.map((a) => a.source ?? `article:${a.id}`));
  const cited = new Map<string, ReturnType<TableIndex["cite"]>>();
  const citedIds = [
    ...happened.map((h) => h.id),
    ...conflicts.flatMap((c) => c.reports.map((r) => r.article)),
    ...figures.flatMap((f) => f.reports.map((r) => r.article)),
  ];
  for (const id of citedIds) if (!cited.has(id)) cited.set(id, index.cite(id));
  return {
    counts: {
      files: tables.articles.length + tables.rejected.length,
      articles: index.primary.length,
      duplicates: tables.articles.length - index.primary.length,
      rejected: tables.rejected.length,
      warnings: tables.warnings?.length ?? 0,
      sources: sources.size,
      named: index.primary.filter((a) => a.source).length,
      actors: tables.actors.length,
      people: tables.actors.filter((a) => a.type === "person").length,
      organizations: tables.actors.filter((a) => a.type === "organization").length,
      places: tables.actors.filter((a) => a.type === "place").length,
      events: tables.events.length,
      figures: tables.figures.length,
      quotes: tables.quotes.length,
      conflicts: tables.conflicts.length,
      undated: index.primary.filter((a) => !a.date).length,
    },
    dateRange: dates.length ? [dates[0], dates[dates.length - 1]] : null,
    happened,
    actors: actors.slice(0, 10),
    conflicts,
    figures,
    events: eventViews(index, 300, 160),
    coverage: coverage(index, actors.slice(0, 12).map((a) => a.id)),
    references: [...cited.values()].sort((a, b) => a.n - b.n),
  };
}

/** Actors page: every actor, the articles for filtering, and a co-mention network of the top ones. */
export function actorsView(index: TableIndex) {
  const tables = index.tables;
  const actors = rankedActors(index).map((a) => ({
    ...a,
    articles: (index.actors.get(a.id)?.articles ?? []).map((id) => index.numbers.get(id) ?? 0).sort((x, y) => x - y),
  }));
  const top = new Set(actors.slice(0, 60).map((a) => a.id));
  const links = new Map<string, number>();
  for (const article of index.primary) {
    const bySentence = new Map<number, Set<string>>();
    for (const m of index.mentions(article.id)) {
      if (!top.has(m.actor)) continue;
      const s = index.sentenceAt(article.id, m.start);
      if (!s) continue;
      const set = bySentence.get(s.start) ?? new Set<string>();
      set.add(m.actor);
      bySentence.set(s.start, set);
    }
    for (const set of bySentence.values()) {
      const ids = [...set].sort();
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) {
          const k = `${ids[i]}\0${ids[j]}`;
          links.set(k, (links.get(k) ?? 0) + 1);
        }
    }
  }
  return {
    actors,
    articles: index.primary
      .concat(tables.articles.filter((a) => a.duplicateOf))
      .map((a) => ({ n: index.numbers.get(a.id)!, title: clip(a.title || a.file, 80), source: a.source }))
      .sort((a, b) => a.n - b.n),
    network: {
      nodes: actors.filter((a) => top.has(a.id)).map(({ id, name, type, href, mentions, articleCount }) => ({ id, name, type, href, mentions, articleCount })),
      links: [...links]
        .map(([k, weight]) => {
          const [source, target] = k.split("\0");
          return { source, target, weight };
        })
        .sort((a, b) => b.weight - a.weight)
        .slice(0, 300),
    },
  };
}

/** The first position in `list` (sorted by start) whose mention starts at or after `offset`. */
function firstFrom(list: readonly MentionRow[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One actor's page. Quotes about the actor are looked for only in the articles that mention it
 * (a quote there that holds one of its mentions, or its name or an alias).
 */
export function actorView(index: TableIndex, actorId: string) {
  const actor = index.actors.get(actorId);
  if (!actor) throw new Error(`No actor with id ${JSON.stringify(actorId)} in the tables`);
  const mentions = index.mentionsOf(actorId);
  const perArticle = new Map<string, MentionRow[]>();
  for (const m of mentions) {
    const list = perArticle.get(m.article);
    if (list) list.push(m);
    else perArticle.set(m.article, [m]);
  }
  const overTime = [...perArticle].map(([article, list]) => ({ ...index.cite(article), count: list.length }));
  const names = [actor.name, ...actor.aliases].filter((n) => n.length > 2).map((n) => n.toLowerCase());
  const quoteView = (q: QuoteRow) => {
    const speaker = index.actorFor(q.speaker);
    return {
      text: clip(quoteBody(q.text), 600),
      speaker: speaker?.name ?? q.speaker,
      speakerHref: speaker ? actorHref(speaker.id) : null,
      ...index.cite(q.article, q.start),
    };
  };
  const quotesBy = index.quotesBy(actorId);
  const quotesAbout: QuoteRow[] = [];
  for (const article of new Set([...perArticle.keys(), ...actor.articles])) {
    const inArticle = perArticle.get(article) ?? [];
    for (const q of index.quotesIn(article)) {
      if (index.actorFor(q.speaker)?.id === actorId) continue;
      const lower = q.text.toLowerCase();
      if (inArticle.some((m) => m.start >= q.start && m.end <= q.end) || names.some((n) => lower.includes(n)))
        quotesAbout.push(q);
    }
  }
  quotesAbout.sort((x, y) => index.quoteOrder(x) - index.quoteOrder(y));
  const sentences = new Map<string, { article: string; start: number; end: number; text: string; marks: Array<[number, number]> }>();
  const withActors = new Map<string, number>();
  for (const m of mentions) {
    const s = index.sentenceAt(m.article, m.start);
    if (!s) continue;
    const key = `${m.article}\0${s.start}`;
    let entry = sentences.get(key);
    if (!entry) {
      entry = { article: m.article, start: s.start, end: s.end, text: s.text, marks: [] };
      sentences.set(key, entry);
      const all = index.mentions(m.article);
      for (let i = firstFrom(all, s.start); i < all.length && all[i].start <= s.end; i++) {
        const other = all[i];
        if (other.actor !== actorId && other.end <= s.end)
          withActors.set(other.actor, (withActors.get(other.actor) ?? 0) + 1);
      }
    }
    entry.marks.push([m.start - s.start, Math.min(m.end, s.end) - s.start]);
  }
  return {
    actor: actorSummary(index, actor),
    overTime: overTime.sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.n - b.n),
    quotesBy: quotesBy.map(quoteView),
    quotesAbout: quotesAbout.slice(0, 200).map(quoteView),
    coActors: [...withActors]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([id, count]) => ({ ...index.actorRef(id), count })),
    // a capital or a large army can be in tens of thousands of figures: the page lists the first ones
    figures: index.figuresAbout(actorId).slice(0, ACTOR_FIGURE_LIMIT).map((f) => figureView(index, f)),
    figureCount: index.figuresAbout(actorId).length,
    sentences: [...sentences.values()]
      .sort((a, b) => (index.numbers.get(a.article) ?? 0) - (index.numbers.get(b.article) ?? 0) || a.start - b.start)
      .slice(0, 300)
      .map((s) => ({ ...index.cite(s.article, s.start), text: s.text, marks: s.marks })),
  };
}

/** Timeline page: all dated events, and the articles without a date. */
export function timelineView(index: TableIndex) {
  const tables = index.tables;
  const events = eventViews(index, 5000, 300);
  const actorIds = new Map<string, number>();
  for (const e of events) for (const a of e.actors) actorIds.set(a.id, (actorIds.get(a.id) ?? 0) + 1);
  return {
    events,
    undatedEvents: tables.events.filter((e) => !e.date).length,
    actors: [...actorIds]
      .sort((a, b) => b[1] - a[1])
      .map(([id, count]) => ({ ...index.actorRef(id), count })),
    undated: index.primary
      .filter((a) => !a.date)
      .map((a) => ({ ...index.cite(a.id), file: a.file })),
  };
}

/** Figures page: every figure, the conflicting reports grouped by subject. */
/** Figures listed on the figures page, and on one actor's page, at most. */
export const FIGURE_LIMIT = 5000;
export const ACTOR_FIGURE_LIMIT = 300;
/** Reports of one conflict listed on the figures page, at most. */
export const CONFLICT_REPORT_LIMIT = 60;

export function figuresView(index: TableIndex) {
  const tables = index.tables;
  const rows = conflictRows(index);
  const subjectOf = new Map<string, string>();
  for (const c of rows) for (const f of c.figures) subjectOf.set(f.id, c.subject);
  // a conflict can gather thousands of reports at scale: the page shows a spread of their values
  const conflicts = rows.map((c) => ({
    subject: c.subject,
    reportCount: c.figures.length,
    reports: spreadOfValues(c.figures, CONFLICT_REPORT_LIMIT).map((f) => figureView(index, f)),
  }));
  // disputed figures first, then the others in article order, up to a limit the page stays quick with
  const disputed = tables.figures.filter((f) => subjectOf.has(f.id));
  const shown = [...disputed, ...tables.figures.filter((f) => !subjectOf.has(f.id))].slice(0, FIGURE_LIMIT);
  return {
    figures: shown.map((f) => ({ ...figureView(index, f), conflict: subjectOf.get(f.id) ?? null })),
    total: tables.figures.length,
    conflicts,
  };
}

/** One article's row on the sources page (also the head of its own page). */
function articleRow(index: TableIndex, a: ArticleRow) {
  const counts = new Map<string, number>();
  for (const m of index.mentions(a.id)) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  const top = [...counts].sort((x, y) => y[1] - x[1]);
  const cleanLength = a.text.length - a.boilerplate.reduce((s, [x, y]) => s + (y - x), 0);
  return {
    ...index.cite(a.id),
    file: a.file,
    dateSource: a.dateSource,
    length: cleanLength,
    words: a.text.split(/\s+/).length,
    actorCount: counts.size,
    actors: top.slice(0, 6).map(([id]) => index.actorRef(id)),
    duplicateOf: a.duplicateOf ? index.cite(a.duplicateOf) : null,
    duplicates: index.duplicatesOf(a.id).map((d) => index.cite(d.id)),
  };
}

/** Sources page: one row per article. */
export function articlesView(index: TableIndex) {
  return index.tables.articles.map((a) => articleRow(index, a)).sort((a, b) => a.n - b.n);
}

/** One article's page: its text and the spans to highlight in place. */
export function articleView(index: TableIndex, articleId: string) {
  const a = index.articles.get(articleId);
  if (!a) throw new Error(`No article with id ${JSON.stringify(articleId)} in the tables`);
  const spans: Array<{ start: number; end: number; kind: string; label: string; href?: string }> = [];
  for (const m of index.mentions(a.id)) {
    const actor = index.actorRef(m.actor);
    spans.push({ start: m.start, end: m.end, kind: actor.type ?? "actor", label: actor.name, href: actor.href });
  }
  for (const d of index.datesIn(a.id))
    spans.push({ start: d.start, end: d.end, kind: "date", label: `${d.value ?? "unresolved"}${d.relative ? " (relative)" : ""}` });
  for (const f of index.figuresIn(a.id))
    spans.push({ start: f.start, end: f.end, kind: "figure", label: `${f.approximate ? "≈" : ""}${f.value.toLocaleString("en-US")} ${f.unit}` });
  const quotes = index.quotesIn(a.id).map((q) => {
    const speaker = index.actorFor(q.speaker);
    return { start: q.start, end: q.end, speaker: speaker?.name ?? q.speaker, href: speaker ? actorHref(speaker.id) : null };
  });
  return {
    article: { ...articleRow(index, a), url: (a as { url?: string | null }).url ?? null },
    text: a.text,
    boilerplate: a.boilerplate,
    sentences: index.sentences(a.id).map((s) => [s.start, s.end]),
    spans: spans.sort((x, y) => x.start - y.start || y.end - x.end),
    quotes,
    removed: a.boilerplate.map(([start, end]) => ({ start, end, text: a.text.slice(start, end) })).filter((r) => r.text.trim()),
    events: index.eventsIn(a.id).length,
  };
}

/** Quotes page: who said what. */
export function quotesView(index: TableIndex) {
  return index.tables.quotes
    .filter((q) => !index.articles.get(q.article)?.duplicateOf)
    .map((q) => {
      const speaker = index.actorFor(q.speaker);
      return {
        text: clip(quoteBody(q.text), 800),
        speaker: speaker?.name ?? q.speaker ?? null,
        speakerHref: speaker ? actorHref(speaker.id) : null,
        // an unnamed speaker as the article describes them ("one U.S. official")
        speakerText: speaker ? null : q.speakerText ?? null,
        ...index.cite(q.article, q.start),
      };
    });
}

/** Ingest report: every file in the folder and what happened to it. */
export function ingestView(index: TableIndex, folder: string) {
  const tables = index.tables;
  const warnings = new Map<string, string[]>();
  for (const w of tables.warnings ?? []) {
    const list = warnings.get(w.file);
    if (list) list.push(w.message);
    else warnings.set(w.file, [w.message]);
  }
  const files = [
    ...tables.articles.map((a) => ({
      file: a.file,
      status: a.duplicateOf ? "duplicate" : "in briefing",
      reason: a.duplicateOf ? `duplicate of [${index.numbers.get(a.duplicateOf)}] ${index.articles.get(a.duplicateOf)?.file ?? a.duplicateOf}` : null,
      duplicateHref: a.duplicateOf ? articleHref(a.duplicateOf) : null,
      n: index.numbers.get(a.id) ?? null,
      title: a.title,
      date: a.date,
      dateSource: a.dateSource,
      href: articleHref(a.id),
      warnings: warnings.get(a.file) ?? [],
    })),
    ...tables.rejected.map((r) => ({
      file: r.file,
      status: "rejected",
      reason: r.reason,
      duplicateHref: null,
      n: null,
      title: null,
      date: null,
      dateSource: null,
      href: null,
      warnings: warnings.get(r.file) ?? [],
    })),
  ].sort((a, b) => a.file.localeCompare(b.file));
  const known = new Set(files.map((f) => f.file));
  const orphanWarnings = (tables.warnings ?? []).filter((w) => !known.has(w.file));
  return { folder, files, orphanWarnings };
}

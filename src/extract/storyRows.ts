// The rows the joins make story by story: "what happened" (central sentences) and where sources
// disagree (conflicts). A story's rows depend only on its own inputs (its articles, their
// sentences, figures and dates, the actors their mentions resolved to and those actors' names,
// and how many sentences it keeps), so a story whose inputs are those of a story of the last build
// takes that story's rows (StoryMemo): a new article re-summarises the stories it changes, not
// every story. The rows are the same either way. Pure: the memo is given and returned.
import { createHash } from "node:crypto";
import type { CentralSentenceRow, ConflictRow, FigureRow, MentionRow, SentenceRow, StoryRow } from "./types.js";
import { centralSentences } from "./analyze/central.js";
import { findConflicts } from "./resolve/conflicts.js";
import { pushTo } from "./util/groupBy.js";

/** One story's rows, without its id (stories are numbered by rank, which other stories change). */
export interface StoryResult {
  central: Array<Omit<CentralSentenceRow, "story">>;
  conflicts: ConflictRow[];
}

/** Story rows by the key of the story's inputs (storyKey). */
export type StoryMemo = ReadonlyMap<string, StoryResult>;

/** What the story rows are made from. */
export interface StoryInputs {
  stories: readonly StoryRow[];
  sentencesOf: ReadonlyMap<string, SentenceRow[]>;
  mentionsOf: ReadonlyMap<string, readonly MentionRow[]>;
  figures: readonly FigureRow[];
  /** Each article's file, content hash and date: with the engine's version, what its extraction is made of. */
  source: (id: string) => string;
  actorName: (id: string) => string;
  articleDate: (id: string) => string | null;
  /** Articles left out (duplicates of another article). */
  skip: ReadonlySet<string>;
}

/** Rows grouped by the story of their article (rows of articles in no story are left out). */
function byStory<T extends { article: string }>(stories: readonly StoryRow[], rows: readonly T[]): Map<string, T[]> {
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.articles) storyOf.set(id, story.id);
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const story = storyOf.get(r.article);
    if (story) pushTo(out, story, r);
  }
  return out;
}

/**
 * The key of a story's inputs: how many sentences it keeps, and per article (in the story's order)
 * its source and the actors of its mentions in order, and the names of the actors its figures name.
 * The memo the key reads from must be of the same engine version (the caller's part).
 */
function storyKey(story: StoryRow, limit: number, figures: readonly FigureRow[], inputs: StoryInputs): string {
  const hash = createHash("sha256").update(`${limit}\n`);
  for (const id of story.articles) {
    // one string per article: a hash update per mention costs more than the summary it keys
    let actors = "";
    for (const m of inputs.mentionsOf.get(id) ?? []) actors += `${m.actor}\0`;
    hash.update(`${id}\0${inputs.source(id)}\0${actors}\n`);
  }
  const named = new Set<string>();
  for (const f of figures) for (const actor of f.actors ?? []) named.add(actor);
  for (const actor of [...named].sort()) hash.update(`${actor}\0${inputs.actorName(actor)}\n`);
  return hash.digest("base64");
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One story's rows, made. */
function storyResult(story: StoryRow, limit: number, figures: FigureRow[], inputs: StoryInputs): StoryResult {
  const sentences = story.articles.flatMap((id) => inputs.sentencesOf.get(id) ?? []);
  // the mentions in the table's order (by article id), as centralSentences is given them
  const mentions = [...story.articles].sort(byId).flatMap((id) => inputs.mentionsOf.get(id) ?? []);
  return {
    central: centralSentences(sentences, mentions, { skip: inputs.skip, limit }),
    conflicts: findConflicts(figures, inputs.actorName, inputs.articleDate),
  };
}

/**
 * Central sentences and conflicts of every story, in story order: one story (as the seeds are)
 * keeps six sentences, several stories a few each, by their size; conflicts only within a story,
 * since unrelated articles report unrelated quantities. Returns the rows, and the memo of this
 * build's stories (for the next).
 */
export function storyRows(
  inputs: StoryInputs,
  memo: StoryMemo = new Map(),
): { central: CentralSentenceRow[]; conflicts: ConflictRow[]; memo: Map<string, StoryResult> } {
  const { stories } = inputs;
  const figuresOf = byStory(stories, inputs.figures);
  const next = new Map<string, StoryResult>();
  const central: CentralSentenceRow[] = [];
  const conflicts: ConflictRow[] = [];
  for (const story of stories) {
    const limit = stories.length === 1 ? 6 : Math.min(4, story.articles.length + 1);
    const figures = figuresOf.get(story.id) ?? [];
    const key = storyKey(story, limit, figures, inputs);
    const result = memo.get(key) ?? next.get(key) ?? storyResult(story, limit, figures, inputs);
    next.set(key, result);
    for (const c of result.central) central.push({ ...c, story: story.id });
    conflicts.push(...result.conflicts);
  }
  return { central, conflicts, memo: next };
}

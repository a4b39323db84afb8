// Scores the stories table against gold story ids: each article's `story:` in its front matter
// (tests/fixtures/twin-stories/). B-cubed over articles (corefScore.ts's): an article's precision is
// the share of its predicted story that shares its gold story, its recall the share of its gold
// story that its predicted story holds. Articles without a gold story, and duplicates (in no
// story), are left out. Pure: text and tables in, numbers out.
import type { ArticleRow, StoryRow } from "../extract/types.js";
import { bCubed, type BCubed } from "./corefScore.js";

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The `story:` of a file's YAML front matter (quotes taken off), or null. */
export function goldStoryOf(text: string): string | null {
  const block = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ""))?.[1];
  const value =
    block &&
    /^story:[ \t]*(.+?)[ \t]*$/m
      .exec(block)?.[1]
      .replace(/^(["'])(.*)\1$/, "$2")
      .trim();
  return value || null;
}

export interface StoryScore extends BCubed {
  /** Gold stories split over several predicted stories: their articles' files by predicted story. */
  split: Array<{ gold: string; parts: string[][] }>;
  /** Predicted stories holding several gold stories: their files by gold story. */
  mixed: Array<{ story: string; parts: string[][] }>;
}

/** B-cubed of the articles' grouping into stories against their gold stories (keyed by file). */
export function scoreStories(
  articles: ReadonlyArray<Pick<ArticleRow, "id" | "file">>,
  stories: readonly StoryRow[],
  gold: ReadonlyMap<string, string>,
): StoryScore {
  const fileOf = new Map(articles.map((a) => [a.id, a.file]));
  const found = stories.flatMap((s) =>
    s.articles.flatMap((id) => {
      const file = fileOf.get(id);
      const entity = file === undefined ? undefined : gold.get(file);
      return file !== undefined && entity !== undefined ? [{ entity, actor: s.id, file }] : [];
    }),
  );
  const partsBy = (key: "entity" | "actor", by: "entity" | "actor") => {
    const groups = new Map<string, Map<string, string[]>>();
    for (const f of found) {
      const inner = groups.get(f[key]) ?? groups.set(f[key], new Map()).get(f[key])!;
      (inner.get(f[by]) ?? inner.set(f[by], []).get(f[by])!).push(f.file);
    }
    return [...groups.entries()]
      .filter(([, inner]) => inner.size > 1)
      .map(([name, inner]) => ({ name, parts: [...inner.values()].map((files) => files.sort()) }));
  };
  return {
    ...bCubed(found),
    split: partsBy("entity", "actor").map(({ name, parts }) => ({ gold: name, parts })),
    mixed: partsBy("actor", "entity").map(({ name, parts }) => ({ story: name, parts })),
  };
}

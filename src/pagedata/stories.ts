// "What happened", story by story: the engine's stories (articles that share actors and distinctive
// words), the largest first, each with a heading naming its main actors and its central sentences
// in source order. The front page shows the first few in full and lists the next ones.
import type { StoryRow } from "../extract/types.js";
import type { ActorRef, PageContext } from "./context.js";
import { clip } from "./text.js";

/** Stories shown with their sentences, and stories listed after them. */
export const STORY_SECTIONS = 8;
export const STORIES_LISTED = 20;
const HEADING_ACTORS = 3;

/** "A", "A and B", "A, B and C". */
const joined = (names: string[]) =>
  names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

/**
 * A story's main actors for its heading: its first actors, leaving out a name that is part of
 * another one's ("Katie" beside "Katie Holmes", when the engine has not joined them).
 */
function headingActors(ctx: PageContext, story: StoryRow): ActorRef[] {
  const refs = story.actors.map((id) => ctx.actorRef(id));
  const words = (name: string) => name.toLowerCase().split(/\s+/);
  const partOfAnother = (r: ActorRef) =>
    refs.some((o) => o !== r && o.name.length > r.name.length && words(r.name).every((w) => words(o.name).includes(w)));
  return refs.filter((r) => !partOfAnother(r)).slice(0, HEADING_ACTORS);
}

function heading(ctx: PageContext, story: StoryRow, actors: ActorRef[]): string {
  if (actors.length) return joined(actors.map((a) => a.name));
  if (story.terms.length) return joined(story.terms.slice(0, 3));
  return ctx.cite(story.articles[0]).title;
}

export function storySections(ctx: PageContext) {
  const stories = ctx.tables.stories ?? [];
  const centralOf = new Map<string, typeof ctx.tables.central>();
  for (const c of ctx.tables.central) {
    const list = centralOf.get(c.story) ?? [];
    list.push(c);
    centralOf.set(c.story, list);
  }
  const number = (id: string) => ctx.numbers.get(id) ?? 0;
  const head = (story: StoryRow) => {
    const actors = headingActors(ctx, story);
    return { id: story.id, rank: story.rank, heading: heading(ctx, story, actors), actors, articleCount: story.articles.length };
  };
  return {
    count: stories.length,
    sections: stories.slice(0, STORY_SECTIONS).map((story) => ({
      ...head(story),
      sentences: [...(centralOf.get(story.id) ?? [])]
        .sort((a, b) => number(a.article) - number(b.article) || a.start - b.start)
        .map((c) => ({ text: clip(c.text, 400), story: story.id, ...ctx.cite(c.article, c.start) })),
    })),
    more: stories.slice(STORY_SECTIONS, STORY_SECTIONS + STORIES_LISTED).map((story) => ({
      ...head(story),
      articles: [...story.articles]
        .sort((a, b) => number(a) - number(b))
        .slice(0, 3)
        .map((id) => ctx.cite(id)),
    })),
  };
}

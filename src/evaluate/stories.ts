// `npm run eval -- --stories FOLDER [--errors]`: the engine over a folder of articles whose front
// matter names their gold story (`story: ID`), its stories table scored by storyScore.ts. With
// `errors`, the gold stories split over several stories and the stories that join several.
import { readFileSync } from "node:fs";
import { extractFolder } from "../extract/index.js";
import { walkArticles } from "../extract/ingest/walk.js";
import { goldStoryOf, scoreStories } from "./storyScore.js";

export class StoriesInputError extends Error {}

const pct = (x: number) => x.toFixed(3);

/** The gold story of each article file of the folder that names one, keyed by its path in the folder. */
export async function readStoryGold(folder: string): Promise<Map<string, string>> {
  const gold = new Map<string, string>();
  for (const file of (await walkArticles(folder)).files) {
    const story = goldStoryOf(readFileSync(file.path, "utf8"));
    if (story) gold.set(file.file, story);
  }
  if (!gold.size) throw new StoriesInputError(`${folder}: no article names its story (front matter "story: ID")`);
  return gold;
}

export async function storiesReport(folder: string, options: { errors?: boolean } = {}): Promise<string[]> {
  const gold = await readStoryGold(folder);
  const tables = await extractFolder(folder, { noCache: true });
  const s = scoreStories(tables.articles, tables.stories, gold);
  const lines = [
    `Stories of ${folder}: ${s.mentions} articles with a gold story, ${new Set(gold.values()).size} gold stories, ${tables.stories.length} stories found`,
    `B-cubed precision ${pct(s.precision)}, recall ${pct(s.recall)}, F1 ${pct(s.f1)}`,
  ];
  if (options.errors) {
    const show = (parts: string[][]) => parts.map((p) => p.join(", ")).join(" | ");
    lines.push("", "Gold stories split:", ...s.split.map((x) => `  ${x.gold}: ${show(x.parts)}`));
    lines.push("", "Stories joining several gold stories:", ...s.mixed.map((x) => `  ${x.story}: ${show(x.parts)}`));
  }
  return lines;
}

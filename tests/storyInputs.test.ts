// What the stories take of each article alone, kept for the next build (src/extract/storyInputs.ts):
// the hooks give what the stories' own functions give, an article whose source is kept takes the
// kept value (its rows are not read again), and the next memo holds this build's articles only.
import { describe, expect, it } from "vitest";
import { storyInputHooks, emptyStoryInputMemo } from "../src/extract/storyInputs.js";
import { articleOpenings, OPENING_SENTENCES } from "../src/extract/analyze/storyOpening.js";
import { backgroundMentions } from "../src/extract/analyze/storyBackground.js";
import { articleTimes } from "../src/extract/analyze/storyTime.js";
import { groupStories } from "../src/extract/analyze/stories.js";
import type { DateRow, MentionRow, SentenceRow } from "../src/extract/types.js";

/** An article's sentences, one after another in its text. */
function sentencesOf(article: string, texts: string[]): SentenceRow[] {
  let start = 0;
  return texts.map((text, index) => {
    const row = { article, index, start, end: start + text.length, text };
    start += text.length + 1;
    return row;
  });
}

const SENTENCES = [
  ...sentencesOf("a", [
    "NAIROBI, Kenya",
    "Dock workers walked out at the port of Mombasa on Monday.",
    "The union said pay talks had failed last year.",
  ]),
  ...sentencesOf("b", [
    "Lava flowed toward the town of Grindavik on Tuesday morning.",
    "Residents were told to leave their homes at once.",
  ]),
];
const DATES: DateRow[] = [
  { article: "a", text: "Monday", start: 64, end: 70, type: "date", value: "2024-03-04" },
  { article: "b", text: "Tuesday", start: 46, end: 53, type: "date", value: "2024-03-05" },
];
const PUBLISHED = (id: string) => ({ date: id === "a" ? "2024-03-04" : null });
const mention = (article: string, sentence: number): MentionRow =>
  ({ article, sentence, actor: "x", text: "x", start: 0, end: 1, type: "person" }) as unknown as MentionRow;

describe("story inputs kept between builds", () => {
  it("are what the stories' own functions make, with or without a kept memo", () => {
    const ids = ["a", "b"];
    const source = (id: string) => `${id}.txt\0hash-${id}`;
    const first = storyInputHooks(source, emptyStoryInputMemo());
    const openings = first.hooks.openings(ids, SENTENCES, OPENING_SENTENCES);
    expect(openings).toEqual(articleOpenings(ids, SENTENCES, OPENING_SENTENCES));
    // the place line above article a's story is passed over: its opening ends at its third sentence
    expect(openings[0]).toEqual({ first: 1, last: 2, end: SENTENCES[2].end });
    const times = first.hooks.times(ids, PUBLISHED, DATES, SENTENCES, openings);
    expect(times[0].event).toHaveLength(2); // its own date and the Monday its opening names
    expect(times).toEqual(articleTimes(ids, PUBLISHED, DATES, SENTENCES, openings));
    const background = first.hooks.background(SENTENCES);
    const own = backgroundMentions(SENTENCES);
    const probes = [mention("a", 1), mention("a", 2), mention("b", 0), mention("b", 1)];
    expect(probes.map(background)).toEqual(probes.map(own));
    expect(probes.map(background)).toEqual([false, true, false, false]); // "last year"
    expect([...first.next.background]).toEqual([
      ["a.txt\0hash-a", [2]],
      ["b.txt\0hash-b", []],
    ]);

    // the next build: a kept article's values come from the memo, not its rows (here emptied to show it)
    const second = storyInputHooks(source, first.next);
    const withoutA = SENTENCES.filter((s) => s.article !== "a");
    expect(second.hooks.openings(ids, withoutA, OPENING_SENTENCES)).toEqual(openings);
    expect(second.hooks.times(ids, PUBLISHED, [], withoutA, openings)[0]).toEqual(times[0]);
    expect(second.hooks.background(SENTENCES)(mention("a", 2))).toBe(true);
    // a changed article (another hash) is made again; a deleted one is not kept
    const changed = storyInputHooks((id) => `${id}.txt\0hash-${id}-2`, first.next);
    expect(changed.hooks.openings(["b"], [], OPENING_SENTENCES)).toEqual([{ first: -1, last: -1, end: -1 }]);
    expect([...changed.next.openings.keys()]).toEqual(["b.txt\0hash-b-2"]);
    // openings kept for another number of opening sentences are not taken
    const other = storyInputHooks(source, first.next);
    expect(other.hooks.openings(ids, withoutA, OPENING_SENTENCES + 1)[0]).toEqual({ first: -1, last: -1, end: -1 });
    expect(other.next.openingSentences).toBe(OPENING_SENTENCES + 1);
  });

  it("give groupStories the stories it makes with its own steps", () => {
    const ids = ["a", "b"];
    const hooks = storyInputHooks((id) => id, emptyStoryInputMemo()).hooks;
    const options = { dates: DATES, published: PUBLISHED };
    expect(groupStories(ids, SENTENCES, [], { ...options, hooks })).toEqual(groupStories(ids, SENTENCES, [], options));
  });
});

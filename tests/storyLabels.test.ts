// The hand-labelled events of the stories dev set (data/dev-labels/meantime-stories.json): ids, event
// ids and text hashes only, never the corpora's text (scripts/story-labels.ts rebuilds the folder
// from the corpora themselves, which stay out of the repository).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface Labels {
  about: string;
  how: string[];
  articles: Record<string, { corpus: string; event: string; textSha256: string }>;
}

const labels = JSON.parse(readFileSync(new URL("../data/dev-labels/meantime-stories.json", import.meta.url), "utf8")) as Labels;
const entries = Object.entries(labels.articles);

describe("the stories dev labels", () => {
  it("label every MEANTIME article and every AQUAINT article with an event", () => {
    expect(entries.filter(([, a]) => a.corpus === "meantime-en")).toHaveLength(120);
    expect(entries.filter(([, a]) => a.corpus === "timeml-aquaint")).toHaveLength(73);
    expect(new Set(entries.map(([, a]) => a.event)).size).toBe(128);
    expect(labels.articles["corpus_gm/127226"].event).toBe("gm-bankruptcy-2009-06");
    expect(labels.articles["APW19991008.0151"].event).toBe("embassy-bombing-arrests-1999-10");
  });

  it("keep ids, events and hashes only, no text", () => {
    for (const [id, a] of entries) {
      expect(Object.keys(a).sort(), id).toEqual(["corpus", "event", "textSha256"]);
      expect(a.textSha256, id).toMatch(/^[0-9a-f]{64}$/);
      expect(a.event, id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

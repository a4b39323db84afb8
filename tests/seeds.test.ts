// The whole engine on the five seed articles: what a reader of the briefing relies on.
import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractFolder } from "../src/extract/index.js";
import type { Tables } from "../src/extract/types.js";

let t: Tables;
beforeAll(async () => {
  t = await extractFolder(join(import.meta.dirname, "..", "seeds"), { cacheDir: mkdtempSync(join(tmpdir(), "briefing-cache-")) });
});

const actor = (alias: string) => t.actors.find((a) => a.name === alias || a.aliases.includes(alias));
const article = (prefix: string) => t.articles.find((a) => a.id.startsWith(prefix))!;

describe("seed articles", () => {
  it("reads all five, with header dates and an inferred one", () => {
    expect(t.articles).toHaveLength(5);
    expect(t.rejected).toEqual([]);
    expect(article("000")).toMatchObject({ date: "2023-11-09", dateSource: "header" });
    expect(article("003")).toMatchObject({
      date: "2023-08-09",
      dateSource: "inferred",
      title: "Coup leaders in Niger grow increasingly defiant, U.S. officials losing hope",
    });
    expect(article("004")).toMatchObject({ date: null, dateSource: "none", source: "Edition Cnn" });
  });

  it("resolves the aliases a reader expects", () => {
    const tchiani = actor("Tchiani")!;
    expect(tchiani.type).toBe("person");
    expect(actor("Tiani")).toBe(tchiani);
    expect(actor("Abdourahamane Tiani")).toBe(tchiani);
    expect(actor("Bazoum")).toBe(actor("Mohamed Bazoum"));
    expect(actor("Mohamed Bazoum")!.articles).toHaveLength(4); // 000 says only "the president"
    expect(actor("U.S.")).toBe(actor("United States"));
    expect(actor("US")).toBe(actor("United States"));
    expect(actor("ECOWAS")).toBe(actor("Economic Community of West African States"));
    expect(actor("Nigerien")?.name).toBe("Niger");
  });

  it("finds the people, organizations and places of the story", () => {
    for (const name of ["Victoria Nuland", "Moussa Salaou Barmou", "Antony Blinken", "Matt Miller", "Yevgeny Prigozhin"]) {
      expect(actor(name)?.type, name).toBe("person");
    }
    for (const name of ["Niamey", "Agadez", "Abuja", "France", "Russia", "Burkina Faso"]) expect(actor(name)?.type, name).toBe("place");
    for (const name of ["ECOWAS", "NBC News"]) expect(actor(name)?.type, name).toBe("organization");
    expect(actor("Wagner")?.name).toBe("Wagner Group");
  });

  it("gives a person named after an office and then by surname one actor", () => {
    expect(t.actors.filter((a) => /nuland/i.test(a.name)).map((a) => [a.id, a.aliases])).toEqual([["victoria-nuland", ["Nuland"]]]);
  });

  it("keeps roles", () => {
    expect(actor("Victoria Nuland")!.roles!.join(" ").toLowerCase()).toContain("secretary of state");
  });

  it("takes nothing from boilerplate", () => {
    const rows = [...t.mentions, ...t.dates, ...t.figures];
    for (const row of rows) {
      const a = t.articles.find((x) => x.id === row.article)!;
      for (const [s, e] of a.boilerplate) expect(row.start >= e || row.end <= s, `${row.text} in boilerplate of ${a.file}`).toBe(true);
    }
    expect(t.figures.some((f) => f.value === 202307)).toBe(false);
    expect(t.actors.some((a) => /Read|Newsletter|Neo Jim Crow/i.test(a.name))).toBe(false);
  });

  it("normalizes relative dates against the article date", () => {
    const deadline = t.dates.find((d) => d.article.startsWith("001") && /Sunday/.test(d.text))!;
    expect(deadline.value).toBe("2023-11-05");
    const monday = t.dates.find((d) => d.article.startsWith("003") && /Monday/.test(d.text))!;
    expect(monday.value).toBe("2023-08-07");
    const august = t.dates.find((d) => d.article.startsWith("003") && /end of August/.test(d.text))!;
    expect(august.value).toBe("2023-08");
  });

  it("reads figures with units and approximations", () => {
    const troops = t.figures.find((f) => f.value === 1110)!;
    expect(troops).toMatchObject({ unit: "troops", approximate: true });
    expect(t.figures.find((f) => f.value === 1000 && /soldiers/.test(f.unit))).toMatchObject({ approximate: true });
    expect(troops).toMatchObject({ text: "roughly 1,110 troops", counted: "troops" });
    expect(t.figures.find((f) => /\$100 million/.test(f.text))).toMatchObject({ value: 1e8, unit: "USD", bound: "min" });
    // a length of time is a duration (a date), never a figure: no "hour: 2" or "days: 4 and 3"
    expect(
      t.figures.filter((f) => /^(?:hours?|days?|weeks?|months?|years?)$/.test(f.unit) || /two-hour|four days|one week/i.test(f.text)),
    ).toEqual([]);
    expect(t.figures.every((f) => f.unit !== "")).toBe(true);
    for (const f of t.figures) expect(article(f.article).text.slice(f.start, f.end)).toBe(f.text);
  });

  it("sets the two troop counts side by side", () => {
    const conflict = t.conflicts.find((c) => c.figures.some((id) => t.figures.find((f) => f.id === id)?.value === 1110))!;
    expect(conflict).toBeDefined();
    const values = conflict.figures.map((id) => t.figures.find((f) => f.id === id)!.value).sort();
    expect(values).toEqual([1000, 1110]);
    expect(conflict.subject).toMatch(/troops/);
  });

  it("attributes quotes to their speakers", () => {
    const miller = actor("Matt Miller")!;
    const concerned = t.quotes.find((q) => q.text.includes("deeply concerned about the welfare"))!;
    expect(concerned.speaker).toBe(miller.id);
    expect(t.quotes.filter((q) => q.speaker === miller.id).length).toBeGreaterThanOrEqual(3);
  });

  it("dates events on the timeline with their actors", () => {
    const visit = t.events.find((e) => /Victoria Nuland traveled to Niger\s+on\s+Monday/.test(e.text))!;
    expect(visit.date).toBe("2023-08-07");
    expect(visit.actors).toEqual(expect.arrayContaining([actor("Victoria Nuland")!.id, actor("Niger")!.id]));
  });

  it("gives offsets that point into the article text", () => {
    for (const m of t.mentions) expect(article(m.article).text.slice(m.start, m.end)).toBe(m.text);
    for (const q of t.quotes) expect(article(q.article).text.slice(q.start, q.end)).toBe(q.text);
  });
});

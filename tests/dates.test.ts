import { describe, expect, it } from "vitest";
import { RE3D_DEV } from "../src/evaluate/corpora.js";
import { readFileSync, readdirSync } from "node:fs";
import { recognizeDates } from "../src/extract/recognize/dates/index.js";
import { readRe3d } from "../src/evaluate/re3d.js";
import { addDocument, emptyScore } from "../src/evaluate/score.js";

const seed = (prefix: string) => {
  const name = readdirSync("seeds").find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seeds/${prefix}*: seed file missing`);
  return readFileSync(`seeds/${name}`, "utf8");
};
const find = (mentions: ReturnType<typeof recognizeDates>, text: string) => mentions.filter((m) => m.text === text);

describe("recognizeDates on seeds", () => {
  it("reads the weekdays, end of August and the past decade of 003 against 2023-08-08", () => {
    const dates = recognizeDates(seed("003"), "2023-08-08");
    expect(find(dates, "Monday")[0]).toMatchObject({ type: "date", value: "2023-08-07", granularity: "day", relative: true });
    expect(find(dates, "Tuesday afternoon")[0]).toMatchObject({ type: "date", value: "2023-08-08", granularity: "day" });
    expect(find(dates, "Wednesday")[0]).toMatchObject({ type: "date", value: "2023-08-02", granularity: "day" });
    // "will meet in Abuja, Nigeria, on Thursday": future clause → the coming Thursday
    expect(find(dates, "Thursday")[0]).toMatchObject({ type: "date", value: "2023-08-10", granularity: "day" });
    expect(find(dates, "the end of August")[0]).toMatchObject({ type: "date", value: "2023-08", granularity: "month" });
    // lengths of time are durations with TIMEX3 values, never calendar dates
    expect(find(dates, "the past decade")[0]).toMatchObject({ type: "duration", value: "P10Y", granularity: null, relative: false });
    expect(find(dates, "four days")[0]).toMatchObject({ type: "duration", value: "P4D", granularity: null });
    expect(find(dates, "more than two hours")[0]).toMatchObject({ type: "duration", value: "PT2H" });
  });

  it("reads the Sunday deadline of 001 as the Sunday before the article date", () => {
    const dates = recognizeDates(seed("001"), "2023-11-08");
    expect(find(dates, "Sunday")[0]).toMatchObject({ value: "2023-11-05", granularity: "day", relative: true });
  });

  it("takes the date and leaves the fused video timestamp out of 'Aug. 9, 202307:33'", () => {
    const text = "Nuland met them.\n\nAug. 9, 202307:33\n\nThe Americans met.";
    const dates = recognizeDates(text, "2023-08-08");
    expect(dates.map((d) => d.text)).toEqual(["Aug. 9"]);
    const start = text.indexOf("Aug. 9");
    expect(recognizeDates(text, "2023-08-08", [[start, start + 17]])).toEqual([]);
  });
});

describe("recognizeDates normalization", () => {
  const one = (text: string, ref: string | null = "2023-08-08") => {
    const found = recognizeDates(text, ref);
    expect(found).toHaveLength(1);
    return found[0];
  };
  it("normalizes absolute dates by granularity", () => {
    expect(one("It began on July 26, 2023, in Niamey.")).toMatchObject({
      text: "July 26, 2023",
      value: "2023-07-26",
      granularity: "day",
      relative: false,
    });
    expect(one("Elections were held in 2016.")).toMatchObject({ text: "2016", value: "2016", granularity: "year", relative: false });
    expect(one("The talks of August 2023 failed.")).toMatchObject({ text: "August 2023", value: "2023-08", granularity: "month" });
    // a range of years is its two years, as TimeML marks them
    expect(recognizeDates("Drought hit the region in 2014-2015.", "2023-08-08").map((d) => [d.text, d.value, d.granularity])).toEqual([
      ["2014", "2014", "year"],
      ["2015", "2015", "year"],
    ]);
  });
  it("anchors relative expressions to the reference date, or gives null without one", () => {
    expect(one("Talks collapsed last week.")).toMatchObject({
      text: "last week",
      type: "date",
      value: "2023-W31",
      granularity: "week",
      relative: true,
    });
    expect(one("He led the task force last December.")).toMatchObject({ text: "last December", value: "2022-12", granularity: "month" });
    expect(one("They met on Monday.", null)).toMatchObject({ text: "Monday", value: null, granularity: "day", relative: true });
    expect(one("It began on July 26, 2023.", null)).toMatchObject({ value: "2023-07-26", relative: false });
  });
  it("keeps the duration of an anchored expression, drops bare clock readings and reads 'now' as PRESENT_REF", () => {
    expect(one("Four days after the coup, ECOWAS met.")).toMatchObject({
      text: "Four days",
      type: "duration",
      value: "P4D",
      granularity: null,
    });
    expect(recognizeDates("The video ends at 07:33 and they now march on.", "2023-08-08")).toEqual([
      { start: 33, end: 36, text: "now", type: "date", value: "PRESENT_REF", granularity: null, relative: false },
    ]);
    expect(recognizeDates("Resolution 2254 and 2,000 troops.", "2023-08-08")).toEqual([]);
    expect(recognizeDates("In the hours after the coup, the junta closed the airspace.", "2023-08-08")).toEqual([]);
  });
});

describe("recognizeDates on re3d-dev", () => {
  it("scores F1 >= 0.84 on Temporal by overlap (measured 0.851)", () => {
    const score = emptyScore();
    for (const doc of readRe3d(RE3D_DEV)) addDocument(score, "dates", doc, recognizeDates(doc.text, null));
    expect(score.f1).toBeGreaterThanOrEqual(0.84);
  });
});

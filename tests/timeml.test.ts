import { describe, expect, it } from "vitest";
import { parseTimeML, TimeMLError } from "../src/evaluate/timeml.js";
import { addTimeMLDocument, emptyTimeMLScore, type PredictedTimex } from "../src/evaluate/timemlScore.js";

// A tiny TimeML document of our own, in the TempEval-3 layout.
const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-03-05" temporalFunction="false" functionInDocument="CREATION_TIME">2021-03-05</TIMEX3></DCT>
<TITLE>Harbour reopens</TITLE>
<TEXT>
PORTVILLE (AP) _ The harbour <EVENT eid="e1" class="OCCURRENCE">reopened</EVENT> <TIMEX3 tid="t1" type="DATE" value="2021-03-04">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3W">three weeks</TIMEX3> of repairs &amp; checks.
Ferries will run <TIMEX3 tid="t3" type="SET" value="P1D">daily</TIMEX3> from <TIMEX3 tid="t4" type="TIME" value="2021-03-08T06:00">6 a.m. Monday</TIMEX3>, officials said <TIMEX3 tid="t5" type="DATE" value="PRESENT_REF">now</TIMEX3>.
</TEXT>
</TimeML>
`;

describe("parseTimeML", () => {
  const doc = parseTimeML(DOC, "TEST0001");
  it("reads the creation time, strips the tags and decodes entities", () => {
    expect(doc.dct).toBe("2021-03-05");
    expect(doc.text).toContain("The harbour reopened Thursday after three weeks of repairs & checks.");
    expect(doc.text).not.toMatch(/<|&amp;/);
  });
  it("gives each TIMEX3 its type, value and offsets in the stripped text", () => {
    expect(doc.timexes.map((t) => [t.tid, t.type, t.value, t.text])).toEqual([
      ["t1", "DATE", "2021-03-04", "Thursday"],
      ["t2", "DURATION", "P3W", "three weeks"],
      ["t3", "SET", "P1D", "daily"],
      ["t4", "TIME", "2021-03-08T06:00", "6 a.m. Monday"],
      ["t5", "DATE", "PRESENT_REF", "now"],
    ]);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });
  it("rejects a document without TEXT or with an unclosed TIMEX3, with the reason", () => {
    expect(() => parseTimeML("<TimeML></TimeML>", "x")).toThrow(TimeMLError);
    expect(() => parseTimeML("<TimeML></TimeML>", "x")).toThrow(/no <TEXT> element/);
    expect(() => parseTimeML('<TEXT><TIMEX3 tid="t9" type="DATE" value="2020">2020</TEXT>', "x")).toThrow(/t9 is never closed/);
    expect(() => parseTimeML('<TEXT><TIMEX3 tid="t8" type="DAY" value="2020">2020</TIMEX3></TEXT>', "x")).toThrow(/t8 has type "DAY"/);
  });
});

describe("addTimeMLDocument", () => {
  const doc = parseTimeML(DOC, "TEST0001");
  const at = (text: string) => doc.text.indexOf(text);
  const span = (text: string, type: PredictedTimex["type"], value: string | null, trim = 0): PredictedTimex => ({
    start: at(text) + trim,
    end: at(text) + text.length,
    type,
    value,
  });
  it("scores DATE+TIME relaxed and strict, value and type accuracy, and lists the errors", () => {
    const score = emptyTimeMLScore();
    const predicted: PredictedTimex[] = [
      span("Thursday", "date", "2021-03-04"), // exact, right value
      span("three weeks", "date", "2021-02-12"), // a date where the gold has a duration: a false alarm, a type error
      span("6 a.m. Monday", "time", "2021-03-01T06:00", 7), // "Monday" only: relaxed hit, strict miss, wrong value
      span("repairs", "date", null), // a false alarm
    ];
    const errors = addTimeMLDocument(score, doc.timexes, predicted);
    expect(score.relaxed).toMatchObject({ predicted: 4, correct: 2, gold: 3, found: 2, precision: 0.5 });
    expect(score.relaxed.recall).toBeCloseTo(2 / 3);
    expect(score.strict).toMatchObject({ predicted: 4, correct: 1, gold: 3, found: 1 });
    expect(score.value).toEqual({ matched: 2, correct: 1, accuracy: 0.5 });
    expect(score.type).toEqual({ matched: 3, correct: 2, accuracy: 2 / 3 });
    expect(errors.misses.map((g) => g.text)).toEqual(["now"]);
    expect(errors.falseAlarms.map((p) => doc.text.slice(p.start, p.end))).toEqual(["three weeks", "repairs"]);
    expect(errors.wrongValues.map((w) => [w.gold.value, w.predicted.value])).toEqual([["2021-03-08T06:00", "2021-03-01T06:00"]]);
    expect(errors.wrongTypes.map((w) => [w.gold.type, w.predicted.type])).toEqual([["DURATION", "date"]]);
  });
  it("adds documents up", () => {
    const score = emptyTimeMLScore();
    addTimeMLDocument(score, doc.timexes, [span("Thursday", "date", "2021-03-04")]);
    addTimeMLDocument(score, doc.timexes, [span("now", "date", "PRESENT_REF")]);
    expect(score.relaxed).toMatchObject({ predicted: 2, correct: 2, gold: 6, found: 2, precision: 1 });
    expect(score.value.accuracy).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { firstNumberOnly, isUnpairedAnd, readAmount, scaleOf } from "../../../src/extract/recognize/figures/scan.js";
import { matchIn } from "./matchIn.js";

describe("numberMatch", () => {
  it("takes an ISO code written before the number as its currency", () => {
    const match = matchIn("a loan of USD 5 million", "5");
    expect(match.groups.cur).toBe("USD");
    expect(match.start).toBe("a loan of ".length);
  });
  it("starts at the number when no currency comes before", () => {
    const match = matchIn("about 300 troops", "300");
    expect(match.groups.cur).toBeUndefined();
    expect([match.start, match.numStart, match.numEnd]).toEqual([6, 6, 9]);
  });
});

describe("ranges with 'and'", () => {
  it("reads 'between 2 and 3' as a range, '2 and 3' as two numbers", () => {
    expect(isUnpairedAnd("between 2 and 3 percent", matchIn("between 2 and 3 percent", "2"))).toBe(false);
    const text = "killed 2 and wounded 3";
    expect(isUnpairedAnd("it rose 2 and 3 times", matchIn("it rose 2 and 3 times", "2"))).toBe(true);
    expect(isUnpairedAnd(text, matchIn(text, "2"))).toBe(false); // no range matched at all
  });
  it("firstNumberOnly keeps the first number and drops range, plus and scale", () => {
    const match = firstNumberOnly(matchIn("it rose 2 and 3 million", "2"));
    expect(match.end).toBe(match.numEnd);
    expect([match.groups.range, match.groups.high, match.groups.scale]).toEqual([undefined, undefined, undefined]);
  });
});

describe("scaleOf", () => {
  it("reads 'm' as millions before people, not before a wall", () => {
    const people = "some 5m people";
    expect(scaleOf(people, matchIn(people, "5"), matchIn(people, "5").end)).toBe("m");
    const wall = "a 5m wall";
    expect(scaleOf(wall, matchIn(wall, "5"), matchIn(wall, "5").end)).toBeUndefined();
  });
  it("reads 'b' as billions of money only", () => {
    expect(scaleOf("$5b deal", matchIn("$5b deal", "5"), matchIn("$5b deal", "5").end)).toBe("b");
    expect(scaleOf("5 b deal", matchIn("5 b deal", "5"), matchIn("5 b deal", "5").end)).toBeUndefined();
  });
});

describe("readAmount", () => {
  it("scales a range and marks it approximate", () => {
    const text = "between 15 and 20 million people";
    expect(readAmount(text, matchIn(text, "15"))).toMatchObject({ value: 15e6, high: 20e6, scaleWord: "million", approximate: true });
  });
  it("takes a bound from the qualifier and from '-plus'", () => {
    expect(readAmount("more than 60 people", matchIn("more than 60 people", "60"))).toMatchObject({ value: 60, bound: "min" });
    expect(readAmount("60-plus people", matchIn("60-plus people", "60"))).toMatchObject({ value: 60, bound: "min" });
  });
  it("is null for a score, and keeps the first number of a 'to' score", () => {
    expect(readAmount("they won 2-0 on", matchIn("they won 2-0 on", "2"))).toBeNull();
    const text = "cut from 3 to 1 percent";
    expect(readAmount(text, matchIn(text, "3"))).toMatchObject({ value: 3, high: undefined });
  });
});

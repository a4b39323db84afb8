import { describe, expect, it } from "vitest";
import { comparable, findConflicts } from "../src/extract/resolve/conflicts.js";
import type { FigureRow } from "../src/extract/types.js";

let next = 0;
const row = (article: string, value: number, unit: string, extra: Partial<FigureRow> = {}): FigureRow => ({
  id: `f${++next}`,
  article,
  text: `${value} ${unit}`,
  start: 0,
  end: 1,
  value,
  unit,
  approximate: false,
  actors: ["x"],
  ...extra,
});
const ids = (rows: FigureRow[]) =>
  findConflicts(rows, (id) => id.toUpperCase()).map((c) => ({
    subject: c.subject,
    values: c.figures.map((id) => rows.find((r) => r.id === id)!.value),
  }));

describe("findConflicts compares like with like", () => {
  it("keeps the troop conflict between roughly 1,110 troops and about 1,000 US soldiers", () => {
    const rows = [
      row("a", 1110, "troops", { counted: "troops", approximate: true }),
      row("b", 1000, "soldiers", { counted: "US soldiers", approximate: true }),
    ];
    expect(ids(rows)).toEqual([{ subject: "troops — X", values: [1110, 1000] }]);
  });

  it("compares money only in one currency", () => {
    expect(ids([row("a", 5e6, "USD"), row("b", 7e6, "EUR")])).toEqual([]);
    expect(ids([row("a", 5e6, "USD"), row("b", 7e6, "USD")])).toEqual([{ subject: "USD — X", values: [5e6, 7e6] }]);
  });

  it("keeps percent apart from percentage points", () => {
    expect(ids([row("a", 40, "percent"), row("b", 8, "percentage points")])).toEqual([]);
    expect(ids([row("a", 40, "percent"), row("b", 30, "percent")])).toEqual([{ subject: "percent — X", values: [40, 30] }]);
  });

  it("compares measures across units of one dimension", () => {
    expect(comparable({ unit: "mi2", value: 1 })).toEqual({ key: "area", factor: 2589988.11 });
    // 18,000 km2 is about 6,950 sq mi: no conflict with 7,000 sq mi (rounded), a conflict with 10,000 sq mi
    expect(ids([row("a", 18000, "km2"), row("b", 7000, "mi2")])).toEqual([]);
    expect(ids([row("a", 18000, "km2"), row("b", 10000, "mi2")])).toEqual([{ subject: "km2 — X", values: [18000, 10000] }]);
    expect(ids([row("a", 18000, "km2"), row("b", 18000, "km")])).toEqual([]);
  });

  it("reads bounds and ranges as intervals", () => {
    expect(ids([row("a", 1e8, "USD", { bound: "min" }), row("b", 3.45e8, "USD")])).toEqual([]);
    expect(ids([row("a", 15, "percent", { max: 20, approximate: true }), row("b", 18, "percent")])).toEqual([]);
    expect(ids([row("a", 50, "people", { bound: "max" }), row("b", 60, "people")])).toEqual([{ subject: "people — X", values: [50, 60] }]);
  });

  it("never sets counts of differently named things side by side", () => {
    expect(ids([row("a", 1000, "troops", { counted: "US troops" }), row("b", 1500, "troops", { counted: "French troops" })])).toEqual([]);
    expect(ids([row("a", 1000, "troops", { counted: "U.S. troops" }), row("b", 1500, "troops", { counted: "US troops" })])).toEqual([
      { subject: "troops — X", values: [1000, 1500] },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { calendarDateOf } from "../../src/extract/resolve/calendarDate.js";

describe("calendarDateOf", () => {
  it("places an ISO week at the month of its Thursday, across year ends", () => {
    expect(calendarDateOf("2020-W53")).toBe("2020-12");
    expect(calendarDateOf("2019-W01")).toBe("2019-01"); // Monday 2018-12-31, Thursday 2019-01-03
    expect(calendarDateOf("2026-W01-WE")).toBe("2026-01");
    expect(calendarDateOf("1998-W32")).toBe("1998-08");
  });

  it("keeps days and months, a quarter's year; no place for a decade or a reference", () => {
    expect(calendarDateOf("1998-08-07TMO")).toBe("1998-08-07");
    expect(calendarDateOf("1998-Q3")).toBe("1998");
    expect(calendarDateOf("199X")).toBeNull();
    expect(calendarDateOf("PAST_REF")).toBeNull();
  });
});

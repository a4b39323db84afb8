import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  dayNumber,
  dayOfIso,
  dayValue,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isValidDay,
  isoDay,
  isoWeek,
  mondayOf,
  mondayOfIsoWeek,
  monthValue,
  nthWeekday,
  weekValue,
  weekdayOf,
  yearValue,
} from "../../src/extract/util/days.js";
import { HOLIDAYS } from "../../src/extract/recognize/dates/holidays.js";

describe("day helpers", () => {
  it("day numbers count from 1970-01-01 both ways", () => {
    expect(dayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(dayNumber({ year: 1969, month: 12, day: 31 })).toBe(-1);
    expect(fromDayNumber(dayNumber({ year: 2024, month: 2, day: 29 }))).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("addDays and addMonths cross month and year ends", () => {
    expect(addDays({ year: 1998, month: 12, day: 31 }, 1)).toEqual({ year: 1999, month: 1, day: 1 });
    expect(addDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonths(1998, 11, 3)).toEqual({ year: 1999, month: 2 });
    expect(addMonths(1998, 1, -1)).toEqual({ year: 1997, month: 12 });
  });

  it("weekdays, month lengths and valid days", () => {
    expect(weekdayOf({ year: 1998, month: 8, day: 7 })).toBe(5); // a Friday
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(isValidDay({ year: 2023, month: 2, day: 29 })).toBe(false);
    expect(isValidDay({ year: 2023, month: 13, day: 1 })).toBe(false);
    expect(isValidDay({ year: 2023, month: 4, day: 30 })).toBe(true);
  });

  it("ISO weeks: the week-year of early January and late December, week 1's Monday", () => {
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ year: 2024, month: 12, day: 30 })).toEqual({ year: 2025, week: 1 });
    expect(weekValue({ year: 1998, month: 8, day: 7 })).toBe("1998-W32");
    expect(mondayOf({ year: 1998, month: 8, day: 9 })).toEqual({ year: 1998, month: 8, day: 3 });
    expect(mondayOfIsoWeek(2021, 1)).toEqual({ year: 2021, month: 1, day: 4 });
    expect(mondayOfIsoWeek(2020, 53)).toEqual({ year: 2020, month: 12, day: 28 });
    expect(mondayOfIsoWeek(1998, 32)).toEqual(mondayOf({ year: 1998, month: 8, day: 7 }));
  });

  it("TIMEX3 value strings pad, and years before 1 are BC", () => {
    expect(yearValue(575)).toBe("0575");
    expect(yearValue(0)).toBe("BC0001");
    expect(monthValue(1998, 3)).toBe("1998-03");
    expect(dayValue({ year: 1998, month: 3, day: 6 })).toBe("1998-03-06");
  });

  it("isoDay: a real day of a four-digit year, else null", () => {
    expect(isoDay(2023, 8, 9)).toBe("2023-08-09");
    expect(isoDay(2023, 2, 29)).toBeNull();
    expect(isoDay(999, 1, 1)).toBeNull();
    expect(isoDay(2023.5, 1, 1)).toBeNull();
  });

  it("dayOfIso and daysBetween read ISO days; anything else is no day", () => {
    expect(dayOfIso("2023-08-07T14:30")).toEqual({ year: 2023, month: 8, day: 7 });
    expect(dayOfIso("August 7")).toBeNull();
    expect(daysBetween("2023-08-07", "2023-08-08")).toBe(1);
    expect(daysBetween("2024-03-01", "2024-02-28")).toBe(2);
    expect(daysBetween("2023-08-07", "soon")).toBeNaN();
  });

  it("nthWeekday and the holidays that use it", () => {
    expect(nthWeekday(1998, 11, 4, 4)).toEqual({ year: 1998, month: 11, day: 26 });
    expect(nthWeekday(1998, 5, 1, -1)).toEqual({ year: 1998, month: 5, day: 25 });
    expect(HOLIDAYS["election day"](2024)).toEqual({ year: 2024, month: 11, day: 5 });
    expect(HOLIDAYS.easter(2024)).toEqual({ year: 2024, month: 3, day: 31 });
    expect(HOLIDAYS["good friday"](2024)).toEqual({ year: 2024, month: 3, day: 29 });
    expect(HOLIDAYS.christmas(1998)).toEqual({ year: 1998, month: 12, day: 25 });
    expect(HOLIDAYS["no such day"]).toBeUndefined();
  });
});

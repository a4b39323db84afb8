// Plain text. An optional date marker opens the file: " date YYYY-MM-DD " (leading space optional),
// with the article following on the same line or the next. The marker is boilerplate. Wire copy's
// typography (``quotes'', paragraphs hard-wrapped every 70 characters) is read as the text it stands for.
import { normalizeDeclaredDate } from "../../util/declaredDate.js";
import { plainResult, type FormatResult } from "./types.js";
import { joinWrappedLines, wireQuotes } from "../../clean/lines.js";

/** "date 2023-11-09", "Date: 2023-11-09"; the value is anything date-like, validated afterwards. */
const DATE_MARKER = /^[ \t]*date[ \t]*:?[ \t]+(\d[\d\-/.]*\d(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?)(?=[ \t]|\n|$)[ \t]*\n?/i;

export interface DateMarker {
  start: number;
  end: number;
  raw: string;
  date: string | null;
}

export function findDateMarker(text: string): DateMarker | null {
  const m = DATE_MARKER.exec(text);
  if (!m) return null;
  return { start: 0, end: m[0].length, raw: m[1], date: normalizeDeclaredDate(m[1]) };
}

/**
 * Plain text as the reader reads it: wire copy's ``TeX quotes'' as typographic quotes and its hard-wrapped
 * paragraphs joined (clean/lines.ts); offsets index the text returned.
 */
export function parseTxt(raw: string): FormatResult {
  const text = joinWrappedLines(wireQuotes(raw));
  const marker = findDateMarker(text);
  const result = plainResult(text);
  if (marker) {
    result.boilerplate.push([marker.start, marker.end]);
    if (marker.date) {
      result.date = marker.date;
      result.dateSource = "header";
    } else {
      result.dateSource = "invalid";
      result.warnings.push(`invalid date header '${marker.raw}'`);
    }
  }
  return result;
}

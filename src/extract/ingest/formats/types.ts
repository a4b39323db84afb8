import type { DateSource } from "../../types.js";
import type { OffsetPair } from "../../util/ranges.js";

/** What a format parser makes of decoded text, before generic cleaning. */
export interface FormatResult {
  /** The article text (for HTML: the extracted main text). Offsets index it. */
  text: string;
  /** Ranges that are format furniture (date marker, front matter, markup). */
  boilerplate: OffsetPair[];
  /** Title declared by the format, or null to derive one from the text. */
  title: string | null;
  date: string | null;
  dateSource: DateSource;
  source: string | null;
  url: string | null;
  /** Byline names read from the format's metadata (HTML markup), or null. */
  byline: string | null;
  /** Credits the format found outside the text (HTML captions and credit elements). */
  credits: string[];
  warnings: string[];
}

export type FormatParse = FormatResult | { reason: string };

/** A result that declares nothing yet: the text, no furniture, no title, date or source. */
export function plainResult(text: string): FormatResult {
  return {
    text,
    boilerplate: [],
    title: null,
    date: null,
    dateSource: "none",
    source: null,
    url: null,
    byline: null,
    credits: [],
    warnings: [],
  };
}

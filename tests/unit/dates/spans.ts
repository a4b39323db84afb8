// Test helper: what a date pass found, as [text, anchor] pairs in order.
import type { Anchor, DateParser } from "../../../src/extract/recognize/dates/candidate.js";

export function spans(pass: DateParser, text: string): Array<[string, Anchor]> {
  return pass.parse(text).map((c) => [text.slice(c.start, c.end), c.anchor]);
}

/** Only the texts a pass found. */
export function texts(pass: DateParser, text: string): string[] {
  return pass.parse(text).map((c) => text.slice(c.start, c.end));
}

// Test helper: the FIGURE match of a number written in a text, as the figure recognizer's passes receive it.
import { FIGURE, numberMatch, readAmount, type Amount, type NumberMatch } from "../../../src/extract/recognize/figures/scan.js";
import { numberAt, readUnit, type Reading } from "../../../src/extract/recognize/figures/units.js";
import type { FigureCandidate } from "../../../src/extract/recognize/figures/rules.js";

/** The match of FIGURE that holds where `number` is first written in `text`. */
export function matchIn(text: string, number: string): NumberMatch {
  const at = text.indexOf(number);
  const pattern = new RegExp(FIGURE.source, FIGURE.flags);
  for (let m: RegExpExecArray | null; (m = pattern.exec(text));) {
    const match = numberMatch(text, m);
    if (m.index <= at && at < match.end) return match;
  }
  throw new Error(`no number match at "${number}" in "${text}"`);
}

/** The amount of that match (it must read). */
export function amountIn(text: string, number: string): { match: NumberMatch; amount: Amount } {
  const match = matchIn(text, number);
  const amount = readAmount(text, match);
  if (!amount) throw new Error(`no amount at "${number}" in "${text}"`);
  return { match, amount };
}

/** The candidate figure of that number, read with its unit (it must have one). */
export function candidateIn(text: string, number: string): FigureCandidate {
  const { match, amount } = amountIn(text, number);
  const reading: Reading | null = readUnit(text, numberAt(match, amount, 0));
  if (!reading) throw new Error(`no unit after "${number}" in "${text}"`);
  return { match, amount, reading, start: match.start - amount.qualifier.length, end: reading.end };
}

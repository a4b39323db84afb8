// Small word tables shared by recognizers: number words, and word sets written as one string.

/** Number words below twenty, with their values ("zero" … "nineteen"). */
export const UNIT_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
    .split(" ")
    .map((word, value) => [word, value]),
);

/** The tens as words ("twenty" … "ninety"). */
export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** A set of the words of `words`, separated by spaces ("begins starts ends"). */
export function wordSet(words: string): Set<string> {
  return new Set(words.split(" "));
}

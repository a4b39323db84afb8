// The shapes of a word of a name in running text. Pure.

/**
 * False when the word is empty or opens with an ASCII character that is no capital (A-Z are the only ASCII
 * letters of \p{Lu}): most words of a text, told apart without running a Unicode pattern.
 */
const mayOpenWithCapital = (w: string) => {
  const c = w.charCodeAt(0);
  return c >= 128 || (c >= 65 && c <= 90);
};

/** A name word in title case: a capital, then lower-case letters ("Rotterdam"; not "USA" nor "McCain"). */
export const isNameWord = (w: string) => mayOpenWithCapital(w) && /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(w);

/**
 * A capitalized word of a company's name: a capital, then letters, digits, "&", dots, apostrophes or
 * hyphens ("Kestrel", "AT&T", "Inc."; not "3M", which opens with a digit). Wider than isNameWord, which
 * takes neither "USA" nor "McCain".
 */
export const isCapitalizedWord = (w: string) => mayOpenWithCapital(w) && /^\p{Lu}[\p{L}\d&'’.-]*$/u.test(w);

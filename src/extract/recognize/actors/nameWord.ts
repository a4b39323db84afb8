// The shapes of a word of a name in running text. Pure.
import { isCap } from "./features.js";

/** A name word in title case: a capital, then lower-case letters ("Rotterdam"; not "USA" nor "McCain"). */
export const isNameWord = (w: string) => isCap(w) && /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(w);

/**
 * A capitalized word of a company's name: a capital, then letters, digits, "&", dots, apostrophes or
 * hyphens ("Kestrel", "AT&T", "Inc."; not "3M", which opens with a digit). Wider than isNameWord, which
 * takes neither "USA" nor "McCain".
 */
export const isCapitalizedWord = (w: string) => isCap(w) && /^\p{Lu}[\p{L}\d&'’.-]*$/u.test(w);

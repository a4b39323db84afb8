// The shape of a word of a name in running text. Pure.

/** A name word in title case: a capital, then lower-case letters ("Rotterdam"; not "USA" nor "McCain"). */
export const isNameWord = (w: string) => /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(w);

// Text written into a regular expression as itself.

/** `text` with every character a regular expression reads as syntax escaped, to match only itself. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

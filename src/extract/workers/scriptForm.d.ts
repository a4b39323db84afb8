// Types of scriptForm.js (plain JavaScript, for compile.js).

/** The script form of `code` (an ES module's text), or null when it has module syntax a function cannot hold. */
export function scriptForm(code: string): string | null;

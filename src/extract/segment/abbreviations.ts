// Abbreviations written with a trailing period ("Gen.", "Mr.", "Inc."), shared by the tokenizer
// (which keeps the period in the token) and the sentence splitter (which does not end a sentence there).

/** Titles, ranks, company forms and other words that take a trailing period, lowercase, without it. */
export const DOTTED_ABBREVIATIONS: readonly string[] =
  `mr mrs ms dr prof gen lt col maj capt cpt sgt adm cmdr rep sen gov pres st jr sr rev hon amb brig cpl pvt fr vol vs etc inc ltd co corp dept no jan feb mar apr jun jul aug sep sept oct nov dec mt ft gov't`.split(
    /\s+/,
  );

// Tables with no rows, for a test to fill the few it needs.
import type { Tables } from "../../src/extract/types.js";

export const emptyTables = (): Tables => ({
  articles: [],
  actors: [],
  mentions: [],
  dates: [],
  figures: [],
  quotes: [],
  events: [],
  conflicts: [],
  rejected: [],
  sentences: [],
  central: [],
  stories: [],
  comentions: [],
});

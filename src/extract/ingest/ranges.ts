// The range helpers live in util/ranges.ts, below ingest and clean, so that neither imports the
// other. This re-export keeps ingest's own `./ranges.js` imports (parse, title, duplicates,
// formats/) unchanged while other branches edit those files; point them at util/ after the merge.
export { mergeRanges, insideRanges, textOutside, type Range } from "../util/ranges.js";

export { findBoilerplate, boilerplateLineKind, type Boilerplate } from "./boilerplate.js";
export { sourceFromLine } from "./source.js";
export { mergeRanges, insideRanges, textOutside, type Range } from "../util/ranges.js";

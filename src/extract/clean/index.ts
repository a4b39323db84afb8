export {
  findBoilerplate,
  boilerplateLineKind,
  furnitureLine,
  publishedDayOf,
  type Boilerplate,
  type FurnitureLine,
} from "./boilerplate.js";
export { sourceFromLine } from "./source.js";
export {
  bylineOf,
  productionCreditOf,
  creditLineOf,
  copyrightHolderOf,
  inlineCredits,
  uniqueCredits,
  type CreditMatch,
} from "./credits.js";
export { findDateline, datelineOf, placeCase, type Dateline } from "./dateline.js";
export { readStamp, readStamps, dayOfStamp, stripWireTag, wireTagLength, type Stamp, type StampKind } from "./stamps.js";
export { mergeRanges, insideRanges, textOutside, type OffsetPair } from "../util/ranges.js";

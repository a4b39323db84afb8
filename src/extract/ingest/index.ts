// Ingest: files in the articles folder → Articles (or Rejections with a plain reason).
export { walkArticles, type ArticleFile, type WalkOptions, type WalkResult } from "./walk.js";
export { parseArticle, isRejection, type ParsedArticle } from "./parse.js";
export {
  duplicateDigest,
  findDuplicates,
  jaccard,
  shingleHashes,
  wordHashes,
  type DuplicateDigest,
  type DuplicateInput,
  type DuplicateOptions,
} from "./duplicates.js";
export { decodeBytes, detectBinary, normalizeLineEnds, type Decoded } from "./decode.js";
export { articleId, uniqueIds, extensionOf, formatOf, SUPPORTED_EXTENSIONS, type ArticleFormat } from "./files.js";
export { DEFAULT_MAX_BYTES, resolveMaxBytes, parseByteSize, formatSize, formatLimit } from "./limits.js";
export { deriveTitle, truncateAtWord, looksLikeHeadline } from "./title.js";
export { normalizeDeclaredDate } from "../util/declaredDate.js";
export { mergeRanges, insideRanges, textOutside, type OffsetPair } from "../util/ranges.js";

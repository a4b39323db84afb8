// @ts-check
// Citation numbers, put in at run time. Page data cites an article by its id (`cite`), never by its
// number: the numbers follow the articles' file order, so one new or deleted article would renumber
// every later one and change the data of every page citing them. The numbers come from one small
// site-wide file instead, `data/citations.json` (every article's id, the article numbered 1 first),
// and each page numbers its data with it as it loads: every object with a `cite` gets its `n`.

/**
 * Each article's citation number, from the citation order.
 * @param {readonly string[]} order
 * @returns {Map<string, number>}
 */
export function citationNumbers(order) {
  const numbers = new Map();
  order.forEach((id, i) => numbers.set(id, i + 1));
  return numbers;
}

/**
 * Gives every object in `data` that cites an article (a string `cite`) its number `n` (0 for an
 * article the order does not hold), in place; returns `data`.
 * @template T
 * @param {T} data
 * @param {readonly string[] | Map<string, number>} order
 * @returns {import("../pagedata/index.js").Numbered<T>}
 */
export function numberCitations(data, order) {
  const numbers = order instanceof Map ? order : citationNumbers(order);
  /** @param {unknown} value */
  const visit = (value) => {
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === "object") visit(item);
      return;
    }
    if (value === null || typeof value !== "object") return;
    const object = /** @type {Record<string, unknown>} */ (value);
    if (typeof object.cite === "string") object.n = numbers.get(object.cite) ?? 0;
    for (const key in object) {
      const item = object[key];
      if (item !== null && typeof item === "object") visit(item);
    }
  };
  visit(data);
  return /** @type {import("../pagedata/index.js").Numbered<T>} */ (/** @type {unknown} */ (data));
}

/**
 * A page's data once loaded and numbered: `data` and `order` as FileAttachment's `json()` gives them.
 * @template T
 * @param {Promise<T> | T} data
 * @param {Promise<readonly string[]> | readonly string[]} order
 */
export async function numbered(data, order) {
  return numberCitations(await data, await order);
}

// @ts-check
// The data of the actor or article page being viewed: its slug comes from the page's address, its
// file from the routes (src/pagedata/routes.ts). `version` (the corpus fingerprint) is part of
// the request, so a browser never shows an earlier build's copy.
import { itemDataUrl, slugFromPath } from "../pagedata/routes.js";

/**
 * The item's data, or null when none is published at this address.
 * @param {import("../pagedata/routes.js").ItemKind} kind
 * @param {string | null | undefined} version
 */
export async function loadItem(kind, version) {
  const url = `${itemDataUrl(kind, slugFromPath(location.pathname))}?v=${encodeURIComponent(version ?? "")}`;
  const response = await fetch(url);
  return response.ok ? response.json() : null;
}

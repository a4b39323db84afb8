// The render policy: what Framework renders, and how the long tail is served without it.
// Framework renders the site-wide pages (it finds them in the root) and, per kind of item page
// (actors, articles), one template: the parameterized page at a reserved address. Every actor's
// and article's page is then that template's HTML at the item's own address, at the same depth,
// so its relative links (scripts, styles, data) hold; the page reads which item it shows from its
// address and fetches that item's data file. So a build renders a handful of pages whatever the
// size of the folder, and the addresses stay clean and work on any static file server.
import { copyFileSync, linkSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { mkdirSync } from "node:fs";
import { ITEM_KINDS, itemPageOutput, templateOutput, templatePath, type ItemKind } from "../pagedata/routes.js";

/** The paths Framework renders besides the pages it finds: the templates. */
export const renderedItemPaths = (): string[] => ITEM_KINDS.map(templatePath);

/**
 * Puts an item's page into a built site: the template's HTML at the item's address, as a hard link
 * (no extra space; one file per address either way), or a copy where links are not possible.
 * `made`: folders already made in this site (the caller's, shared between calls).
 */
export function placeItemPage(site: string, kind: ItemKind, slug: string, made?: Set<string>): void {
  const template = join(site, templateOutput(kind));
  const target = join(site, itemPageOutput(kind, slug));
  // `made`: the folders this caller already made (thousands of items share one)
  const folder = dirname(target);
  if (!made?.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made?.add(folder);
  }
  try {
    linkSync(template, target);
  } catch {
    copyFileSync(template, target);
  }
}

/** Removes the templates from a built site once every item has its page: no address shows them. */
export function removeTemplates(site: string): void {
  for (const kind of ITEM_KINDS) rmSync(join(site, templateOutput(kind)), { force: true });
}

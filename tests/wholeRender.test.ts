// Only a whole render is published or reused (issue 15): a site whose pages name modules that are
// not there is found out, and a kept render that lost a file is made again, never carried forward.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { keepRender, renderCacheDir, restoreRender } from "../src/site/renderCache.js";
import { missingFiles } from "../src/site/wholeSite.js";

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** A small site as Framework writes one: a page, its client, a page module and a library. */
function smallSite(): string {
  const site = mkdtempSync(join(tmpdir(), "briefing-site-"));
  write(
    site,
    "index.html",
    `<link rel="modulepreload" href="./_observablehq/client.00000001.js">\n<script type="module">import {define} from "./_observablehq/client.00000001.js";\nimport("./_import/components/chart.00000002.js");</script>`,
  );
  write(site, "timeline/index.html", `<script type="module">import "../_observablehq/client.00000001.js";</script>`);
  // the client loads optional libraries on demand; a site publishes them only when a page uses them
  write(
    site,
    "_observablehq/client.00000001.js",
    `import {Runtime} from "./runtime.00000003.js";\nconst duck = () => import("../_npm/@duckdb/duckdb-wasm@1.29.0/_esm.js");`,
  );
  write(site, "_observablehq/runtime.00000003.js", `export const Runtime = 1;`);
  write(
    site,
    "_import/components/chart.00000002.js",
    `import {html} from "../../_node/htl@0.3.1/index.00000004.js";\nexport const chart = () => import("../../_node/d3-array@3.2.4/index.00000005.js");`,
  );
  write(site, "_node/htl@0.3.1/index.00000004.js", `export const html = 1;`);
  write(site, "_node/d3-array@3.2.4/index.00000005.js", `export const max = 1;`);
  return site;
}

describe("a rendered site", () => {
  it("is whole when everything its pages reach is there (optional libraries of the client aside)", () => {
    expect(missingFiles(smallSite())).toEqual([]);
  });

  it("is not whole when a module a page reaches is gone, and says which and who names it", () => {
    const site = smallSite();
    rmSync(join(site, "_node/htl@0.3.1"), { recursive: true });
    rmSync(join(site, "_node/d3-array@3.2.4"), { recursive: true });
    expect(missingFiles(site)).toEqual([
      "_node/d3-array@3.2.4/index.00000005.js (named in _import/components/chart.00000002.js)",
      "_node/htl@0.3.1/index.00000004.js (named in _import/components/chart.00000002.js)",
    ]);
  });

  it("reads a module's imports from its code, not from its comments or strings", () => {
    const site = smallSite();
    write(
      site,
      "_import/components/chart.00000002.js",
      `/** @param {import("../pagedata/index.js").Data} d */\n// import("./gone.js")\nconst s = 'from "./nowhere.js"';\nimport {html} from "../../_node/htl@0.3.1/index.00000004.js?v=1";\nexport const chart = () => import("../../_node/d3-array@3.2.4/index.00000005.js");`,
    );
    expect(missingFiles(site)).toEqual([]);
    rmSync(join(site, "_node/htl@0.3.1"), { recursive: true });
    expect(missingFiles(site)).toEqual(["_node/htl@0.3.1/index.00000004.js (named in _import/components/chart.00000002.js)"]);
  });

  it("is not whole when a page names a client module that is gone", () => {
    const site = smallSite();
    rmSync(join(site, "_observablehq"), { recursive: true });
    expect(missingFiles(site)).toEqual([
      "_observablehq/client.00000001.js (named in index.html)",
      "_observablehq/client.00000001.js (named in timeline/index.html)",
    ]);
  });
});

describe("a kept render", () => {
  let cache: string;
  beforeEach(() => {
    cache = mkdtempSync(join(tmpdir(), "briefing-cache-"));
    process.env.BRIEFING_CACHE = cache;
  });
  afterEach(() => {
    delete process.env.BRIEFING_CACHE;
  });

  const staging = () => join(mkdtempSync(join(tmpdir(), "briefing-staging-")), "site");

  it("is reused whole", () => {
    keepRender("a1", smallSite());
    const into = staging();
    expect(restoreRender("a1", into)).toBe(true);
    expect(readFileSync(join(into, "_node/htl@0.3.1/index.00000004.js"), "utf8")).toBe("export const html = 1;");
    expect(missingFiles(into)).toEqual([]);
  });

  it("that lost a file is not reused, and is dropped so the next build renders again", () => {
    keepRender("a2", smallSite());
    rmSync(join(renderCacheDir(), "a2", "site", "_node", "htl@0.3.1"), { recursive: true });
    expect(restoreRender("a2", staging())).toBe(false);
    expect(restoreRender("a2", staging())).toBe(false);
  });

  it("with a file cut short is not reused", () => {
    keepRender("a3", smallSite());
    truncateSync(join(renderCacheDir(), "a3", "site", "index.html"), 10);
    expect(restoreRender("a3", staging())).toBe(false);
  });

  it("that was never completed (no list of its files) is not reused", () => {
    keepRender("a4", smallSite());
    rmSync(join(renderCacheDir(), "a4", ".complete"));
    expect(restoreRender("a4", staging())).toBe(false);
  });
});

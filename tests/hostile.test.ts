// Article text is untrusted: ingest must keep it as inert text, never execute it, and stay fast on
// inputs built to be slow.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isRejection, parseArticle, walkArticles, type ParsedArticle } from "../src/extract/ingest/index.js";
import { extractFolder } from "../src/extract/extractFolder.js";

const enc = (s: string) => new TextEncoder().encode(s);
function parsed(file: string, text: string): ParsedArticle {
  const r = parseArticle(file, enc(text));
  if (isRejection(r)) throw new Error(`${file} rejected: ${r.reason}`);
  return r;
}

const PAYLOADS = [
  `<script>globalThis.__pwned = 1</script>`,
  `<img src=x onerror="globalThis.__pwned = 2">`,
  `<a href="javascript:globalThis.__pwned=3">click</a>`,
  "${globalThis.__pwned = 4}",
  "{{constructor.constructor('globalThis.__pwned = 5')()}}",
];
const g = globalThis as { __pwned?: number; polluted?: unknown };

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), "briefing-hostile-"));
  dirs.push(d);
  return d;
}

describe("hostile text in .txt and .md", () => {
  it("keeps script tags, handlers and template syntax verbatim in .txt text", () => {
    const body = `Protest in the capital\n\nMarchers gathered outside parliament.\n${PAYLOADS.join("\n")}\nPolice dispersed them.\n`;
    const { article } = parsed("x.txt", body);
    expect(article.text).toBe(body);
    for (const p of PAYLOADS) expect(article.text).toContain(p);
    expect(article.title).toBe("Protest in the capital");
    expect(g.__pwned).toBeUndefined();
  });

  it("keeps them verbatim in .md text, masking the tags from extraction", () => {
    const body = `# Protest\n\nMarchers gathered.\n\n${PAYLOADS.join("\n\n")}\n`;
    const { article } = parsed("x.md", body);
    expect(article.text).toBe(body);
    const masked = (needle: string) => {
      const at = article.text.indexOf(needle);
      return article.boilerplate.some(([s, e]) => s <= at && e >= at + needle.length);
    };
    expect(masked(PAYLOADS[0])).toBe(true);
    expect(masked(PAYLOADS[1])).toBe(true);
    expect(masked("Marchers gathered.")).toBe(false);
    expect(g.__pwned).toBeUndefined();
  });

  it("never evaluates JavaScript front matter", () => {
    const body = "---js\n{ title: (globalThis.__pwned = 6, 'owned') }\n---\nThe council met in Dakar on Monday.\n";
    const r = parsed("js-front.md", body);
    expect(g.__pwned).toBeUndefined();
    expect(r.article.title).not.toBe("owned");
    expect(r.article.boilerplate[0]).toEqual([0, body.indexOf("The council")]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      "front matter with a language tag (e.g. '---js') is not read; only YAML front matter is supported",
    ]);
  });

  it("refuses YAML tags that would build functions, and prototype pollution", () => {
    const fn = parsed(
      "fn.md",
      "---\ntitle: !!js/function 'function () { globalThis.__pwned = 7 }'\n---\nText about the summit in Abuja.\n",
    );
    expect(g.__pwned).toBeUndefined();
    expect(fn.warnings[0].message).toMatch(/^front matter is not valid YAML/);
    expect(fn.article.title).toBe("Text about the summit in Abuja.");
    const proto = parsed("proto.md", "---\n__proto__:\n  polluted: yes\ntitle: Fine\n---\nText about the summit in Abuja.\n");
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(g.polluted).toBeUndefined();
    expect(proto.article.title).toBe("Fine");
  });

  it("treats a non-string front matter title as absent", () => {
    const r = parsed("obj.md", "---\ntitle:\n  toString: 1\ndate: [1, 2]\n---\nThe summit opened in Abuja.\n");
    expect(r.article.title).toBe("The summit opened in Abuja.");
    expect(r.article.dateSource).toBe("invalid");
  });
});

describe("hostile HTML", () => {
  it("lets no markup, handler or script into text; escaped text stays text", () => {
    const html = `<html><head><title>Report</title><script>globalThis.__pwned = 8</script></head><body><article>
      <h1>Report</h1>
      <p>The assembly in Niamey voted on Thursday to extend the transition by three years, officials said.</p>
      <p onclick="globalThis.__pwned = 9">Delegates <img src=x onerror="globalThis.__pwned = 10">argued for hours about the wording of the final communique.</p>
      <p>A banner read &lt;script&gt;alert(1)&lt;/script&gt; in protest, which reporters photographed outside the hall.</p>
      <p><a href="javascript:globalThis.__pwned = 11">Click</a> here for the transcript of the long and heated debate in the assembly.</p>
      <iframe src="https://evil.example/"></iframe><svg><script>globalThis.__pwned = 12</script></svg>
    </article></body></html>`;
    const { article } = parsed("x.html", html);
    expect(g.__pwned).toBeUndefined();
    expect(article.text).toContain("The assembly in Niamey voted on Thursday");
    expect(article.text).toContain("A banner read <script>alert(1)</script> in protest");
    for (const bad of ["onerror", "onclick", "javascript:", "__pwned", "<img", "<p", "evil.example"])
      expect(article.text).not.toContain(bad);
  });
});

describe("inputs built to be slow", () => {
  it("parses a markdown file of a hundred thousand unclosed tags and fences", () => {
    const body =
      "Lead paragraph about the summit.\n\n" +
      "<a href ".repeat(50_000) +
      "\n" +
      "<script ".repeat(20_000) +
      "\n<!-- ".repeat(20_000) +
      "\n```\n".repeat(3);
    const { article } = parsed("slow.md", body);
    expect(article.title).toBe("Lead paragraph about the summit.");
  });

  it("parses a single 1 MB line and a line of a million brackets", () => {
    const line = "word ".repeat(200_000);
    expect(parsed("one-line.txt", line).article.text.length).toBe(line.length);
    const brackets = "[link".repeat(100_000) + " and [](".repeat(50_000);
    expect(parsed("brackets.md", "Headline here\n\n" + brackets).article.title).toBe("Headline here");
    const dotted = "a.".repeat(300_000) + "b@c.d " + "x-".repeat(300_000);
    expect(parsed("dotted.txt", dotted).article.text.length).toBe(dotted.length);
  });
});

describe("hostile file system", () => {
  it("turns hostile file names into safe ids", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, `<script>alert(1)<script> & "x".txt`), "The vote was held in Lomé on Sunday.\n");
    writeFileSync(path.join(dir, `%2E%2E%2Fetc.txt`), "Officials met in Lomé on Monday.\n");
    writeFileSync(path.join(dir, `..hidden-looking.txt`), "Ignored: it starts with a dot.\n");
    const r = await extractFolder(dir, { noCache: true, workers: 1 });
    expect(r.articles.map((a) => a.id).sort()).toEqual(["2e-2e-2fetc", "script-alert-1-script-x"]);
    expect((await walkArticles(dir)).ignored).toEqual(["..hidden-looking.txt"]);
  });

  it("rejects folder symlinks leaving the folder and survives symlink loops", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "inner"));
    writeFileSync(path.join(dir, "inner", "a.txt"), "The ministry in Bamako issued a statement.\n");
    symlinkSync("/etc", path.join(dir, "etc-link"));
    symlinkSync(dir, path.join(dir, "inner", "loop"));
    const r = await walkArticles(dir);
    expect(r.files.map((f) => f.file)).toEqual(["inner/a.txt"]);
    expect(r.rejected).toEqual([{ file: "etc-link", reason: "symlink to a location outside the articles folder" }]);
  });
});

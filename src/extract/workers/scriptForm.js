// The script form of a bundle (see cachedScript.js): an ES module without exports rewritten as the
// text of an async function of (require, the bundle's URL, import), which vm.Script can compile
// with a code cache. The module is parsed (acorn), so that only real module syntax is rewritten,
// never text in a string: each static import becomes a require call of the same module, at the top
// (imports are hoisted; a bundle imports only Node's own modules statically, a package it cannot
// bundle dynamically); each `import.meta.url` the bundle's URL; each dynamic import() a call of the
// import function given (a vm.Script's own import() needs --experimental-vm-modules in Node 20),
// which resolves as from the bundle. Top-level await is the async function's own. Plain
// JavaScript, for compile.js.
import { builtinModules } from "node:module";
import { parse } from "acorn";

const BUILTIN = new Set(builtinModules);
const isBuiltin = (name) => name.startsWith("node:") || BUILTIN.has(name);

const REQUIRE = "__briefingScriptRequire";
const URL_NAME = "__briefingBundleUrl";
const IMPORT = "__briefingImport";

/**
 * `const ... = require(...)` for one import declaration; null for what require cannot do the same
 * way (a package's module, a bare import for its side effects).
 */
function requireOf(node) {
  const from = JSON.stringify(node.source.value);
  if (!isBuiltin(node.source.value) || !node.specifiers.length) return null;
  const whole = node.specifiers.find((s) => s.type !== "ImportSpecifier");
  const named = node.specifiers.filter((s) => s.type === "ImportSpecifier");
  if (whole && named.length) return null;
  if (whole) return `const ${whole.local.name} = ${REQUIRE}(${from});`;
  const name = (s) => (s.imported.type === "Identifier" ? s.imported.name : JSON.stringify(s.imported.value));
  return `const {${named.map((s) => `${name(s)}: ${s.local.name}`).join(", ")}} = ${REQUIRE}(${from});`;
}

/**
 * The edits of `import.meta.url` (the bundle's URL) and dynamic `import(` (the import function the
 * script is given) under `node`; null when there is an `import.meta` of another kind.
 */
function expressionEdits(node, out) {
  const stack = [node];
  while (stack.length) {
    const n = stack.pop();
    if (n.type === "MemberExpression" && n.object.type === "MetaProperty" && !n.computed && n.property.name === "url") {
      out.push([n.start, n.end, URL_NAME]);
      continue;
    }
    if (n.type === "MetaProperty") return null;
    if (n.type === "ImportExpression") out.push([n.start, n.start + "import".length, IMPORT]);
    if (isStringRaw(n))
      for (const q of n.quasi.quasis) if (BEYOND_ASCII.test(q.value.raw)) out.push([q.start, q.end, rawInAscii(q.value.raw)]);
    for (const key in n) {
      const v = n[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && typeof c.type === "string") stack.push(c);
      } else if (v && typeof v.type === "string" && key !== "loc") stack.push(v);
    }
  }
  return out;
}

/** A character beyond ASCII. */
// eslint-disable-next-line no-control-regex -- "not ASCII": the range starts at NUL on purpose
const BEYOND_ASCII = /[^\x00-\x7f]/;

const hex4 = (unit) => `\\u${unit.toString(16).padStart(4, "0")}`;

/** A template tagged String.raw (its strings are read as written: their escapes are their text). */
const isStringRaw = (n) =>
  n.type === "TaggedTemplateExpression" &&
  n.tag.type === "MemberExpression" &&
  !n.tag.computed &&
  n.tag.object.type === "Identifier" &&
  n.tag.object.name === "String" &&
  n.tag.property.name === "raw";

/**
 * A String.raw template's text with each code unit beyond ASCII (with the backslash before it,
 * if one escapes it) put in as a substitution, `${"\u2019"}`: String.raw joins its texts and
 * substitutions, so the string is the same, and the script's text is ASCII.
 */
function rawInAscii(raw) {
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const unit = raw.charCodeAt(i);
    if (unit === 92 /* \\ */ && i + 1 < raw.length) {
      const next = raw.charCodeAt(i + 1);
      out += next < 128 ? raw.slice(i, i + 2) : `\${"\\\\${hex4(next)}"}`;
      i++;
    } else out += unit < 128 ? raw[i] : `\${"${hex4(unit)}"}`;
  }
  return out;
}

/**
 * A comment or a regular expression literal with each UTF-16 code unit beyond ASCII written as a
 * \uXXXX escape: the same pattern (with or without the u flag, in a class or out of one, a
 * surrogate pair is the same one or two units), and an escaped such character (an identity escape,
 * "\é") becomes its \u escape. esbuild writes strings and templates in ASCII already but leaves these
 * as they are; a script form in ASCII is read as one byte a character (cachedScript.js), not decoded
 * from UTF-8 at every start.
 */
function asciiEdit(text, kind) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (kind === "regexp" && unit === 92 /* \\ */) {
      const next = text.charCodeAt(i + 1);
      out += next < 128 ? text.slice(i, i + 2) : hex4(next);
      i++;
    } else out += unit < 128 ? text[i] : hex4(unit);
  }
  return out;
}

/** The script form of `code` (an ES module's text), or null when it has module syntax a function cannot hold. */
export function scriptForm(code) {
  let program;
  /** The comments and regular expression literals that hold characters beyond ASCII (see asciiEdit). */
  const unescaped = [];
  const beyondAscii = (start, end) => BEYOND_ASCII.test(code.slice(start, end));
  try {
    program = parse(code, {
      ecmaVersion: "latest",
      sourceType: "module",
      onComment: (block, text, start, end) => {
        if (beyondAscii(start, end)) unescaped.push([start, end, "comment"]);
      },
      onToken: (token) => {
        if (token.type.label === "regexp" && beyondAscii(token.start, token.end)) unescaped.push([token.start, token.end, "regexp"]);
      },
    });
  } catch {
    return null;
  }
  // imports are hoisted: their modules are required first, at the top, and the declarations removed
  const requires = [];
  const edits = [];
  for (const node of program.body) {
    if (node.type === "ImportDeclaration") {
      const text = requireOf(node);
      if (text === null) return null;
      requires.push(text);
      edits.push([node.start, node.end, ""]);
    } else if (/^Export/.test(node.type)) return null;
  }
  if (!expressionEdits(program, edits)) return null;
  // what does not overlap the edits above (a comment inside an import declaration is removed with it)
  for (const [start, end, kind] of unescaped)
    if (!edits.some(([s, e]) => s < end && start < e)) edits.push([start, end, asciiEdit(code.slice(start, end), kind)]);
  edits.sort((a, b) => a[0] - b[0]);
  let body = "";
  let at = 0;
  for (const [start, end, text] of edits) {
    body += code.slice(at, start) + text;
    at = end;
  }
  body += code.slice(at);
  // on the bundle's first line, so that its line numbers hold in stack traces
  return `(async function (${REQUIRE}, ${URL_NAME}, ${IMPORT}) {"use strict";${requires.join(" ")}${body}\n})`;
}

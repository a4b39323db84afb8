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
    for (const key in n) {
      const v = n[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && typeof c.type === "string") stack.push(c);
      } else if (v && typeof v.type === "string" && key !== "loc") stack.push(v);
    }
  }
  return out;
}

/** The script form of `code` (an ES module's text), or null when it has module syntax a function cannot hold. */
export function scriptForm(code) {
  let program;
  try {
    program = parse(code, { ecmaVersion: "latest", sourceType: "module" });
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

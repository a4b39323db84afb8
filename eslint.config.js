// ESLint: typescript-eslint's recommended rules over the TypeScript, and the recommended JavaScript
// rules over the components and scripts (browser or Node globals as each runs).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "tmp/",
      ".cache/",
      "src/.observablehq/",
      ".src.render/",
      "src/data/*.json",
      "src/data/actors/",
      "src/data/articles/",
      "data/",
      "screenshots/",
      "test-results/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // a leading underscore marks a value left out on purpose (`{ text: _text, ...row }`)
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", caughtErrors: "none" },
      ],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "prefer-const": "error",
      "no-var": "error",
    },
  },
  { files: ["src/components/**/*.js"], languageOptions: { globals: globals.browser } },
  { files: ["scripts/**/*.js", "src/extract/workers/**/*.js", "*.js"], languageOptions: { globals: globals.node } },
);

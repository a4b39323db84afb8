// @ts-check
import { html } from "htl";
import { csvFormat } from "d3";

/**
 * A cell's value as CSV text: a list joined with "; ", an object by its name.
 * @param {unknown} value
 * @returns {string | number | boolean}
 */
function flatten(value) {
  if (value == null) return "";
  if (Array.isArray(value)) return value.map(flatten).join("; ");
  if (typeof value === "object") {
    const named = /** @type {{name?: string, title?: string, id?: string}} */ (value);
    return named.name ?? named.title ?? named.id ?? JSON.stringify(value);
  }
  return /** @type {string | number | boolean} */ (value);
}

/**
 * @param {string} content
 * @param {string} type
 * @param {string} filename
 */
function save(content, type, filename) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Buttons that download `rows` as CSV (nested values flattened) and as JSON.
 * @param {ReadonlyArray<Record<string, unknown>>} rows
 * @param {string} name
 */
export function downloads(rows, name) {
  const csv = () =>
    save(csvFormat(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, flatten(v)])))), "text/csv", `${name}.csv`);
  const json = () => save(JSON.stringify(rows, null, 2), "application/json", `${name}.json`);
  return html`<div class="downloads no-print">Download ${name}:
    <button type="button" onclick=${csv}>CSV</button>
    <button type="button" onclick=${json}>JSON</button></div>`;
}

// @ts-check
// Observable Inputs' table sorts when a column header is clicked, which the mouse alone can do.
// This makes each sortable header reachable with Tab and sortable with Enter or Space, and says the
// current order in aria-sort (WCAG 2.1 AA 2.1.1 keyboard, 4.1.2 name, role, value).

/** @type {Record<string, string>} */
const ORDER = { "▴": "ascending", "▾": "descending" };

/**
 * Marks which header sorts the table, and in which direction, from the arrow Inputs writes.
 * @param {HTMLElement[]} headers
 */
function announceOrder(headers) {
  for (const th of headers) {
    const order = ORDER[th.querySelector("span")?.textContent ?? ""];
    if (order) th.setAttribute("aria-sort", order);
    else th.removeAttribute("aria-sort");
  }
}

/**
 * Returns the Inputs.table form `table`, its column headers usable with the keyboard.
 * @template {HTMLElement} T
 * @param {T} table
 * @returns {T}
 */
export function keyboardSortable(table) {
  const headers = [.../** @type {NodeListOf<HTMLElement>} */ (table.querySelectorAll("thead th[title]"))];
  for (const th of headers) {
    th.tabIndex = 0;
    th.classList.add("sortable");
    th.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      th.click();
    });
    th.addEventListener("click", () => announceOrder(headers));
  }
  return table;
}

// Data loader: the figures table, one row per figure: id, article, text, start, end, value, unit (ISO 4217 for money), approximate, bound, counted, sentence, actors.
// Read it in a page with FileAttachment("data/tables/figures.json").json().
import { printTable } from "../../site/tableFiles.js";

printTable("figures");

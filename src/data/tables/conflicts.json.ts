// Data loader: the conflicts table, one row per figure the sources disagree on: subject, figures.
// Read it in a page with FileAttachment("data/tables/conflicts.json").json().
import { printTable } from "../../site/tableFiles.js";

printTable("conflicts");

// Data loader: the warnings table, what ingest warned about, per file.
// Read it in a page with FileAttachment("data/tables/warnings.json").json().
import { printTable } from "../../site/tableFiles.js";

printTable("warnings");

// Data loader: the sentences table, one row per sentence: article, index, start, end, text.
// Read it in a page with FileAttachment("data/tables/sentences.json").json().
import { printTable } from "../../site/tableFiles.js";

printTable("sentences");

// Data loader: the central table, the most central sentences of each story: article, sentence, start, end, text, rank, story.
// Read it in a page with FileAttachment("data/tables/central.json").json().
import { printTable } from "../../site/tableFiles.js";

printTable("central");

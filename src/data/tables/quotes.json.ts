// Data loader: the quotes table, one row per quotation: article, speaker (an actor id or null), text, start, end, speakerText.
// Read it in a page with FileAttachment("data/tables/quotes.json").json().
import { printTable } from "../../site/tableFiles.js";

printTable("quotes");

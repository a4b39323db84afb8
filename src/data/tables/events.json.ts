// Data loader: the events table, one row per dated sentence: article, date, text, actors, start, end, relative, inferred.
// Read it in a page with FileAttachment("data/tables/events.json").json().
import { printTable } from "../../site/tableFiles.js";

printTable("events");

// Data loader: the dates table, one row per date expression, as TimeML TIMEX3: article, text, start, end, type, value, granularity, relative.
// Read it in a page with FileAttachment("data/tables/dates.json").json().
import { printTable } from "../../site/tableFiles.js";

printTable("dates");

// Data loader: the rejected table, files of the articles folder that were not read, with the reason.
// Read it in a page with FileAttachment("data/tables/rejected.json").json().
import { printTable } from "../../site/tableFiles.js";

printTable("rejected");

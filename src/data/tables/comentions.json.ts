// Data loader: the comentions table, pairs of actors named in the same sentence: source, target, sentences.
// Read it in a page with FileAttachment("data/tables/comentions.json").json().
import { printTable } from "../../site/tableFiles.js";

printTable("comentions");

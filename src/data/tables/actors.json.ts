// Data loader: the actors table, one row per actor resolved across articles: id, name, type (person, organization, place), aliases, articles, roles, mentionCount.
// Read it in a page with FileAttachment("data/tables/actors.json").json().
import { printTable } from "../../site/tableFiles.js";

printTable("actors");

// Data loader: the articles table, one row per article: id, file, title, date, source, outlet, byline, location (its text is left out: the article pages show it).
// Read it in a page with FileAttachment("data/tables/articles.json").json().
import { printTable } from "../../site/tableFiles.js";

printTable("articles");

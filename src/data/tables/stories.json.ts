// Data loader: the stories table, one row per story (articles about the same events): id, rank, articles, actors, terms.
// Read it in a page with FileAttachment("data/tables/stories.json").json().
import { printTable } from "../../site/tableFiles.js";

printTable("stories");

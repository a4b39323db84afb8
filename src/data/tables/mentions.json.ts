// Data loader: the mentions table, one row per mention of an actor: actor, article, start and end (characters in the article text), text, sentence (its index).
// Read it in a page with FileAttachment("data/tables/mentions.json").json().
import { printTable } from "../../site/tableFiles.js";

printTable("mentions");

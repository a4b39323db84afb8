// Prints the articles page data (see articlesView in lib/views.ts).
import { getTables, printJson } from "./lib/tables.js";
import { articlesView } from "./lib/views.js";

printJson(articlesView(await getTables()));

// Prints the quotes page data (see quotesView in lib/views.ts).
import { getTables, printJson } from "./lib/tables.js";
import { quotesView } from "./lib/views.js";

printJson(quotesView(await getTables()));

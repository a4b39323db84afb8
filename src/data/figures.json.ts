// Prints the figures page data (see figuresView in lib/views.ts).
import { getTables, printJson } from "./lib/tables.js";
import { figuresView } from "./lib/views.js";

printJson(figuresView(await getTables()));

// Prints the actors page data (see actorsView in lib/views.ts).
import { getTables, printJson } from "./lib/tables.js";
import { actorsView } from "./lib/views.js";

printJson(actorsView(await getTables()));

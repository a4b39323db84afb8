// Prints the briefing page data (see briefingView in lib/views.ts).
import { getTables, printJson } from "./lib/tables.js";
import { briefingView } from "./lib/views.js";

printJson(briefingView(await getTables()));

// Prints the timeline page data (see timelineView in lib/views.ts).
import { getTables, printJson } from "./lib/tables.js";
import { timelineView } from "./lib/views.js";

printJson(timelineView(await getTables()));

// Prints data/actors.json (see src/build/pageData.ts, which the build also uses).
import { pageJson } from "../build/pageData.js";
import { getTables } from "./lib/tables.js";

process.stdout.write(pageJson("data/actors.json", await getTables()));

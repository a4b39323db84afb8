// Prints data/figures.json (see src/build/pageData.ts, which the build also uses).
import { pageJson } from "../build/pageData.js";
import { getTables } from "./lib/tables.js";

process.stdout.write(pageJson("data/figures.json", await getTables()));

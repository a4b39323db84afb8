// Prints data/ingest.json: every file in the articles folder and what happened to it (see src/build/pageData.ts).
import { folderLabel, pageJson } from "../build/pageData.js";
import { articlesFolder, getTables } from "./lib/tables.js";

process.stdout.write(pageJson("data/ingest.json", await getTables(), { folder: folderLabel(articlesFolder()) }));

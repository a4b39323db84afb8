// Prints the ingest report: every file in the articles folder and what happened to it.
import { relative } from "node:path";
import { articlesFolder, getTables, printJson } from "./lib/tables.js";
import { ingestView } from "./lib/views.js";

printJson(ingestView(await getTables(), relative(process.cwd(), articlesFolder()) || "."));

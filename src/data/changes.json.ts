// "Since the last build": what the latest build of the articles folder added, removed or changed.
import { lastChanges } from "../build/history.js";
import { articlesFolder } from "../extract/load.js";

process.stdout.write(JSON.stringify(lastChanges(articlesFolder())));

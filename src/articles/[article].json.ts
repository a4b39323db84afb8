// Prints one article's page data; the route parameter is the article's slug (see src/build/pageData.ts).
import { pageJson } from "../build/pageData.js";
import { routeParam } from "../data/lib/params.js";
import { getTables } from "../data/lib/tables.js";

process.stdout.write(pageJson(`articles/${routeParam("article")}.json`, await getTables()));

// Prints one actor's page data; the route parameter is the actor's slug (see src/build/pageData.ts).
import { pageJson } from "../build/pageData.js";
import { routeParam } from "../data/lib/params.js";
import { getTables } from "../data/lib/tables.js";

process.stdout.write(pageJson(`actors/${routeParam("actor")}.json`, await getTables()));

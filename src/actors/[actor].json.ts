// Prints one actor's page data; the route parameter is the actor's slug.
import { routeParam } from "../data/lib/params.js";
import { getTables, printJson } from "../data/lib/tables.js";
import { slug } from "../data/lib/index.js";
import { actorView } from "../data/lib/views.js";

const wanted = routeParam("actor");
const tables = await getTables();
const actor = tables.actors.find((a) => slug(a.id) === wanted);
if (!actor) throw new Error(`No actor with slug ${JSON.stringify(wanted)} in the tables`);
printJson(actorView(tables, actor.id));

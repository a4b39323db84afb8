// Prints one article's page data; the route parameter is the article's slug.
import { routeParam } from "../data/lib/params.js";
import { getTables, printJson } from "../data/lib/tables.js";
import { slug } from "../data/lib/index.js";
import { articleView } from "../data/lib/views.js";

const wanted = routeParam("article");
const tables = await getTables();
const article = tables.articles.find((a) => slug(a.id) === wanted);
if (!article) throw new Error(`No article with slug ${JSON.stringify(wanted)} in the tables`);
printJson(articleView(tables, article.id));

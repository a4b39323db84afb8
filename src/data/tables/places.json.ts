// Data loader: the places table, one row per place actor with its coordinates from the shipped gazetteer: actor, name, mentions, articles, kind, country (ISO 3166-1 alpha-2), lat, lon, matched; null coordinates and a reason when it is not found.
// Read it in a page with FileAttachment("data/tables/places.json").json().
import { printTable } from "../../site/tableFiles.js";

printTable("places");

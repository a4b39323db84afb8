// Data loader: the world's country outlines (Natural Earth 1:50m, as TopoJSON, from the world-atlas
// package; each country's id is its ISO 3166-1 numeric code). The places page draws them.
import { printWorld } from "../site/tableFiles.js";

printWorld();

// @ts-check
// Where a map of places should open: the region where the towns and regions named fall (the
// heaviest cluster of them by mentions, places within RADIUS_KM of one of them), or, when only
// countries are named, the heaviest cluster of countries. Plain data in and out.

/** Places this close to a cluster's centre belong to it. */
const RADIUS_KM = 1500;
/** The least margin around the cluster, in degrees, so that one town still shows its surroundings. */
const MIN_PAD = 6;

/** @typedef {{lat: number, lon: number, kind?: string | null, mentions: number}} Place */

/**
 * Great-circle distance in kilometres between two places with lat and lon.
 * @param {{lat: number, lon: number}} a
 * @param {{lat: number, lon: number}} b
 */
export function distanceKm(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The focus of `places` (rows with lat, lon, kind and mentions): its places, the corners of the box
 * around them with a margin (for a projection's domain), and a test of whether a place is inside.
 * @template {Place} P
 * @param {ReadonlyArray<P>} places
 * @returns {{points: P[], corners: Array<[number, number]>, contains: (p: {lat: number, lon: number}) => boolean}}
 */
export function focusOf(places) {
  const local = places.filter((p) => p.kind !== "country");
  const pool = local.length ? local : places;
  /** @type {P[]} */
  let best = [];
  let bestWeight = -1;
  for (const centre of pool) {
    const members = pool.filter((p) => distanceKm(centre, p) <= RADIUS_KM);
    const weight = members.reduce((sum, p) => sum + Math.max(1, p.mentions), 0);
    if (weight > bestWeight) [best, bestWeight] = [members, weight];
  }
  if (!best.length) return { points: [], corners: [], contains: () => true };
  const lats = best.map((p) => p.lat);
  const lons = best.map((p) => p.lon);
  const [south, north, west, east] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const padLat = Math.max(MIN_PAD, (north - south) * 0.25);
  const padLon = Math.max(MIN_PAD, (east - west) * 0.25);
  const box = {
    south: Math.max(-85, south - padLat),
    north: Math.min(85, north + padLat),
    west: Math.max(-180, west - padLon),
    east: Math.min(180, east + padLon),
  };
  return {
    points: best,
    corners: [
      [box.west, box.south],
      [box.east, box.south],
      [box.east, box.north],
      [box.west, box.north],
    ],
    contains: (p) => p.lat >= box.south && p.lat <= box.north && p.lon >= box.west && p.lon <= box.east,
  };
}

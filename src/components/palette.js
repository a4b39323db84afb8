// @ts-check
// Okabe–Ito colours (safe for the common colour-vision deficiencies), by what they mark.
export const okabeIto = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"];

export const kindColors = {
  person: "#0072B2",
  organization: "#D55E00",
  place: "#009E73",
  date: "#E69F00",
  figure: "#CC79A7",
  quote: "#56B4E9",
};

export const typeScale = {
  domain: ["person", "organization", "place"],
  range: [kindColors.person, kindColors.organization, kindColors.place],
};

/** Event date status: stated in the text, computed from the article date, or inferred. */
export const dateStatusScale = {
  domain: ["stated", "relative", "inferred"],
  range: ["#0072B2", "#E69F00", "#CC79A7"],
};

/**
 * How an event's date was found: stated in the text, relative to the article's date, or inferred.
 * @param {{relative?: boolean, inferred?: boolean}} e
 */
export function dateStatus(e) {
  return e.inferred ? "inferred" : e.relative ? "relative" : "stated";
}

// @ts-check
// The briefing's prose, written from the tables: each function takes the briefing summary and
// returns an element. Article text arrives through htl interpolation, i.e. as text.
import { html } from "htl";
import { actorLink, cite, formatDate, formatNumber, joinList } from "./cite.js";

/** @typedef {import("../pagedata/index.js").BriefingData} BriefingData */

/** @type {(n: number, one: string, many?: string) => string} */
const plural = (n, one, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** The opening paragraph: what the briefing is built from.
 * @param {BriefingData} b
 */
export function overview(b) {
  const c = b.counts;
  const range = b.dateRange
    ? b.dateRange[0] === b.dateRange[1]
      ? html`dated ${formatDate(b.dateRange[0])}`
      : html`dated ${formatDate(b.dateRange[0])} to ${formatDate(b.dateRange[1])}`
    : html`none of them dated`;
  const top = b.actors.slice(0, 3);
  return html`<p class="lede">This briefing draws on ${plural(c.articles, "article")}${c.duplicates ? ` (plus ${plural(c.duplicates, "duplicate")} set aside)` : ""}, ${range}${c.undated && b.dateRange ? ` (${c.undated} undated)` : ""}${c.stories > 1 ? `, which report ${plural(c.stories, "separate story", "separate stories")}` : ""}.
  ${c.actors ? html`They name ${plural(c.actors, "actor")} — ${plural(c.people, "person", "people")}, ${plural(c.organizations, "organization")} and ${plural(c.places, "place")}${top.length ? html`; the most widely covered are ${joinList(top.map(actorLink))}` : ""}.` : "No actors were recognized."}
  ${c.figures ? html`Sources report ${plural(c.figures, "figure")}${c.conflicts ? html`, and disagree on ${plural(c.conflicts, "of them", "of them")}` : ""}.` : ""}</p>`;
}

/** @param {BriefingData} b */
export function stats(b) {
  const c = b.counts;
  /** @type {Array<[number | undefined, string, string]>} */
  const items = [
    [c.articles, "articles", "articles in the briefing (duplicates set aside)"],
    [c.stories, c.stories === 1 ? "story" : "stories", "groups of articles reporting the same story"],
    [c.actors, "actors", "people, organizations and places named"],
    [c.events, "dated events", "sentences naming a calendar date: the timeline's events"],
    [c.figures, "figures", "numbers with what they count"],
    [c.quotes, "quotes", "quoted statements"],
    [c.rejected, "files rejected", "files that could not be read as articles"],
  ];
  return html`<div class="stats">${items.map(([n, label, what]) => html`<div title=${what}><b>${formatNumber(n ?? 0)}</b><span>${label}</span></div>`)}</div>`;
}

/** @param {BriefingData["happened"]} list */
function sentences(list) {
  return html`<ol class="happened">${list.map((s) => html`<li><blockquote>${s.text} ${cite(s)}</blockquote></li>`)}</ol>`;
}

/** @param {number} n */
const articles = (n) => `${formatNumber(n)} article${n === 1 ? "" : "s"}`;

/**
 * "What happened": one short section per story (articles reporting the same events), the largest
 * first, each headed by its main actors, with its most central sentences and their citations. A
 * folder holding one story gets its sentences without a story heading.
 * @param {BriefingData} b
 */
export function whatHappened(b) {
  if (!b.happened.length) return html`<p class="muted">No sentences could be extracted from the articles.</p>`;
  const stories = b.stories ?? [];
  if (stories.length <= 1 && !(b.moreStories ?? []).length) return sentences(b.happened);
  return html`<div class="stories">${stories.map(
    (s) => html`<section class="story" aria-labelledby=${`story-${s.rank}`}>
    <h3 id=${`story-${s.rank}`}>${s.actors.length ? joinList(s.actors.map(actorLink)) : s.heading} <span class="muted story-size">· ${articles(s.articleCount)}</span></h3>
    ${sentences(s.sentences)}</section>`,
  )}
    ${
      b.moreStories?.length
        ? html`<section class="story more-stories" aria-labelledby="more-stories"><h3 id="more-stories">More stories</h3>
      <ul>${b.moreStories.map((s) => html`<li>${s.heading} <span class="muted">· ${articles(s.articleCount)}:</span> ${joinList(s.articles.map((a) => html`<a href=${a.href}>${a.title}</a>`))}</li>`)}</ul>
      ${b.counts.stories > stories.length + b.moreStories.length ? html`<p class="muted">and ${b.counts.stories - stories.length - b.moreStories.length} more stories of one article each; every article is on the sources page.</p>` : ""}</section>`
        : ""
    }</div>`;
}

/** The key actors, one line each.
 * @param {BriefingData} b
 */
export function keyActors(b) {
  if (!b.actors.length) return html`<p class="muted">No actors were recognized.</p>`;
  return html`<ul class="key-actors">${b.actors.map(
    (a) => html`<li>${actorLink(a)}<span class="tag">${a.type}</span>
    ${a.roles.length ? html`<span class="muted"> — ${a.roles.slice(0, 2).join("; ")}</span>` : ""}
    <span class="muted"> · ${plural(a.articleCount, "article")}, ${plural(a.mentions, "mention")}</span></li>`,
  )}</ul>`;
}

/** @param {BriefingData["conflicts"][number]["reports"][number]} r */
function report(r) {
  return html`<div class="report"><span class="value">${r.shown}</span>
    “${r.text}” ${cite(r)}<br><span class="muted">${r.source ?? "Source not stated"}${r.date ? `, ${formatDate(r.date)}` : ""}</span></div>`;
}

/** Key figures: disagreements first, side by side, then the most-reported kinds of figure.
 * @param {BriefingData} b
 */
export function keyFigures(b) {
  const parts = [];
  for (const c of b.conflicts)
    parts.push(html`<div class="conflict"><strong>Sources disagree on ${c.subject}.</strong>
      <div class="conflict-reports">${c.reports.map(report)}</div>${c.reportCount > c.reports.length ? html`<p class="muted">${c.reports.length} of ${c.reportCount} reports, spanning their values.</p>` : ""}</div>`);
  if (b.figures.length)
    parts.push(
      html`<ul class="key-figures">${b.figures.map(
        (g) => html`<li><strong>${g.what}</strong>${g.about ? html` · ${actorLink(g.about)}` : ""}
      <span class="muted">(${plural(g.sources, "source")}${g.count > g.sources ? `, ${plural(g.count, "report")}` : ""})</span>: ${joinList(
        g.reports.map((r) => html`<span>${r.shown} ${cite(r)}</span>`),
        "and",
      )}</li>`,
      )}</ul>`,
    );
  return parts.length ? html`<div>${parts}</div>` : html`<p class="muted">No figures were reported.</p>`;
}

/** The numbered list of the articles cited above.
 * @param {BriefingData} b
 */
export function references(b) {
  return html`<ol class="references">${b.references.map(
    (r) => html`<li value=${r.n}><a href=${r.href}>${r.title}</a>
    <span class="muted">— ${r.source ?? "Source not stated"}, ${formatDate(r.date)}</span></li>`,
  )}</ol>`;
}

/** "Since the last build": new and removed articles, new actors, changed figures. Null when nothing changed. */
/** @param {import("../site/changes.js").BuildChanges | null} changes */
export function sinceLastBuild(changes) {
  if (!changes) return null;
  /** @type {Array<[string, ReadonlyArray<unknown>]>} */
  const lists = /** @type {Array<[string, ReadonlyArray<unknown>]>} */ ([
    ["New articles", changes.newArticles],
    ["Removed articles", changes.removedArticles],
    ["New actors", changes.newActors],
    ["Changed figures", changes.changedFigures],
  ]).filter(([, list]) => Array.isArray(list) && list.length);
  if (!lists.length) return null;
  /** @param {any} x an article, actor or figure of the changes, or a name */
  const label = (x) => (typeof x === "string" ? x : (x.title ?? x.name ?? x.text ?? x.subject ?? x.file ?? x.id ?? JSON.stringify(x)));
  /** @param {any} x */
  const link = (x) => (x && typeof x === "object" && x.href ? html`<a href=${x.href}>${label(x)}</a>` : label(x));
  return html`<section class="changes"><h2 id="since-last-build">Since the last build${changes.since ? ` (${formatDate(changes.since.slice(0, 10))})` : ""}</h2>
    ${lists.map(([title, list]) => html`<p><strong>${title}:</strong> ${joinList(list.slice(0, 20).map(link))}${list.length > 20 ? ` and ${list.length - 20} more` : ""}</p>`)}</section>`;
}

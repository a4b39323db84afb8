// `npm run eval -- FOLDER [--sources a,b] [--baseline] [--errors]`: precision, recall and F1 of
// actors, dates and figures on a re3d-format folder (documents.json + entities.json), scored by span
// overlap; beside compromise + chrono-node out of the box; with every false and missed span.
// `npm run eval -- --timeml FOLDER [--match REGEX] [--errors]`: dates on TimeML (.tml) files, each
// read against its creation time: relaxed and strict P/R/F1 for DATE+TIME, value and type accuracy.
// `npm run eval -- --html FOLDER`: saved web pages against their gold sidecars.
// `npm run eval -- --stories FOLDER [--errors]`: the stories table against each article's `story:` front matter.
// `npm run eval -- --coref FOLDER [--errors]`: actors across articles on MEANTIME-format chains (meantime.conll):
// mention recall, B-cubed precision, recall and F1 of the mentions' grouping into actors, within and across topics,
// then the same over name mentions of entities named in several texts (a second, labelled view).
// `npm run eval -- --quotes FOLDER [--errors]`: quotes on hand-labelled articles (NAME.json, src/evaluate/quotes.ts):
// P/R/F1 of quotes in marks (any kind, and by kind) and of reported speech, and the speakers of the matched ones.
import { parseArgs } from "node:util";
import { CorefInputError, corefReport } from "../src/evaluate/coref.js";
import { QuotesInputError, quotesReport } from "../src/evaluate/quotes.js";
import { StoriesInputError, storiesReport } from "../src/evaluate/stories.js";
import { EvalInputError, pagesReport, re3dReport, readTimeMLFolder, timemlReport } from "../src/evaluate/reports.js";

const USAGE = `usage: npm run eval -- FOLDER [--sources a,b] [--baseline] [--errors]   (a re3d-format folder, e.g. data/corpora/re3d-dev)
       npm run eval -- --timeml FOLDER [--match REGEX] [--errors]   (TimeML .tml files)
       npm run eval -- --html FOLDER                           (NAME.html beside NAME.gold.json)
       npm run eval -- --coref FOLDER [--errors]               (MEANTIME-format cross-document chains, meantime.conll)
       npm run eval -- --stories FOLDER [--errors]             (articles whose front matter names their story: "story: ID")
       npm run eval -- --quotes FOLDER [--errors]              (hand-labelled quotes, NAME.json: see src/evaluate/quotes.ts)`;

async function run(): Promise<string[]> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      timeml: { type: "boolean" },
      coref: { type: "boolean" },
      stories: { type: "boolean" },
      quotes: { type: "boolean" },
      html: { type: "boolean" },
      match: { type: "string" },
      errors: { type: "boolean" },
      sources: { type: "string" },
      baseline: { type: "boolean" },
    },
  });
  if (positionals.length !== 1) throw new EvalInputError("give one folder");
  const [folder] = positionals;
  if ([values.timeml, values.html, values.coref, values.stories, values.quotes].filter(Boolean).length > 1)
    throw new EvalInputError("--timeml, --html, --coref, --stories and --quotes are different corpora: give one");
  if (values.quotes) {
    if (values.match !== undefined || values.sources !== undefined || values.baseline)
      throw new EvalInputError("--quotes takes only --errors");
    return quotesReport(folder, { errors: values.errors });
  }
  if (values.stories) {
    if (values.match !== undefined || values.sources !== undefined || values.baseline)
      throw new EvalInputError("--stories takes only --errors");
    return storiesReport(folder, { errors: values.errors });
  }
  if (values.coref) {
    if (values.match !== undefined || values.sources !== undefined || values.baseline)
      throw new EvalInputError("--coref takes only --errors");
    return corefReport(folder, { errors: values.errors });
  }
  if (!values.timeml && values.match !== undefined) throw new EvalInputError("--match goes with --timeml");
  if ((values.timeml || values.html) && (values.sources !== undefined || values.baseline))
    throw new EvalInputError("--sources and --baseline go with a re3d-format folder");
  if (values.html && values.errors) throw new EvalInputError("--errors goes with a re3d-format folder or --timeml");
  if (values.html) return pagesReport(folder, (message) => process.stderr.write(`eval: ${message}\n`));
  if (!values.timeml) return re3dReport(folder, { sources: values.sources?.split(","), errors: values.errors, baseline: values.baseline });
  let pattern: RegExp | null = null;
  if (values.match !== undefined) {
    try {
      pattern = new RegExp(values.match);
    } catch {
      throw new EvalInputError(`--match ${values.match} is not a regular expression`);
    }
  }
  const label = `${folder}${pattern ? ` matching ${pattern.source}` : ""}`;
  return timemlReport(readTimeMLFolder(folder, pattern), { label, errors: values.errors });
}

try {
  for (const line of await run()) console.log(line);
} catch (error) {
  if (
    !(error instanceof EvalInputError) &&
    !(error instanceof CorefInputError) &&
    !(error instanceof StoriesInputError) &&
    !(error instanceof QuotesInputError) &&
    (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") !== true
  )
    throw error;
  process.stderr.write(`eval: ${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}

// `npm run validate` — checks every content file in seconds, without building the site.
// Prints one line per problem (file:line field: expected — got) and exits 1 if there is any.
// `--json` prints the problems as JSON for machines. On GitHub Actions it also prints each problem as
// an annotation, so a pull request shows it on the line of the file that has it.
import { readContentTree } from '../src/lib/content-files.ts';
import { formatProblem, validateContent, type Problem } from '../src/lib/validate.ts';

/** GitHub's workflow-command syntax: data escapes %, CR, LF; property values also `:` and `,`. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const annotation = (p: Problem) =>
  `::error file=${escapeProperty(p.file)},line=${p.line},title=${escapeProperty(p.field || 'content')}::${escapeData(p.message)}`;

const tree = readContentTree(process.cwd());
const { files } = tree;
const { entries, problems } = validateContent(files, tree);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ files: files.length, problems }, null, 2));
} else if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  if (process.env.GITHUB_ACTIONS === 'true') for (const p of problems) console.log(annotation(p));
  console.error(`\n${problems.length} problem${problems.length > 1 ? 's' : ''} in ${new Set(problems.map((p) => p.file)).size} file(s).`);
} else {
  const translations = files.filter((f) => f.lang).length;
  console.log(`All ${entries.length} content files are valid${translations ? `, and their ${translations} translation(s)` : ''}.`);
}
process.exitCode = problems.length ? 1 : 0;

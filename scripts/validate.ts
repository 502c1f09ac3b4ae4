// `npm run validate` — checks every content file in seconds, without building the site.
// Prints one line per problem (file:line field: expected — got) and exits 1 if there is any.
// `--json` prints the problems as JSON for CI annotations.
import { readContent } from '../src/lib/content-files.ts';
import { formatProblem, validateContent } from '../src/lib/validate.ts';

const files = readContent(process.cwd());
const { entries, problems } = validateContent(files);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ files: files.length, problems }, null, 2));
} else if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem${problems.length > 1 ? 's' : ''} in ${new Set(problems.map((p) => p.file)).size} file(s).`);
} else {
  console.log(`All ${entries.length} content files are valid.`);
}
process.exitCode = problems.length ? 1 : 0;

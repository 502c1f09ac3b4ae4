// The /data/ files, serialised once per build: the endpoints serve these strings and the /data/ page
// measures them, so the sizes it lists are exact. One dataset for every language: the Russian graph gives
// the Russian titles and summaries (title_ru, summary_ru). (The leading underscore keeps Astro from routing it.)
import { loadCatalogue } from '../../data/catalogue.ts';
import { dataFiles, type DataFile } from '../../lib/data-export.ts';
import { builtAt } from '../../data/build-date.ts';
import { keptOutput } from '../../data/kept-outputs.ts';
import { graphDigestOf } from '../../lib/page-key.ts';

let files: Promise<DataFile[]> | undefined;
export const loadDataFiles = () => (files ??= Promise.all([loadCatalogue(), loadCatalogue('ru')]).then(async ([{ graph, changelog }, russian]) => {
  const built = builtAt.toISOString();
  const site = import.meta.env.SITE;
  // Made from these alone, so kept while they are the same (src/data/kept-outputs.ts).
  const inputs = { graph: graphDigestOf(graph), russian: graphDigestOf(russian.graph), built, changelog, site };
  const kept = await keptOutput('data-files.json', ['src/pages/data/_files.ts'], inputs, () => JSON.stringify(dataFiles(graph, built, changelog, site, russian.graph)));
  return JSON.parse(kept) as DataFile[];
}));

export async function serve(name: string) {
  const file = (await loadDataFiles()).find((f) => f.name === name);
  if (!file) throw new Error(`no data file ${name}`);
  return new Response(file.body, { headers: { 'Content-Type': `${file.mediaType}; charset=utf-8` } });
}

// The /data/ files, serialised once per build: the endpoints serve these strings and the /data/ page
// measures them, so the sizes it lists are exact. One dataset for every language: the Russian graph gives
// the Russian titles and summaries (title_ru, summary_ru). (The leading underscore keeps Astro from routing it.)
import { loadCatalogue } from '../../data/catalogue.ts';
import { dataFiles, type DataFile } from '../../lib/data-export.ts';
import { builtAt } from '../../data/build-date.ts';

let files: Promise<DataFile[]> | undefined;
export const loadDataFiles = () => (files ??= Promise.all([loadCatalogue(), loadCatalogue('ru')])
  .then(([{ graph, changelog }, russian]) => dataFiles(graph, builtAt.toISOString(), changelog, import.meta.env.SITE, russian.graph)));

export async function serve(name: string) {
  const file = (await loadDataFiles()).find((f) => f.name === name);
  if (!file) throw new Error(`no data file ${name}`);
  return new Response(file.body, { headers: { 'Content-Type': `${file.mediaType}; charset=utf-8` } });
}

// The /data/ files, serialised once per build: the endpoints serve these strings and the /data/ page
// measures them, so the sizes it lists are exact. (The leading underscore keeps Astro from routing it.)
import { loadCatalogue } from '../../data/catalogue.ts';
import { dataFiles, type DataFile } from '../../lib/data-export.ts';
import { builtAt } from '../../data/build-date.ts';

let files: Promise<DataFile[]> | undefined;
export const loadDataFiles = () => (files ??= loadCatalogue().then(({ graph, changelog }) => dataFiles(graph, builtAt.toISOString(), changelog, import.meta.env.SITE)));

export async function serve(name: string) {
  const file = (await loadDataFiles()).find((f) => f.name === name);
  if (!file) throw new Error(`no data file ${name}`);
  return new Response(file.body, { headers: { 'Content-Type': `${file.mediaType}; charset=utf-8` } });
}

// The /data/ files, serialised once per build: the endpoints serve these strings and the /data/ page
// measures them, so the sizes it lists are exact (and the per-entry files' total beside them). One dataset for every language: the Russian graph gives
// the Russian titles and summaries (title_ru, summary_ru). (The leading underscore keeps Astro from routing it.)
import { loadCatalogue } from '../../data/catalogue.ts';
import { byteLength, dataFiles, entryJsonFiles, type DataFile, type ExportedEntry } from '../../lib/data-export.ts';
import { builtAt } from '../../data/build-date.ts';
import { keptOutput } from '../../data/kept-outputs.ts';
import { graphDigestOf } from '../../lib/page-key.ts';

/** The per-entry JSON files (/<collection>/<slug>.json) all told, for the /data/ page. */
export interface EntryFiles { count: number; bytes: number }

let kept: Promise<{ files: DataFile[]; entryFiles: EntryFiles }> | undefined;
const loadKept = () => (kept ??= Promise.all([loadCatalogue(), loadCatalogue('ru')]).then(async ([{ graph, changelog }, russian]) => {
  const built = builtAt.toISOString();
  const site = import.meta.env.SITE;
  // Made from these alone, so kept while they are the same (src/data/kept-outputs.ts).
  const inputs = { graph: graphDigestOf(graph), russian: graphDigestOf(russian.graph), built, changelog, site };
  const text = await keptOutput('data-files.json', ['src/pages/data/_files.ts'], inputs, () => {
    const files = dataFiles(graph, built, changelog, site, russian.graph);
    // The per-entry files as the build cuts them from entries.json after the pages (src/integrations/entry-json.ts).
    const perEntry = entryJsonFiles(JSON.parse(files.find((f) => f.name === 'entries.json')!.body) as ExportedEntry[]);
    const entryFiles: EntryFiles = { count: perEntry.length, bytes: perEntry.reduce((sum, f) => sum + byteLength(f.body), 0) };
    return JSON.stringify({ files, entryFiles });
  });
  return JSON.parse(text) as { files: DataFile[]; entryFiles: EntryFiles };
}));

export const loadDataFiles = async () => (await loadKept()).files;
export const loadEntryFiles = async () => (await loadKept()).entryFiles;

export async function serve(name: string) {
  const file = (await loadDataFiles()).find((f) => f.name === name);
  if (!file) throw new Error(`no data file ${name}`);
  return new Response(file.body, { headers: { 'Content-Type': `${file.mediaType}; charset=utf-8` } });
}

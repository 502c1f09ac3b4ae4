// The search records of one language (src/lib/search-record.ts), served as /search/records.json and
// /ru/search/records.json for the indexer to read once the pages are built. (The leading underscore keeps
// Astro from routing this file.)
import { loadCatalogue } from '../../data/catalogue.ts';
import { hrefOf } from '../../lib/entry-view.ts';
import { searchRecordOf, type SearchRecords } from '../../lib/search-record.ts';
import { DEFAULT_LANG, type Lang } from '../../i18n/langs.ts';
import { keptOutput } from '../../data/kept-outputs.ts';
import { graphDigestOf } from '../../lib/page-key.ts';

export async function searchRecordsResponse(lang: Lang) {
  const [{ graph }, { graph: facts }] = await Promise.all([loadCatalogue(lang), loadCatalogue(DEFAULT_LANG)]);
  // Made from the two graphs alone, so kept while they are the same (src/data/kept-outputs.ts).
  const body = await keptOutput(`search-records.${lang}.json`, ['src/pages/search/_records.ts'], { graph: graphDigestOf(graph), facts: graphDigestOf(facts) }, () => {
    const records: SearchRecords = {};
    for (const entry of graph.entries) records[hrefOf(entry)] = searchRecordOf(graph, facts, entry);
    return JSON.stringify(records);
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

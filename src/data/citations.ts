// The citations of the catalogue's entries, as pages and data files look them up: formatted once per build and
// language, in one batch the catalogue starts as it loads (citation-batch.ts, catalogue.ts).
import { loadCatalogue } from './catalogue.ts';
import { citationKeyOf, type Citations, type CitableEntry } from '../lib/citation.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/langs.ts';

/** Every entry's citations in a language, by citation key. */
export async function allCitations(lang: Lang = DEFAULT_LANG): Promise<Map<string, Citations>> {
  return (await loadCatalogue(lang)).citations;
}

/** The citations of one entry of the catalogue, in a language. */
export async function citationFor(entry: Pick<CitableEntry, 'collection' | 'id'>, lang: Lang = DEFAULT_LANG): Promise<Citations> {
  const found = (await allCitations(lang)).get(citationKeyOf(entry));
  if (!found) throw new Error(`no citation for ${entry.collection}/${entry.id}: it is not in the catalogue`);
  return found;
}

// Every entry's citation of one language as a BibTeX database and a CSL-JSON array: /data/citations.bib and
// /data/citations.csl.json, the Russian ones under /ru/data/. The citations are the ones the entry pages
// format (src/data/citation-batch.ts, once per build and language); the build splits these files into each
// entry's own (src/integrations/citation-files.ts). (The leading underscore keeps Astro from routing it.)
import { allCitations } from '../../data/citations.ts';
import { bibliographyOf, CITATION_FILES, type CitationFileExtension } from '../../lib/citation.ts';
import type { Lang } from '../../i18n/langs.ts';
import { loadCatalogue } from '../../data/catalogue.ts';
import { accessedDay } from '../../data/build-date.ts';
import { keptOutput } from '../../data/kept-outputs.ts';
import { graphDigestOf } from '../../lib/page-key.ts';

export async function bibliographyResponse(lang: Lang, extension: CitationFileExtension) {
  const { mediaType } = CITATION_FILES.find((f) => f.extension === extension)!;
  // The citations are formatted from the graph, the files' last changes, the build's day (their access date:
  // of the build's time they read the day alone) and the site's address (src/data/citation-batch.ts), so the
  // file is kept while they are the same (src/data/kept-outputs.ts), through every build of a day.
  const { graph, updated } = await loadCatalogue(lang);
  const inputs = { graph: graphDigestOf(graph), updated, accessed: accessedDay, site: import.meta.env.SITE };
  const body = await keptOutput(`citations.${lang}.${extension}`, ['src/pages/data/_citations.ts'], inputs, async () => bibliographyOf([...(await allCitations(lang)).values()])[extension]);
  return new Response(body, { headers: { 'Content-Type': `${mediaType}; charset=utf-8` } });
}

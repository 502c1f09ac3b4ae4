// Every entry's citation of one language as a BibTeX database and a CSL-JSON array: /data/citations.bib and
// /data/citations.csl.json, the Russian ones under /ru/data/. The citations are the ones the entry pages
// format (src/data/citation-batch.ts, once per build and language); the build splits these files into each
// entry's own (src/integrations/citation-files.ts). (The leading underscore keeps Astro from routing it.)
import { allCitations } from '../../data/citations.ts';
import { bibliographyOf, CITATION_FILES, type CitationFileExtension } from '../../lib/citation.ts';
import type { Lang } from '../../i18n/langs.ts';

export async function bibliographyResponse(lang: Lang, extension: CitationFileExtension) {
  const citations = [...(await allCitations(lang)).values()];
  const { mediaType } = CITATION_FILES.find((f) => f.extension === extension)!;
  return new Response(bibliographyOf(citations)[extension], { headers: { 'Content-Type': `${mediaType}; charset=utf-8` } });
}

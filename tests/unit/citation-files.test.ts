// The bibliographies (/data/citations.bib, /data/citations.csl.json) and their split into each entry's own
// citation files: every entry gets exactly its own record, named after its page, and a mismatch fails.
import { describe, expect, it } from 'vitest';
import { bibliographyOf, citationFileOf, citationFilesOf, citationsOfAll, type CslItem } from '../../src/lib/citation.ts';

const SITE = 'https://civic-atlas.example.org';
const ACCESSED = new Date('2025-03-04T10:00:00Z');
const entries = [
  { collection: 'projects', id: 'alpha', data: { title: 'Alpha {braces} and @ signs' } },
  { collection: 'people', id: 'beta', data: { title: 'Beta\n\n@misc{not-a-record,' } },
  { collection: 'projects', id: 'gamma', lang: 'ru', data: { title: 'Гамма' } },
];

describe('citationFileOf', () => {
  it('puts the file beside the page, as the entry JSON is', () => {
    expect(citationFileOf('/projects/alpha/', 'bib')).toBe('/projects/alpha.bib');
    expect(citationFileOf('/ru/projects/alpha/', 'csl.json')).toBe('/ru/projects/alpha.csl.json');
  });
});

describe('bibliographyOf and citationFilesOf', () => {
  for (const site of [SITE, undefined]) {
    it(`split the bibliography back into one record per entry, named by its page (site ${site ?? 'unset'})`, () => {
      const citations = citationsOfAll(entries.map((entry) => ({ entry, site, accessed: ACCESSED })) as never);
      const bibliography = bibliographyOf(citations);
      const csl: CslItem[] = JSON.parse(bibliography['csl.json']);
      expect(csl.map((c) => c.id)).toEqual(citations.map((c) => c.key));
      const files = new Map(citationFilesOf(csl, bibliography.bib).map((f) => [f.file, f.body]));
      const pages = ['/projects/alpha/', '/people/beta/', '/ru/projects/gamma/'];
      expect([...files.keys()].sort()).toEqual(pages.flatMap((p) => [citationFileOf(p, 'bib'), citationFileOf(p, 'csl.json')]).sort());
      citations.forEach((c, i) => {
        expect(files.get(citationFileOf(pages[i], 'bib'))).toBe(`${c.bibtex}\n`);
        expect(JSON.parse(files.get(citationFileOf(pages[i], 'csl.json'))!)).toEqual([c.csl]);
      });
    });
  }

  it('fail on a BibTeX record with no CSL item, and on a CSL item with no record', () => {
    const citations = citationsOfAll(entries.map((entry) => ({ entry, site: SITE, accessed: ACCESSED })) as never);
    const { bib } = bibliographyOf(citations);
    const csl = citations.map((c) => c.csl);
    expect(() => citationFilesOf(csl.slice(1), bib)).toThrow(/do not match \(civic-atlas-projects-alpha\)/);
    expect(() => citationFilesOf(csl, bibliographyOf(citations.slice(0, 2)).bib)).toThrow(/do not match \(civic-atlas-projects-gamma\)/);
  });
});

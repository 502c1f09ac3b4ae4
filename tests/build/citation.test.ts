// "Cite this entry": APA, Chicago, BibTeX and CSL-JSON for real entries, and the escaping BibTeX needs.
import fs from 'node:fs';
import path from 'node:path';
import { plugins } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { builtHtml, DIST, realGraph, ROOT } from '../helpers.ts';
import {
  apaOfAll, prototypePlan, bibtexOf, citeprocApa, citeprocGostEach, gostOfAll, citationKeyOf, citationsOf, citationsOfAll, citationsOfAllVia, cslJson, cslOf, escapeBibtex, permalinkOf,
  type CitableEntry,
} from '../../src/lib/citation.ts';
import { COLLECTIONS } from '../../src/schemas/vocabularies.ts';
import { citeprocEachInThread } from '../../src/data/citeproc-thread.ts';

const SITE = 'https://civic-atlas.example.org';
const ACCESSED = new Date('2025-03-04T10:00:00Z');
const UPDATED = '2024-11-02T23:30:00+01:00'; // 22:30 UTC: still 2 November where the site prints dates
const graph = realGraph();
const entry = graph.get({ collection: 'projects', id: 'strengthening-civil-society-cooperation-2018-2019' })!;
const title = String(entry.data.title);
const url = `${SITE}/projects/strengthening-civil-society-cooperation-2018-2019/`;
const dated = citationsOf({ entry, site: SITE, accessed: ACCESSED, updated: UPDATED });
const undated = citationsOf({ entry, site: SITE, accessed: ACCESSED });

/** Braces balance the way BibTeX counts them: every brace, escaped or not, never closing more than opened. */
function bracesBalanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '{') depth++;
    if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** The text of each `field = {value}` of one BibTeX record, read by brace depth. */
function bibtexFields(record: string): Record<string, string> {
  const body = /^@misc\{[^,]+,\n([\s\S]*)\n\}$/.exec(record)?.[1];
  if (!body) throw new Error(`not an @misc record: ${record}`);
  const fields: Record<string, string> = {};
  let i = 0;
  while (i < body.length) {
    const m = /^\s*(\w+) = \{/.exec(body.slice(i));
    if (!m) break;
    let depth = 1, j = i + m[0].length;
    for (; depth > 0; j++) depth += body[j] === '{' ? 1 : body[j] === '}' ? -1 : 0;
    fields[m[1]] = body.slice(i + m[0].length, j - 1);
    i = j + 1; // past the comma
  }
  return fields;
}

describe('the permalink and key', () => {
  it('are the site URL plus the entry path, whether or not the site ends in a slash', () => {
    expect(permalinkOf(entry, SITE)).toBe(url);
    expect(permalinkOf(entry, `${SITE}/`)).toBe(url);
    expect(permalinkOf(entry, new URL(SITE))).toBe(url);
    expect(dated.url).toBe(url);
    expect(citationKeyOf(entry)).toBe('civic-atlas-projects-strengthening-civil-society-cooperation-2018-2019');
  });
});

describe('APA 7', () => {
  it('names the title, Civic Atlas, the URL and the retrieval date', () => {
    for (const c of [dated, undated]) {
      expect(c.apa.text).toContain(title);
      expect(c.apa.text).toContain('Civic Atlas');
      expect(c.apa.text).toContain(`Retrieved March 4, 2025, from ${url}`);
    }
  });

  it('dates the entry by its last update, or says n.d.', () => {
    expect(dated.apa.text).toBe(`${title}. (2024, November 2). Civic Atlas. Retrieved March 4, 2025, from ${url}`);
    expect(undated.apa.text).toBe(`${title}. (n.d.). Civic Atlas. Retrieved March 4, 2025, from ${url}`);
  });

  it('sets the title in italics in HTML, escaping what needs it', () => {
    expect(dated.apa.html.startsWith(`<i>${title}</i>. (2024, November 2).`)).toBe(true);
    const odd = citationsOf({ entry: { ...entry, data: { ...entry.data, title: 'Rights & <wrongs>' } }, site: SITE, accessed: ACCESSED });
    expect(odd.apa.html).not.toMatch(/<wrongs>| & /);
    expect(odd.apa.text).toContain('Rights & <wrongs>');
  });
});

describe('Chicago', () => {
  it('is a notes-bibliography web-page entry: “Title.” Site. Last modified. Accessed. URL.', () => {
    expect(dated.chicago.text).toBe(`“${title}.” Civic Atlas. Last modified November 2, 2024. Accessed March 4, 2025. ${url}.`);
    expect(undated.chicago.text).toBe(`“${title}.” Civic Atlas. Accessed March 4, 2025. ${url}.`);
  });

  it('keeps a title’s own final punctuation and turns inner double quotes single', () => {
    const c = citationsOf({ entry: { ...entry, data: { ...entry.data, title: 'Who defends the “defenders”?' } }, site: SITE, accessed: ACCESSED });
    expect(c.chicago.text.startsWith('“Who defends the ‘defenders’?” Civic Atlas.')).toBe(true);
  });
});

describe('BibTeX', () => {
  it('is one balanced @misc record with title, howpublished, url, year, urldate and note', () => {
    expect(bracesBalanced(dated.bibtex)).toBe(true);
    expect(dated.bibtex.startsWith(`@misc{${citationKeyOf(entry)},\n`)).toBe(true);
    const f = bibtexFields(dated.bibtex);
    expect(Object.keys(f)).toEqual(['title', 'howpublished', 'url', 'year', 'urldate', 'note']);
    expect(f.title).toBe(`{${title}}`);
    expect(f.howpublished).toBe(`\\url{${url}}`);
    expect(f.url).toBe(url);
    expect(f.year).toBe('2024');
    expect(f.urldate).toBe('2025-03-04');
    expect(f.note).toBe('Civic Atlas, project entry; last updated 2 November 2024; accessed 4 March 2025');
    expect(bibtexFields(undated.bibtex).year).toBe('2025');
  });

  it('escapes & and % and every other special character, keeping braces balanced', () => {
    const data = { ...entry.data, title: 'Rights & Duties: 100% {open} #1 $5 under_score ~ ^ back\\slash' };
    const record = bibtexOf(cslOf({ entry: { ...entry, data }, site: SITE, accessed: ACCESSED }), { ...entry, data } as CitableEntry);
    expect(bracesBalanced(record)).toBe(true);
    const t = bibtexFields(record).title;
    expect(t).toContain('Rights \\& Duties');
    expect(t).toContain('100\\%');
    expect(t).not.toMatch(/(^|[^\\])[&%$#_]/);
    expect(t).toBe('{Rights \\& Duties: 100\\% \\textbraceleft{}open\\textbraceright{} \\#1 \\$5 under\\_score \\textasciitilde{} \\textasciicircum{} back\\textbackslash{}slash}');
    expect(escapeBibtex('}{')).toBe('\\textbraceright{}\\textbraceleft{}');
  });
});

describe('CSL-JSON', () => {
  it('has the keys a CSL processor needs, with the access date and the last update', () => {
    const item = dated.csl;
    for (const key of ['id', 'type', 'title', 'container-title', 'URL', 'accessed']) expect(item, key).toHaveProperty([key]);
    expect(['webpage', 'entry-encyclopedia']).toContain(item.type);
    expect(item['container-title']).toBe('Civic Atlas');
    expect(item.URL).toBe(url);
    expect(item.accessed).toEqual({ 'date-parts': [[2025, 3, 4]] });
    expect(item.issued).toEqual({ 'date-parts': [[2024, 11, 2]] });
    expect(undated.csl).not.toHaveProperty('issued');
  });

  it('serialises as a parseable CSL-JSON array', () => {
    expect(JSON.parse(cslJson(dated.csl))).toEqual([dated.csl]);
  });
});

describe('every real entry', () => {
  it('gets all four formats with its own permalink', () => {
    for (const e of graph.entries) {
      const c = citationsOf({ entry: e, site: SITE, accessed: ACCESSED });
      const link = `${SITE}/${e.collection}/${e.id}/`;
      expect(c.apa.text, e.id).toContain(link);
      expect(c.chicago.text, e.id).toContain(link);
      expect(bracesBalanced(c.bibtex), e.id).toBe(true);
      expect(c.csl.URL, e.id).toBe(link);
    }
  });
});

describe('formatting in one batch (as the build does)', () => {
  it('gives every entry exactly the text it gets when formatted alone', () => {
    const inputs = graph.entries.map((e) => ({ entry: e, site: SITE, accessed: ACCESSED, updated: e.id.length % 2 ? UPDATED : undefined }));
    const batch = citationsOfAll(inputs);
    expect(batch.map((c) => c.key)).toEqual(inputs.map((i) => citationKeyOf(i.entry)));
    inputs.forEach((input, i) => expect(batch[i], input.entry.id).toEqual(citationsOf(input)));
  });

  it('reads the same plain text off the HTML as citeproc writes as text', () => {
    const titles = ['Rights & <wrongs>', 'Who defends the “defenders”?', 'Tom\'s "quoted" café — 100% done', ...graph.entries.slice(0, 20).map((e) => e.data.title)];
    const items = titles.map((title, i) => cslOf({ entry: { ...entry, id: `t${i}`, data: { ...entry.data, title } }, site: SITE, accessed: ACCESSED, updated: UPDATED }));
    const fromHtml = apaOfAll(items);
    for (const item of items) {
      const text = String(plugins.output.format('bibliography', [item], { template: 'civic-atlas-apa', lang: 'en-US', format: 'text' })).trim();
      expect(fromHtml.get(item.id)!.text, item.title).toBe(text);
    }
  });

  it.each([['with', SITE], ['without', undefined]])('fills the prototype exactly as citeproc formats each entry itself (%s the site’s address)', (_, site) => {
    // Every real title, and generated titles over the characters the prototype path accepts; the URLs are
    // absolute with SITE_URL and site-relative without it.
    const words = ['Support', 'to', 'civil', 'society', 'OSCE', '2018–2019', 'Ombudsperson', 'Kyrgyzstan', 'Bosnia', 'and', 'Herzegovina',
      'Škola', 'Čelebići', 'Усиление', 'гражданского', 'Жамият', '(CSP)', 'phase', 'II', 'women, peace', 'security:', 'a review;', 'one/two', 'in—between', 'x-ray', 'iOS', 'no. 235', '(00039.196)', 'St. Petersburg', 'U.S.', 'e.g. training', '(no. 5)', 'v.2', "Women's", "OSCE's", "People's Republic"];
    const generated = Array.from({ length: 200 }, (_, i) => Array.from({ length: 1 + (i % 7) }, (_, j) => words[(i * 7 + j * 13) % words.length]).join(' '));
    const titles = [...graph.entries.map((e) => String(e.data.title)), ...generated];
    const items = titles.flatMap((title, i) => [UPDATED, undefined].map((updated, k) =>
      cslOf({ entry: { collection: 'projects', id: `t${i}-${k}`, data: { title } }, site, accessed: ACCESSED, updated })));
    const plan = prototypePlan(items);
    // Nearly every item is filled in from a prototype, whichever the URLs: only a few go through citeproc alone.
    expect(plan.toFormat.length, site).toBeLessThan(items.length / 10);
    const filled = apaOfAll(items);
    const direct = new Map(items.map((item) => [item.id, citeprocApa([item]).get(item.id)]));
    for (const item of items) expect(filled.get(item.id)!.html, item.title).toBe(direct.get(item.id));
  });

  it.each([['with', SITE], ['without', undefined]])('fills GOST prototypes exactly as citeproc formats each Russian entry itself (%s the site’s address)', (_, site) => {
    // The Russian titles of the translations, the English ones (an untranslated entry's Russian page), and generated ones.
    const dir = path.join(ROOT, 'content/ru');
    const russian = COLLECTIONS.flatMap((c) => (fs.existsSync(path.join(dir, c)) ? fs.readdirSync(path.join(dir, c)) : [])
      .map((f) => String(parseYaml(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(path.join(dir, c, f), 'utf8'))![1]).title)));
    expect(russian.length).toBeGreaterThan(100);
    const words = ['Усиление', 'гражданского', 'общества', 'ОБСЕ', '2018–2019', 'в', 'регионе', '(ПГС)', 'этап', 'II', 'мир и безопасность:', 'обзор;', 'Кыргызстан', 'Škola'];
    const generated = Array.from({ length: 60 }, (_, i) => Array.from({ length: 1 + (i % 6) }, (_, j) => words[(i * 5 + j * 11) % words.length]).join(' '));
    const titles = [...russian, ...graph.entries.map((e) => String(e.data.title)), ...generated];
    const items = titles.flatMap((title, i) => [UPDATED, undefined].map((updated, k) =>
      cslOf({ entry: { collection: 'projects', id: `g${i}-${k}`, lang: 'ru', data: { title } }, site, accessed: ACCESSED, updated })));
    expect(prototypePlan(items).toFormat.length).toBeLessThan(items.length / 10);
    const filled = gostOfAll(items);
    const direct = citeprocGostEach(items);
    for (const item of items) expect(filled.get(item.id)!.html, item.title).toBe(direct.get(item.id));
  });

  it('formats nothing for no entries', () => {
    expect(citationsOfAll([])).toEqual([]);
  });

  it('gives the same citations with citeproc on a thread of its own (as the build formats them)', async () => {
    // Half the entries dated (two shapes of prototype), plus titles that go through citeproc one by one.
    const odd = ['Rights & <wrongs>', 'Who defends the “defenders”?', 'Ends with a full stop.'].map((title, i) =>
      ({ ...entry, id: `odd-${i}`, data: { ...entry.data, title } }));
    const inputs = [...graph.entries, ...odd].map((e) => ({ entry: e, site: SITE, accessed: ACCESSED, updated: e.id.length % 2 ? UPDATED : undefined }));
    expect(await citationsOfAllVia(inputs, citeprocEachInThread)).toEqual(citationsOfAll(inputs));
  });

  it('asks citeproc for one prototype per shape and each special title, formatted alone', () => {
    const items = ['Plain one', 'Plain two', 'Has "quotes"'].flatMap((title, i) => [UPDATED, undefined].map((updated, k) =>
      cslOf({ entry: { collection: 'projects', id: `p${i}-${k}`, data: { title } }, site: SITE, accessed: ACCESSED, updated })));
    const plan = prototypePlan(items);
    expect(plan.toFormat.map((item) => item.title)).toEqual(['Zqxjv Prototype Title', 'Zqxjv Prototype Title', 'Has "quotes"', 'Has "quotes"']);
    expect(() => plan.finish(new Map())).toThrow(/citeproc returned nothing for prototype-0/);
  });
});

// Once the entry page renders <CiteThis>, its built output is checked too; until then these are skipped.
const sample = path.join(DIST, 'projects', entry.id, 'index.html');
const integrated = fs.existsSync(sample) && fs.readFileSync(sample, 'utf8').includes('id="cite-this"');
describe.skipIf(!integrated)('the built "Cite this entry" section', () => {
  it('on every entry page: the page’s canonical URL as permalink, APA and Chicago to copy, and its BibTeX and CSL-JSON files', () => {
    for (const e of graph.entries) {
      const html = builtHtml(`/${e.collection}/${e.id}/`);
      const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)![1];
      const section = html.slice(html.indexOf('id="cite-this"'), html.indexOf('</section>', html.indexOf('id="cite-this"')));
      // The canonical address is absolute when the build had SITE_URL; without it the section says so.
      if (canonical.startsWith('/')) expect(section, e.id).toContain(`Permanent link not configured. This copy of the atlas was built without its public address (SITE_URL), so links are given relative to the site. This entry is at <a href="${canonical}"`);
      else expect(section, e.id).toContain(`Permanent link: <a href="${canonical}"`);
      expect([...section.matchAll(/data-format="([^"]+)"/g)].map((m) => m[1]), e.id).toEqual(['APA', 'Chicago']);
      expect(section.match(/name="copy"/g)?.length, e.id).toBe(2);
      // The records are files beside the page (/projects/x/ → /projects/x.bib), not printed in it.
      expect(section, e.id).not.toContain('<pre');
      const files = [...section.matchAll(/<a href="([^"]+)" download>([^<]+)<\/a>/g)].map((m) => ({ href: m[1], format: m[2] }));
      expect(files, e.id).toEqual([
        { href: `/${e.collection}/${e.id}.bib`, format: 'BibTeX' },
        { href: `/${e.collection}/${e.id}.csl.json`, format: 'CSL-JSON' },
      ]);
      const bib = fs.readFileSync(path.join(DIST, files[0].href), 'utf8');
      expect(bib.startsWith(`@misc{${citationKeyOf(e)},`), e.id).toBe(true);
      expect(bracesBalanced(bib.trim()), e.id).toBe(true);
      expect(bibtexFields(bib.trim()).howpublished, e.id).toBe(`\\url{${canonical}}`);
      const csl = JSON.parse(fs.readFileSync(path.join(DIST, files[1].href), 'utf8'));
      expect(csl.length, e.id).toBe(1);
      expect(csl[0].URL, e.id).toBe(canonical);
      expect(csl[0].title, e.id).toBe(String(e.data.title));
    }
  });

  it('writes exactly one pair of citation files per entry and language, and the bibliographies hold them all', () => {
    const expected = graph.entries.flatMap((e) => ['', 'ru/'].flatMap((l) => [`${l}${e.collection}/${e.id}.bib`, `${l}${e.collection}/${e.id}.csl.json`])).sort();
    const found = ['', 'ru/'].flatMap((l) => COLLECTIONS.flatMap((c) =>
      fs.readdirSync(path.join(DIST, l, c)).filter((n) => n.endsWith('.bib') || n.endsWith('.csl.json')).map((n) => `${l}${c}/${n}`))).sort();
    expect(found).toEqual(expected);
    for (const l of ['', 'ru/']) {
      const all = JSON.parse(fs.readFileSync(path.join(DIST, l, 'data/citations.csl.json'), 'utf8'));
      expect(all.length).toBe(graph.entries.length);
      const bib = fs.readFileSync(path.join(DIST, l, 'data/citations.bib'), 'utf8');
      expect(bib.match(/^@misc\{/gm)?.length).toBe(graph.entries.length);
    }
  });
});

// Links in the prose: first mentions of other entries, on Markdown parsed as the site parses it.
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import type { Root } from 'mdast';
import { linkFirstMentions, nameIndexOf, namesMentioned, spellingsOf } from '../../src/lib/prose-links.ts';

const index = nameIndexOf([
  { name: 'OSCE', href: '/organizations/osce/' },
  { name: 'OSCE Academy in Bishkek', href: '/missions/academy/' },
  { name: 'Tajikistan', href: '/countries/tajikistan/' },
  { name: "Women's Resource Centres (Tajikistan)", href: '/organizations/wrc/' },
  { name: 'Gender', href: '/themes/gender/' }, { name: 'Gender', href: '/organizations/gender/' }, // shared: never linked
  { name: 'UN', href: '/organizations/un/' }, // too short and not 3+ capitals
]);
const parse = (md: string) => fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
/** The links in a tree, as "text → url", in document order. */
const links = (tree: Root) => {
  const out: string[] = [];
  const walk = (n: any) => { if (n.type === 'link') out.push(`${n.children.map((c: any) => c.value).join('')} → ${n.url}`); n.children?.forEach(walk); };
  walk(tree);
  return out;
};

describe('links in the prose', () => {
  it('links the first mention only, the longest name at each place', () => {
    const tree = linkFirstMentions(parse('The OSCE Academy in Bishkek is run by the OSCE. The OSCE again, and Tajikistan, and Tajikistan.'), index);
    expect(links(tree)).toEqual(['OSCE Academy in Bishkek → /missions/academy/', 'OSCE → /organizations/osce/', 'Tajikistan → /countries/tajikistan/']);
  });
  it('never links inside headings, links, code or images, nor the entry itself, nor a name two entries share', () => {
    const md = '## Tajikistan\n\nSee [the OSCE](/x/) and `Tajikistan` and ![Tajikistan](a.png). Gender matters. UN too.\n\nTajikistan last.';
    const tree = linkFirstMentions(parse(md), index, '/countries/tajikistan/');
    expect(links(tree)).toEqual(['the OSCE → /x/']);
    const other = linkFirstMentions(parse(md), index);
    expect(links(other)).toEqual(['the OSCE → /x/', 'Tajikistan → /countries/tajikistan/']);
    // The mention linked is the one in the last paragraph, not the heading's.
    expect((other.children[0] as any).children[0].type).toBe('text');
  });
  it('matches whole words only, in lists and tables too', () => {
    const tree = linkFirstMentions(parse('OSCEs and TajikistanX.\n\n- in Tajikistan\n\n| a |\n| - |\n| OSCE |'), index);
    expect(links(tree)).toEqual(['Tajikistan → /countries/tajikistan/', 'OSCE → /organizations/osce/']);
  });
  it('matches a name as prose writes it: either apostrophe, without a qualifier in brackets', () => {
    expect(spellingsOf("Women's Resource Centres (Tajikistan)")).toContain('Women’s Resource Centres');
    const tree = linkFirstMentions(parse('The Women’s Resource Centres help.'), index);
    expect(links(tree)).toEqual(['Women’s Resource Centres → /organizations/wrc/']);
  });
  it('does not link an entry the author linked by hand', () => {
    const tree = linkFirstMentions(parse('[Dushanbe office](/organizations/osce/) and the OSCE.'), index);
    expect(links(tree)).toEqual(['Dushanbe office → /organizations/osce/']);
  });
});

// namesMentioned decides when a body is rendered again (src/data/entry-loader.ts): it must name every entry
// the body's links could go to, or an edit elsewhere would leave a stale link in a page.
describe('the names a body mentions', () => {
  const mentioned = (md: string) => namesMentioned(md, index).map((n) => n.split('\u0001')[1]);
  const bodies = [
    'The OSCE Academy in Bishkek is run by the OSCE, in Tajikistan.',
    'Escaped: Women\\’s Resource Centres and Women\\\'s Resource Centres, Tajik\\istan.',
    'By reference: OSCE&#32;Academy&#x20;in Bishkek, &#84;ajikistan and T&#x61;jikistan.',
    '## Tajikistan\n\nOnly in a heading, `OSCE` in code, [OSCE](/x/) in a link.',
    'Nothing of the catalogue here; UN and Gender are never linked.',
  ];
  it('holds every target linkFirstMentions links in the body, escapes and character references included', () => {
    for (const md of bodies) {
      const linked = links(linkFirstMentions(parse(md), index)).map((l) => l.split(' → ')[1]).filter((href) => href !== '/x/');
      const names = mentioned(md);
      for (const href of linked) expect(names, md).toContain(href);
    }
    expect(links(linkFirstMentions(parse(bodies[2]), index))).toEqual(['OSCE Academy in Bishkek → /missions/academy/', 'Tajikistan → /countries/tajikistan/']);
  });
  it('holds names wherever they occur, even where nothing is linked (a heading may become prose in the next edit)', () => {
    expect(mentioned(bodies[3])).toEqual(expect.arrayContaining(['/countries/tajikistan/', '/organizations/osce/']));
  });
  it('finds the one name of thousands that share its first words, and each that the text spells in full', () => {
    const many = nameIndexOf(Array.from({ length: 3000 }, (_, i) => ({ name: `Training ${i % 30}: session ${i}`, href: `/subprojects/t-${i}/` })));
    // "Training 0: session 1500" holds "Training 0: session 150" too: a superset of what could be linked.
    const found = namesMentioned('After the Training 7: session 1507 came Training 15: session 15 and Training 0: session 1500.', many);
    expect(found.map((n) => n.split('\u0001')[1]).sort()).toEqual(['/subprojects/t-15/', '/subprojects/t-150/', '/subprojects/t-1500/', '/subprojects/t-1507/']);
    expect(namesMentioned('Training 7: session 1508 is not one of them (1508 is Training 8).', many)).toEqual([]);
  });
  it('finds exactly the names the text holds anywhere, over random names and texts sharing their words', () => {
    // An independent reading: every name of the index that occurs in the text, where its first word is also
    // one of the text's words (a name is looked for by its first word, as linkFirstMentions finds it). The
    // texts have no escapes or character references, so the source and its resolved reading are one text.
    let seed = 7;
    const random = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    const words = ['Training', 'Train', 'on', 'online', 'Women', 's', 'Media', 'OSCE', 'the', 'Centre', 'Centres'];
    const seps = [' ', ' ', "'", '’', '-', ': ', ', '];
    const phrase = (n: number) => Array.from({ length: n }, (_, i) => (i ? seps[random(seps.length)] : '') + words[random(words.length)]).join('');
    for (let round = 0; round < 300; round++) {
      const names = Array.from({ length: 60 }, (_, i) => ({ name: phrase(1 + random(4)), href: `/projects/p-${i}/` }));
      const index = nameIndexOf(names);
      const all = [...index.byFirstWord.values()].flatMap((g) => [...g.byName.values()]);
      const text = `${phrase(40)}. ${phrase(40)}`;
      const textWords = new Set(text.match(/[\p{L}\p{N}]+/gu));
      const expected = all.filter((n) => textWords.has(/^[\p{L}\p{N}]+/u.exec(n.name)![0]) && text.includes(n.name)).map((n) => `${n.name}\u0001${n.href}`).sort();
      expect(namesMentioned(text, index), text).toEqual(expected);
    }
    // A name that ends at its second word, inside a longer second word (a superset of what can be linked);
    // not a name whose first word is only part of a longer word.
    const ends = nameIndexOf([{ name: 'Training on', href: '/a/' }, { name: 'Media', href: '/b/' }]);
    expect(namesMentioned('Training online for Mediators', ends)).toEqual(['Training on\u0001/a/']);
  });
  it('holds nothing for a body that names no entry, and the same list however often a name recurs', () => {
    expect(mentioned('A body about something else entirely.')).toEqual([]);
    expect(mentioned('Tajikistan.')).toEqual(mentioned('Tajikistan, Tajikistan and Tajikistan.'));
  });
});

// Latin-script runs in a Russian body become <span lang="en">: which runs, and where they end.
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { latinRuns, markLatinRuns } from '../../src/lib/foreign-runs.ts';

const runsOf = (text: string) => latinRuns(text).map(({ start, end }) => text.slice(start, end));
const html = (md: string) => toHtml(toHast(markLatinRuns(fromMarkdown(md)))!);

describe('latinRuns', () => {
  it('takes whole names, without the punctuation or the bare numbers after them', () => {
    expect(runsOf('семинар «Защитники демократии» (Democracy Defenders Workshop).')).toEqual(['Democracy Defenders Workshop']);
    expect(runsOf('в Obiliq/Obilić 26 июня, затем POiA и OSCE.')).toEqual(['Obiliq/Obilić', 'POiA', 'OSCE']);
    expect(runsOf('«Women’s Resource Centers» и Fair Trials')).toEqual(['Women’s Resource Centers', 'Fair Trials']);
  });
  it('leaves Cyrillic text, single letters and numbers alone', () => {
    expect(runsOf('Проект 2018–2019 гг., пункт A, 6 465 человек')).toEqual([]);
  });
});

describe('markLatinRuns', () => {
  it('wraps each run in a span lang="en", and never touches code or link targets', () => {
    expect(html('См. [страницу Fair Trials](/organizations/fair-trials/) и `npm run build`.')).toBe(
      '<p>См. <a href="/organizations/fair-trials/">страницу <span lang="en">Fair Trials</span></a> и <code>npm run build</code>.</p>',
    );
  });
});

// Every built page is valid HTML by html-validate's recommended and document rules (tests/html-rules.ts).
// One page of each template would do for the markup, but every page is cheap (about 5 s) and catches an
// entry whose content produces something invalid.
import { describe, expect, it } from 'vitest';
import { htmlProblems } from '../html-rules.ts';
import { builtHtml, builtPages } from '../helpers.ts';

describe('html-validate', () => {
  it('finds no problem on any built page', async () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const p of pages) problems.push(...await htmlProblems(builtHtml(p), p));
    expect(problems.slice(0, 40)).toEqual([]);
  }, 120_000);
});

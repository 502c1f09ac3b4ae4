// The contribute guide and the entry editor's page are valid HTML, by html-validate's recommended and
// document rules: the vocabulary headings once had ids with spaces ("v-missions: kind"), 12 errors.
import { describe, expect, it } from 'vitest';
import { htmlProblems as problemsOf } from '../html-rules.ts';
import { builtHtml } from '../helpers.ts';

describe('html-validate on /contribute/', () => {
  it('catches the kind of id the vocabulary table had', async () => {
    const page = builtHtml('/contribute/').replace('id="v-mission-kinds"', 'id="v-missions: kind"');
    expect((await problemsOf(page, 'contribute')).some((p) => p.includes('valid-id'))).toBe(true);
  });

  it.each(['/contribute/', '/contribute/new/'])('%s has no problems', async (path) => {
    expect(await problemsOf(builtHtml(path), path)).toEqual([]);
  });

  it('/contribute/ ids are unique and free of spaces', () => {
    const ids = [...builtHtml('/contribute/').matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(ids.filter((id) => /\s/.test(id))).toEqual([]);
    expect(ids.length).toBe(new Set(ids).size);
    expect(ids).toContain('v-mission-kinds');
  });
});

describe('/contribute/ for subject experts', () => {
  it('starts with the browser editor; the command line comes second', () => {
    const main = builtHtml('/contribute/').split('<main')[1];
    const editor = main.indexOf('href="/contribute/new/"');
    expect(editor).toBeGreaterThan(-1);
    expect(main.indexOf('npm run')).toBeGreaterThan(editor);
    const headings = [...main.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings.findIndex((h) => /browser/i.test(h))).toBeLessThan(headings.findIndex((h) => /command line/i.test(h)));
  });
});

// What a contributor's pull request could get wrong, one defect at a time. Each case is the real content
// with one file changed or added, so it also proves that nothing else in the content is reported.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContentFile, readContent } from '../../src/lib/content-files.ts';
import { validateContent, type Problem } from '../../src/lib/validate.ts';
import type { CollectionName } from '../../src/schemas/vocabularies.ts';
import { ROOT } from '../helpers.ts';

const real = readContent(ROOT);

/** Problems when `file` (changed or new) sits among the real content. */
function problemsWith(file: string, text: string): Problem[] {
  const collection = file.split('/')[1] as CollectionName;
  const changed = parseContentFile(collection, file, text);
  return validateContent([...real.filter((f) => f.file !== file), changed]).problems;
}

/** A real file with one edit; the edit must apply, or the test would check nothing. */
function edit(file: string, from: string | RegExp, to: string): string {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${file}: "${from}" not found; update this test`);
  return changed;
}

/** The line (1-based) of the first line containing `needle`: where the defect was put. */
function lineWith(text: string, needle: string): number {
  const line = text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  if (!line) throw new Error(`"${needle}" not in the text`);
  return line;
}

const HDIM = 'content/projects/hdim.mdx';
const WPS = 'content/subprojects/csp-2018-reloading-wps-agenda.mdx';
const TAJIKISTAN = 'content/countries/tajikistan.mdx';
const DUSHANBE = 'content/missions/osce-programme-office-in-dushanbe.mdx';
const COUNSELLING = 'content/projects/tajikistan-womens-resource-centres-counselling.mdx';

/** The one problem a case expects, at the line of `needle` in the changed text. */
const only = (file: string, text: string, needle: string, field: string, message: string) =>
  expect(problemsWith(file, text)).toEqual([{ file, line: lineWith(text, needle), field, message }]);

it('the real content has no problems', () => {
  expect(validateContent(real).problems).toEqual([]);
  expect(real.length).toBeGreaterThan(100);
});

describe('frontmatter values', () => {
  it('a number written as text', () => {
    const text = edit(WPS, 'order: 2', 'order: second');
    only(WPS, text, 'order:', 'order', 'expected number — got "second"');
  });

  it('a number that must be positive', () => {
    const text = edit(WPS, 'order: 2', 'order: 0');
    only(WPS, text, 'order:', 'order', 'Too small: expected number to be >0 — got 0');
  });

  it('a figure given as formatted text', () => {
    const text = edit(COUNSELLING, 'value: 6465', 'value: "6,465"');
    only(COUNSELLING, text, 'value: "6,465"', 'figures[0].value', 'expected number — got "6,465"');
  });

  it('a list written as a single value', () => {
    const text = edit(HDIM, /aliases:\n\s+- "HDIM"/, 'aliases: HDIM');
    only(HDIM, text, 'aliases:', 'aliases', 'expected array — got "HDIM"');
  });

  it('a missing required field, reported at the top of the frontmatter', () => {
    const text = edit(HDIM, /^summary: .*\n/m, '');
    expect(problemsWith(HDIM, text)).toEqual([{ file: HDIM, line: 2, field: 'summary', message: 'required field is missing (expected string)' }]);
  });

  it('no sources', () => {
    const text = edit(TAJIKISTAN, /sources:\n(\s+- .*\n)+/, 'sources: []\n');
    only(TAJIKISTAN, text, 'sources:', 'sources', 'name at least one source');
  });

  it('a summary over 400 characters', () => {
    const long = `Tajikistan ${'is covered at length '.repeat(20)}here.`;
    const text = edit(TAJIKISTAN, /summary: >-\n(\s\s.*\n)+/, `summary: "${long}"\n`);
    only(TAJIKISTAN, text, 'summary:', 'summary', `keep the summary under 400 characters; put detail in the body — got ${JSON.stringify(long)}`);
  });

  it('a value outside the vocabulary', () => {
    const text = edit(HDIM, 'kind: conference', 'kind: summit');
    only(HDIM, text, 'kind:', 'kind', 'expected one of programme, project, event, conference, workshop, campaign, training, dialogue, education, research, technical-assistance — got "summit"');
  });

  it('a role outside the vocabulary', () => {
    const text = edit(WPS, 'role: coordinator', 'role: sponsor');
    only(WPS, text, 'role: sponsor', 'organizations[1].role', 'expected one of implementer, funder, partner, coordinator, host, organizer, co-organizer, participant, beneficiary, signatory — got "sponsor"');
  });

  it('a date in words', () => {
    const text = edit(HDIM, 'status: recurring', 'status: recurring\nstart: "September 2017"');
    only(HDIM, text, 'start:', 'start', 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD — got "September 2017"');
  });

  it('a month that does not exist', () => {
    const text = edit(HDIM, 'status: recurring', 'status: recurring\nstart: "2017-13"');
    only(HDIM, text, 'start:', 'start', 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD — got "2017-13"');
  });

  it('an end before the start', () => {
    const text = edit(HDIM, 'status: recurring', 'status: recurring\nstart: "2019-06"\nend: "2018"');
    only(HDIM, text, 'end:', 'end', 'the end date is before the start date — got "2018"');
  });

  it('a disagreement with only one version', () => {
    const text = edit(DUSHANBE, /\n\s+- value: "Programme Office in Dushanbe"\n\s+source: osce-information-and-capacity-building/, '');
    // The line is that of the list itself: its first (and only) item.
    only(DUSHANBE, text, '- value: "OSCE Project Office', 'disagreements[0].versions', 'a disagreement needs at least two versions');
  });

  it('a country code that is not ISO 3166-1', () => {
    const text = edit(TAJIKISTAN, 'code: TJ', 'code: TAJ');
    only(TAJIKISTAN, text, 'code:', 'code', 'expected an ISO 3166-1 alpha-2 code such as "TJ" (or "XK" for Kosovo) — got "TAJ"');
  });

  it('an OECD DAC CRS purpose code that is not five digits', () => {
    const file = 'content/themes/civil-society-development.mdx';
    const text = edit(file, /code: "\d{5}"/, 'code: "1515"');
    only(file, text, 'code: "1515"', 'dacSector.code', 'expected an OECD DAC CRS purpose code: five digits in double quotes, e.g. "15150" — got "1515"');
  });

  it('a source document that is not a seed file name', () => {
    const file = 'content/sources/csp-project-2018-2019-page.mdx';
    const text = edit(file, /document: .*/, 'document: https://www.civicsolidarity.org/page.pdf');
    only(file, text, 'document:', 'document', 'expected the file name of a seed document, e.g. "000_3cd77a42a77be631.txt" — got "https://www.civicsolidarity.org/page.pdf"');
  });

  it('an unknown field', () => {
    const text = edit(HDIM, 'status: recurring', 'status: recurring\nwebsite: https://www.osce.org/odihr/hdim');
    only(HDIM, text, 'website:', 'website', 'unknown field "website" — check the spelling against CONTRIBUTING.md');
  });
});

describe('references between entries', () => {
  it('a misspelt slug, with a suggestion', () => {
    const text = edit(WPS, 'organization: wilpf-germany', 'organization: wilpf-germny');
    only(WPS, text, 'wilpf-germny', 'organizations[1].organization', 'no entry "wilpf-germny" in organizations — did you mean "wilpf-germany"?');
  });

  it('a slug with nothing close', () => {
    const text = edit(WPS, '  - gender-equality', '  - space-exploration');
    only(WPS, text, 'space-exploration', 'themes[1]', 'no entry "space-exploration" in themes');
  });

  it('a name where a slug belongs', () => {
    const text = edit(DUSHANBE, 'hostCountry: tajikistan', 'hostCountry: Tajikistan');
    only(DUSHANBE, text, 'hostCountry:', 'hostCountry', 'expected a lowercase slug like "osce-mission-in-kosovo" — got "Tajikistan"');
  });

  it('a source nothing cites', () => {
    const file = 'content/sources/zz-new-report.mdx';
    const text = '---\ntitle: "A new report"\nsummary: "A report no entry uses yet."\nkind: report\nlanguage: en\ndocument: 099_0123456789abcdef.txt\n---\n';
    expect(problemsWith(file, text)).toEqual([{ file, line: 1, field: '', message: 'no entry cites this source — add it to the sources of the entries that use it, or delete the file' }]);
  });
});

describe('names', () => {
  it('a title another entry of the collection already has, reported on the later file by path', () => {
    const file = 'content/projects/zz-hdim-2017.mdx';
    const text = '---\ntitle: "Human Dimension Implementation Meeting"\nsummary: "The 2017 meeting."\nsources: [usosce-better-osce-for-civil-society]\nkind: conference\n---\n';
    expect(problemsWith(file, text)).toEqual([{
      file, line: 2, field: 'title',
      message: `"Human Dimension Implementation Meeting" is already the title of ${HDIM}; an entry's title must not be another projects entry's title or alias`,
    }]);
    // "Later by path", not "newer": a new file that sorts first moves the report onto the existing one.
    expect(problemsWith('content/projects/hdim-2017.mdx', text)).toEqual([{
      file: HDIM, line: 2, field: 'title',
      message: `"Human Dimension Implementation Meeting" is already the title of content/projects/hdim-2017.mdx; an entry's title must not be another projects entry's title or alias`,
    }]);
  });

  it("an alias that is another entry's title", () => {
    const file = 'content/themes/zz-bias-crime.mdx';
    const text = '---\ntitle: "Bias crime"\naliases: ["hate crime"]\nsummary: "Crime motivated by bias."\nsources: [osce-civil-society-development-overview]\n---\n';
    expect(problemsWith(file, text)).toEqual([{
      file, line: 3, field: 'aliases[0]',
      message: `"hate crime" is already the title of content/themes/hate-crime.mdx; an entry's title must not be another themes entry's title or alias`,
    }]);
  });
});

describe('files', () => {
  it('a file name of digits alone, which would clash with a page of the collection’s list', () => {
    const file = 'content/projects/2019.mdx';
    const text = edit(HDIM, 'title: "Human Dimension Implementation Meeting"', 'title: "The 2019 meeting"');
    expect(problemsWith(file, text)).toEqual([{
      file, line: 1, field: '',
      message: 'the file name "2019.mdx" is digits alone, but addresses like /projects/2/ are kept for the pages of the projects list — add a word that names the entry, e.g. "forum-2019.mdx"',
    }]);
  });

  it('no frontmatter', () => {
    const file = 'content/themes/zz-no-frontmatter.mdx';
    expect(problemsWith(file, 'title: Forgot the dashes\n\nSome text.\n')).toEqual([
      { file, line: 1, field: '', message: 'expected frontmatter at the top of the file: a line "---", the fields, and a line "---"' },
    ]);
  });

  it('a YAML syntax error', () => {
    const text = edit(HDIM, 'kind: conference', 'kind: conference: yearly');
    only(HDIM, text, 'kind:', '', 'YAML syntax: Nested mappings are not allowed in compact mappings');
  });
});

// Every kind of refused body is in tests/unit/mdx-safety.test.ts (each message) and hostile-content.test.ts; these
// few show that problems in a real file are reported at the line of that file.
describe('the body', () => {
  const body = (file: string, add: string) => `${fs.readFileSync(path.join(ROOT, file), 'utf8').trimEnd()}\n\n${add}\n`;
  const bodyProblem = (file: string, add: string, needle: string, ...messages: string[]) => {
    const text = body(file, add);
    expect(problemsWith(file, text)).toEqual(messages.map((message) => ({ file, line: lineWith(text, needle), field: 'body', message })));
  };

  it('an onclick handler', () => bodyProblem(HDIM, 'See <span onclick="steal()">the agenda</span>.', 'onclick',
    '<span> is not allowed: write Markdown instead; content may not use HTML tags or components',
    'event-handler attribute "onclick" is not allowed: it runs code'));
  it('a javascript: link', () => bodyProblem(HDIM, 'See [the agenda](javascript:alert(document.cookie)).', 'the agenda](', 'link: "javascript:" addresses are not allowed (links may use https:, http:, mailto:, a site path such as /projects/x/, or #a-heading) — got "javascript:alert(document.cookie)"'));
  it('an HTML link with a javascript: URL', () => bodyProblem(HDIM, '<a href="javascript:void(0)">the agenda</a>', '<a href',
    '<a> is not allowed: write Markdown instead; content may not use HTML tags or components',
    'attribute "href": "javascript:" addresses are not allowed (links may use https:, http:, mailto:, a site path such as /projects/x/, or #a-heading) — got "javascript:void(0)"'));
  it('an HTML comment, which is not valid MDX', () => bodyProblem(TAJIKISTAN, '<!-- check the dates -->', '<!--',
    'not valid MDX: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`)'));
});

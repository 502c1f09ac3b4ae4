// Entry bodies may be Markdown only: each way MDX could run or embed code is reported with its line.
import { describe, expect, it } from 'vitest';
import { checkMdxBody, needsFullCheck } from '../../src/lib/mdx-safety.ts';

const check = (body: string) => checkMdxBody(body).map((p) => `${p.line}: ${p.message}`);

describe('what bodies may contain', () => {
  it('Markdown, GFM tables, footnotes, ordinary links and MDX comments pass', () => {
    const body = [
      '## Heading', '', 'Some *emphasis*, **strong**, `code` and a [link](https://www.osce.org/) with a note.[^1]', '',
      '| Year | Participants |', '| --- | ---: |', '| 2018 | 40 |', '',
      '- a list', '- [ref link][osce]', '', '![a photo](/images/x.png "title")', '', 'An [anchor](#heading), [mail](mailto:a@example.org) and a [page](/projects/).', '', '> a short quote', '',
      '{/* an editorial comment runs nothing */}', '',
      '[osce]: https://www.osce.org/', '[^1]: The source says so.', 'Escaped \\{braces\\} and 3 < 4 are text.',
    ].join('\n');
    expect(checkMdxBody(body, 1, { images: new Set(['x.png']) })).toEqual([]);
  });
});

describe('what bodies may not contain', () => {
  it('import and export, each statement on its own line', () => {
    expect(check('Text.\n\nimport Chart from "../chart.astro"\nexport const x = 1\n\nexport default () => null')).toEqual([
      '3: "import" is not allowed: content files cannot load code',
      '4: "export" is not allowed: content files cannot define code',
      '6: "export" is not allowed: content files cannot define code',
    ]);
  });

  it('JavaScript expressions, in a paragraph or on their own', () => {
    expect(check('Hello {user.name}!\n\n{fetch("https://evil.example")}')).toEqual([
      '1: JavaScript expressions are not allowed — got {user.name}; to show a brace, write \\{',
      '3: JavaScript expressions are not allowed — got {fetch("https://evil.example")}; to show a brace, write \\{',
    ]);
  });

  it('a comment that hides code is still code', () => {
    expect(check('{/* note */ alert(1)}')).toEqual([
      '1: JavaScript expressions are not allowed — got {/* note */ alert(1)}; to show a brace, write \\{',
    ]);
  });

  it('<script>, <iframe> and <style>, saying why', () => {
    expect(check('<script>alert(1)</script>\n\n<iframe src="https://example.org" />\n\n<style>{"body{display:none}"}</style>')).toEqual([
      "1: <script> is not allowed: it would run code in readers' browsers",
      '3: <iframe> is not allowed: it would embed another site in the page',
      '5: <style> is not allowed: it would restyle the whole site',
      '5: JavaScript expressions are not allowed — got {"body{display:none}"}; to show a brace, write \\{',
    ]);
  });

  it('any other HTML tag, component or fragment', () => {
    expect(check('Some <b>bold</b> text.\n\n<Chart />\n\n<>fragment</>')).toEqual([
      '1: <b> is not allowed: write Markdown instead; content may not use HTML tags or components',
      '3: <Chart> is not allowed: write Markdown instead; content may not use HTML tags or components',
      '5: <> (a JSX fragment) is not allowed: write Markdown instead; content may not use HTML tags or components',
    ]);
  });

  it('attributes are checked even on an allowed component', () => {
    const body = '<Figure\n  onClick="steal()"\n  caption={x}\n  {...props}\n  href="JaVaScRiPt:alert(1)"\n  src="&#106;avascript:alert(1)"\n  alt="fine"\n/>';
    expect(checkMdxBody(body, 1, ['Figure']).map((p) => `${p.line}: ${p.message}`)).toEqual([
      '2: event-handler attribute "onClick" is not allowed: it runs code',
      '3: attribute "caption" is a JavaScript expression, which is not allowed: write a plain quoted value',
      '4: spread attribute {...props} is not allowed: attributes must be plain quoted values',
      '5: attribute "href": "javascript:" addresses are not allowed (links may use https:, http:, mailto:, a site path such as /projects/x/, or #a-heading) — got "JaVaScRiPt:alert(1)"',
      '6: attribute "src": "javascript:" addresses are not allowed (links may use https:, http:, mailto:, a site path such as /projects/x/, or #a-heading) — got "javascript:alert(1)"',
    ]);
  });

  it('a disallowed element with an event handler is reported for both', () => {
    expect(check('<span onclick="x()">hi</span>')).toEqual([
      '1: <span> is not allowed: write Markdown instead; content may not use HTML tags or components',
      '1: event-handler attribute "onclick" is not allowed: it runs code',
    ]);
  });

  it('javascript: URLs in Markdown links, images and link definitions', () => {
    expect(check('[click](javascript:alert(1))\n\n![img](JAVASCRIPT:alert(1))\n\n[x][d]\n\n[d]: javascript:void(0)')).toEqual([
      '1: link: "javascript:" addresses are not allowed (links may use https:, http:, mailto:, a site path such as /projects/x/, or #a-heading) — got "javascript:alert(1)"',
      '3: image: expected an image in public/images/ written as /images/<name>.png|jpg|jpeg|webp|avif|gif (lowercase name, no folders, no "?" or "#") — got "JAVASCRIPT:alert(1)"',
      '7: link definition: "javascript:" addresses are not allowed (links may use https:, http:, mailto:, a site path such as /projects/x/, or #a-heading) — got "javascript:void(0)"',
    ]);
  });

  it('a body that is not valid MDX, with the line where parsing stopped', () => {
    expect(check('Fine.\n\n<!-- an HTML comment -->')).toEqual([
      '3: not valid MDX: Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`)',
    ]);
    expect(check('One.\n\nTwo { unclosed')).toEqual([
      '3: not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
    ]);
  });

  it('lines are lines of the file: the body starts after the frontmatter', () => {
    expect(checkMdxBody('Text.\n\n<script />', 7)).toEqual([{ line: 9, message: "<script> is not allowed: it would run code in readers' browsers" }]);
  });
});

describe('the fast path for plain Markdown (no second parse)', () => {
  it('skips only bodies that cannot hold anything rejected', () => {
    expect(needsFullCheck('## Heading\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n- item with **strong** and _emphasis_ ~~struck~~')).toBe(false);
  });

  it.each([
    ['a tag', 'Text <b>x</b>'],
    ['an expression', 'Hello {x}'],
    ['a lone closing brace', 'Hello }'],
    ['an import at a line start', 'Text.\n\nimport X from "y"'],
    ['an indented export', '  export const x = 1'],
    ['a character reference that could spell a scheme', '[x](&#106;avascript:alert(1))'],
    ['a javascript: link', '[x](javascript:alert(1))'],
    ['a scheme split by a tab', '[x](java\tscript:alert(1))'],
    ['a scheme with a backslash escape', '[x](javascript\\:alert(1))'],
    ['a scheme in capitals', '[x](JavaScript:alert(1))'],
    ['any link, whose address must be checked', '[x](https://www.osce.org/)'],
    ['a link definition', '[x]: https://www.osce.org/'],
    ['an image', '![x](/images/a.png)'],
    ['emphasis marks enough to nest past the depth limit', '*a '.repeat(70)],
  ])('parses a body with %s', (_, body) => {
    expect(needsFullCheck(body)).toBe(true);
  });

  it('still reports a javascript: URL reached through the fast-path guard', () => {
    expect(checkMdxBody('[x](javascript\\:alert(1))').length).toBe(1);
  });
});

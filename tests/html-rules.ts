// html-validate's rules for every built page (tests/build/html-valid.test.ts, tests/build/contribute-html.test.ts,
// tests/e2e/entry-editor.test.ts on the editor's live form), relaxed only where a rule does not apply.
import { HtmlValidate } from 'html-validate';

export const HTML_RULES = {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Subresource integrity guards files served by another host; every stylesheet and script here is the
    // site's own, from the same origin (nothing is loaded from elsewhere).
    'require-sri': 'off',
    // An entry's page title is its own name (some official names run past 70 characters) and its section;
    // cutting it short would make two entries' titles alike.
    'long-title': 'off',
    // Chart bars carry their length as data (style="width: 42.00%"); nothing else may be styled inline.
    'no-inline-style': ['error', { allowedProperties: ['width'] }],
  },
};

const validator = new HtmlValidate(HTML_RULES as never);
/**
 * For a live page serialized by the browser (page.content()): the serializer writes every boolean
 * attribute as `hidden=""`, valid HTML that the two style rules (meant for hand-written source) flag.
 */
const serializedValidator = new HtmlValidate({
  ...HTML_RULES, rules: { ...HTML_RULES.rules, 'attribute-boolean-style': 'off', 'attribute-empty-style': 'off' },
} as never);

/** Every problem html-validate finds in a page, as `name:line:column rule: message`. */
export async function htmlProblems(html: string, name: string, { serialized = false } = {}): Promise<string[]> {
  const report = await (serialized ? serializedValidator : validator).validateString(html, name);
  return report.results.flatMap((r) => r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

// Words the JSON Schema export (/data/schema.json) puts on fields whose JSON type alone does not say
// what they are, and how to read them back. Kept apart from data-export.ts so the entry editor's
// browser script can read the schema without bundling the data exports.

export const DATE_NOTE = 'a date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD';

/** The description of a reference field to `collection`. */
export const referenceNote = (collection: string) => `an entry in ${collection}: its slug, or { id, url } once resolved`;

/** The collection a JSON Schema property refers to, read back from its description (see referenceNote). */
export const referenceTargetOf = (p: unknown): string | undefined =>
  /^an entry in (\w+):/.exec((p as { description?: string } | undefined)?.description ?? '')?.[1];

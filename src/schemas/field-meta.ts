// What a field is for and how it is edited, kept on the field's own zod schema with zod's `.meta()`. zod copies
// metadata into z.toJSONSchema's output, so the JSON Schema export (/data/schema.json) carries it as keywords of
// its own (`x-help`, `x-kind`, `x-refers-to`, …), and the entry editor, `npm run new` and the data package's
// table schemas read it back from there, by keyword: nothing is recovered from a field's description, and no
// table of help beside the schemas can fall out of step with them.

/** What the schemas say about a field beyond its type. */
export interface FieldMeta {
  /** What the field is for, in plain words: `npm run new`'s templates, the editor's hints, schema.json. */
  help?: string;
  /** The editor's wording where `help` speaks of the file's syntax (YAML lists, quotes, `true`) that its form hides. */
  editorHelp?: string;
  /** The editor's label where the key alone would not say what to write (`counted` → "What was counted"). */
  label?: string;
  /** A date at the precision the source gives (text, or a bare year), which the editor offers as a date. */
  kind?: 'date';
  /** A reference field: the collection whose slugs it takes. */
  refersTo?: string;
}

/** Each FieldMeta key's JSON Schema keyword: JSON Schema reads unknown keywords as annotations (a strict validator must be told of them). */
const KEYWORDS = {
  help: 'x-help',
  editorHelp: 'x-editor-help',
  label: 'x-label',
  kind: 'x-kind',
  refersTo: 'x-refers-to',
} as const satisfies Record<keyof FieldMeta, `x-${string}`>;

/** The keywords, for a validator that refuses unknown ones (Ajv's strict mode: `ajv.addVocabulary(FIELD_META_KEYWORDS)`). */
export const FIELD_META_KEYWORDS: string[] = Object.values(KEYWORDS);

type Keywords = { [K in keyof FieldMeta as (typeof KEYWORDS)[K]]?: FieldMeta[K] };

/** The metadata for `.meta()`: `z.string().meta(fieldMeta({ help: 'the city where it is based' }))`. */
export const fieldMeta = (meta: FieldMeta): Keywords =>
  Object.fromEntries(Object.entries(meta).map(([k, v]) => [KEYWORDS[k as keyof FieldMeta], v]));

/** A field's help alone, the common case: `.meta(help('when it began'))`. */
export const help = (text: string, more: Omit<FieldMeta, 'help'> = {}) => fieldMeta({ help: text, ...more });

/** The FieldMeta a JSON Schema node (a property of z.toJSONSchema's output) or a zod schema's metadata carries, read by keyword. */
export function fieldMetaOf(node: unknown): FieldMeta {
  const n = (node ?? {}) as Record<string, unknown>;
  const read = (k: keyof FieldMeta) => (typeof n[KEYWORDS[k]] === 'string' ? (n[KEYWORDS[k]] as string) : undefined);
  const meta: FieldMeta = { help: read('help'), editorHelp: read('editorHelp'), label: read('label'), refersTo: read('refersTo') };
  if (read('kind') === 'date') meta.kind = 'date';
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as FieldMeta;
}

/** The description schema.json gives a date field, for readers of the JSON Schema who do not know our keywords. */
export const DATE_NOTE = 'a date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD';

/** The description of a reference field to `collection`, likewise. */
export const referenceNote = (collection: string) => `an entry in ${collection}: its slug, or { id, url } once resolved`;

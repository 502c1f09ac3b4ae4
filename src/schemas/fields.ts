// Field types shared by several collections: partial dates, references, roles, figures, provenance.
import { z } from 'astro/zod';
import {
  IATI_ACTIVITY_STATUSES, IATI_ORGANISATION_ROLES, ORGANIZATION_ROLES, ORGANIZATION_ROLE_IATI, STATUSES, STATUS_IATI,
  keysOf, type CollectionName,
} from './vocabularies.ts';
import { DATE_NOTE, fieldMeta, help } from './field-meta.ts';
import { monthName } from '../i18n/format.ts';

/** A reference to an entry of collection C, as every schema's data holds it: `{ collection: 'projects', id: 'hdim' }`. */
export interface Reference<C extends CollectionName = CollectionName> { collection: C; id: string }

/**
 * Builds a reference field to another collection. The build passes Astro's `reference()`; scripts and
 * tests pass `plainReference`. Both yield `{ collection, id }`, so every caller sees one data shape, and
 * the type says which collection it points into (a subproject's `project` is a `Reference<'projects'>`).
 * What each accepts as input differs (a slug; the data files' `{ id, url }`), so the input is `unknown`.
 */
export type ReferenceFactory = <C extends CollectionName>(collection: C) => z.ZodType<Reference<C>, unknown>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const plainReference: ReferenceFactory = (collection) =>
  z
    .string({ error: `expected the slug of an entry in ${collection}` })
    .regex(SLUG, `expected a lowercase slug like "osce-mission-in-kosovo"`)
    .transform((id) => ({ collection, id }));

/** The written form of a partial date: YYYY, YYYY-MM or YYYY-MM-DD, months and days in range. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const DATE_FORM = 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD';

/** Why a written date is not a real one (month 13, 30 February), or undefined. Checked on the calendar, not by pattern alone. */
export function partialDateProblem(v: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return DATE_FORM;
  const [, year, month, day] = m;
  if (month && (+month < 1 || +month > 12)) return `${DATE_FORM}; there is no month ${month}`;
  if (day) {
    const days = new Date(Date.UTC(+year, +month, 0)).getUTCDate();
    if (+day < 1 || +day > days) return `not a day of the calendar: ${monthName(+month)} ${year} has ${days} days`;
  }
  return undefined;
}

/**
 * A date kept at the precision the source gives: "2018", "2018-06" or "2018-06-01". The content reader keeps
 * YAML dates as the strings written (so 2019-02-30 is refused, not turned into 2 March); Astro's build
 * parser makes unquoted ones Date objects and 2018 a number, which are normalised back to the written form.
 */
export const partialDate = z
  .preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: DATE_FORM })
    // The pattern (which schema.json publishes) checks the form; the calendar, that the day exists.
    .regex(PARTIAL_DATE, DATE_FORM)
    .superRefine((v, ctx) => {
      const problem = PARTIAL_DATE.test(v) ? partialDateProblem(v) : undefined;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  )
  .meta({ description: DATE_NOTE, ...fieldMeta({ kind: 'date' }) });

/**
 * Why a value was recorded that the sources imply but do not state. Every inference carries one, so a reader
 * (and the data) can tell what a source says from what was read into it.
 */
/** What the editor and `npm run new` say of every `inferred` field, whole-field or on an item. */
const INFERENCE_HELP = help('why this is recorded though no source states it: what in which source points to it, in a sentence (see "Inferences" in CONTRIBUTING.md)');
export const INFERENCE_NOTE = 'Marks a value the sources imply but do not state: the reason, in a sentence (what in which source points to it).';
export const inferenceReason = z
  .string({ error: 'expected the reason for the inference, in a sentence' })
  .trim()
  .min(20, 'say why it is inferred, in a sentence: what in the source points to it (at least 20 characters)')
  .describe(INFERENCE_NOTE)
  .meta(INFERENCE_HELP);

/**
 * Field-level inferences: `inferred: { kind: "…reason…" }` marks a whole field's value as inferred. The keys
 * are checked per collection (see inferredFieldsCheck in collections.ts); an item in a list (a role, a place,
 * a figure) carries its own `inferred: "…reason…"` instead.
 */
export const inferredFields = z
  .record(z.string(), inferenceReason)
  .default({})
  .describe('Fields whose value the sources imply but do not state, each with the reason: { <field>: "<reason>" }. An item in a list (a role, a place, a figure, an event) is marked with its own `inferred`.')
  .meta(INFERENCE_HELP);

/**
 * How our keys map onto a published codelist, in words for schema.json and datapackage.json:
 * `implementer = IATI OrganisationRole code 4 Implementing; …; no IATI OrganisationRole equivalent: partner, host`.
 */
export function alignmentNote(codelist: string, mapping: Record<string, number | null>, names: Record<number, string>): string {
  const keys = Object.keys(mapping);
  const mapped = keys.filter((k) => mapping[k] !== null).map((k) => `${k} = ${codelist} code ${mapping[k]} ${names[mapping[k]!]}`);
  const unmapped = keys.filter((k) => mapping[k] === null);
  return [...mapped, ...(unmapped.length ? [`no ${codelist} equivalent: ${unmapped.join(', ')}`] : [])].join('; ');
}

export const ROLE_NOTE = `Aligned with the IATI OrganisationRole codelist: ${alignmentNote('IATI OrganisationRole', ORGANIZATION_ROLE_IATI, IATI_ORGANISATION_ROLES)}.`;
export const STATUS_NOTE = `Aligned with the IATI ActivityStatus codelist: ${alignmentNote('IATI ActivityStatus', STATUS_IATI, IATI_ACTIVITY_STATUSES)}.`;

/** The role an organization or OSCE body played; described with its IATI code so schema.json says it. */
const roleKey = z.enum(keysOf(ORGANIZATION_ROLES)).describe(`The role it played. ${ROLE_NOTE}`).meta(help('what it did'));

/** Where a project stands. */
export const projectStatus = z.enum(keysOf(STATUSES)).describe(`Where the project stands. ${STATUS_NOTE}`).meta(help('where it stands now'));

export const DAC_CODE_MESSAGE = 'expected an OECD DAC CRS purpose code: five digits in double quotes, e.g. "15150"';

/**
 * The OECD DAC CRS purpose code (five digits) that fits a theme, with its name as the DAC list gives it:
 * `{ code: "15150", name: "Democratic participation and civil society" }`. IATI uses the same codes
 * (Sector vocabulary 1), so a theme's code can be carried into IATI-style data as it is.
 */
export const dacSector = z
  .strictObject({
    code: z.string().regex(/^\d{5}$/, DAC_CODE_MESSAGE)
      .describe('OECD DAC CRS purpose code: five digits, e.g. "15150"; IATI Sector vocabulary 1 (DAC 5 Digit Sector) uses the same codes')
      .meta(help('the five-digit purpose code, in double quotes, e.g. "15150"', { editorHelp: 'the five-digit purpose code, e.g. 15150', label: 'Code' })),
    name: z.string().min(1).describe('the purpose code’s name as the OECD DAC CRS list gives it, e.g. "Democratic participation and civil society"')
      .meta(help('the code\'s name as the DAC list gives it, e.g. "Democratic participation and civil society"', { label: 'Name of the code' })),
  })
  .describe('The OECD DAC CRS purpose code (sector) that clearly fits this theme, with its name; left out where none does.')
  .meta(help('the OECD DAC CRS purpose code that clearly fits this theme, if one does (see CONTRIBUTING.md)', {
    editorHelp: 'the OECD DAC purpose code that clearly fits this theme, if one does (the codes are listed on the contribute page)',
    label: 'OECD DAC sector',
  }));

/** What the organization or body did, in a few words, when the role alone does not say it. */
const roleNote = z.string().meta(help('a few words on what it did, when the role alone does not say')).optional();

export const organizationRole = (ref: ReferenceFactory) =>
  z.strictObject({
    organization: ref('organizations').meta(help('the organization')),
    role: roleKey,
    note: roleNote,
    inferred: inferenceReason.optional(),
  });

/** An OSCE structure (mission, institution, unit) that took part in another body's project. */
export const missionRole = (ref: ReferenceFactory) =>
  z.strictObject({
    mission: ref('missions').meta(help('the OSCE body')),
    role: roleKey,
    note: roleNote,
    inferred: inferenceReason.optional(),
  });

export const personRole = (ref: ReferenceFactory) =>
  z.strictObject({
    person: ref('people').meta(help('the person')),
    role: z.string().min(1).meta(help('what the person did, in a few words, e.g. "trainer"')),
    inferred: inferenceReason.optional(),
  });

/** A number the source gives, with what was counted; `approximate` keeps "about" honest. */
export const keyFigure = z.strictObject({
  value: z.number().meta(help('the number', { label: 'Number' })),
  unit: z.string().meta(help('the unit, if any, e.g. "EUR"')).optional(),
  counted: z.string().min(1).meta(help('what was counted, e.g. "participants"', { label: 'What was counted' })),
  year: partialDate.meta(help('when the figure applies')).optional(),
  approximate: z.boolean().default(false)
    .meta(help('true when the source says "about", "over" or similar', { editorHelp: 'tick this when the source says "about", "over" or similar' })),
  inferred: inferenceReason.optional(),
});

export const place = (ref: ReferenceFactory) =>
  z.strictObject({
    name: z.string().min(1).meta(help('the place, e.g. a city')),
    country: ref('countries').meta(help('the country it is in')),
    inferred: inferenceReason.optional(),
  });

/** Where sources disagree, every version is kept with the source that gives it. */
export const disagreement = (ref: ReferenceFactory) =>
  z.strictObject({
    about: z.string().min(1).meta(help('what the sources disagree about, e.g. "start date"', { label: 'What they disagree about' })),
    versions: z
      .array(z.strictObject({
        value: z.string().min(1).meta(help('what this source says', { label: 'What this source says' })),
        source: ref('sources').meta(help('the source that says it')),
      }))
      .min(2, 'a disagreement needs at least two versions')
      .meta(help('each version, with the source that gives it')),
    note: z.string().meta(help('a remark, e.g. which version is likelier and why')).optional(),
  });

/** Fields every entry has. */
export const baseFields = (ref: ReferenceFactory) => ({
  title: z.string().min(1).meta(help('the name readers see: the official English name where there is one')),
  aliases: z.array(z.string().min(1)).default([]).meta(help('other names and abbreviations readers might search for, e.g. ["HDIM"]', {
    editorHelp: 'other names and abbreviations readers might search for, e.g. HDIM: one in each box',
    label: 'Other names',
  })),
  summary: z.string().min(1).max(400, 'keep the summary under 400 characters; put detail in the body')
    .meta(help('one or two sentences, in your own words, saying what this is')),
  sources: z.array(ref('sources')).min(1, 'name at least one source').meta(help('the documents this entry is based on (see "Citing sources" in CONTRIBUTING.md)', {
    editorHelp: 'the documents this entry is based on; each must already be in the atlas as a source entry',
  })),
  disagreements: z.array(disagreement(ref)).default([]).meta(help('facts on which sources disagree: keep every version, each with its source')),
});

/**
 * A dated happening the sources give inside a piece of work (an agreement signed, a decree adopted, a law in
 * force, a strategy's period): kept as data so the timeline, the year hubs and search's year filter show it.
 */
export const datedEvent = z.strictObject({
  /** When it happened; `end` closes a period (a strategy for 2021–2025). */
  date: partialDate.meta(help('when it happened, at the precision the source gives')),
  end: partialDate.meta(help('for a period (a strategy for 2021–2025), its last date')).optional(),
  what: z.string().min(1).max(200, 'keep an event to one short sentence').describe('what happened, in one short sentence of our own')
    .meta(help('what happened, in one short sentence of your own')),
  inferred: inferenceReason.optional(),
});

/** A start that is after its end is a typo; compare at the shared precision. */
export const datesInOrder = (d: { start?: string; end?: string }) =>
  !d.start || !d.end || d.start.slice(0, d.end.length) <= d.end.slice(0, d.start.length);

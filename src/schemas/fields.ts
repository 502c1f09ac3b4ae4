// Field types shared by several collections: partial dates, references, roles, figures, provenance.
import { z } from 'astro/zod';
import { ORGANIZATION_ROLES, keysOf, type CollectionName } from './vocabularies.ts';

/**
 * Builds a reference field to another collection. The build passes Astro's `reference()`; scripts and
 * tests pass `plainReference`. Both yield `{ collection, id }`, so every caller sees one data shape.
 */
export type ReferenceFactory = (collection: CollectionName) => z.ZodType<{ collection: string; id: string }, any>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const plainReference: ReferenceFactory = (collection) =>
  z
    .string({ error: `expected the slug of an entry in ${collection}` })
    .regex(SLUG, `expected a lowercase slug like "osce-mission-in-kosovo"`)
    .transform((id) => ({ collection, id }));

/**
 * A date kept at the precision the source gives: "2018", "2018-06" or "2018-06-01".
 * YAML turns unquoted 2018 into a number and 2018-06-01 into a Date; both are accepted and normalised.
 */
export const partialDate = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD' })
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const organizationRole = (ref: ReferenceFactory) =>
  z.strictObject({
    organization: ref('organizations'),
    role: z.enum(keysOf(ORGANIZATION_ROLES)),
    /** What the organization did, in a few words, when the role alone does not say it. */
    note: z.string().optional(),
  });

/** An OSCE structure (mission, institution, unit) that took part in another body's project. */
export const missionRole = (ref: ReferenceFactory) =>
  z.strictObject({
    mission: ref('missions'),
    role: z.enum(keysOf(ORGANIZATION_ROLES)),
    note: z.string().optional(),
  });

export const personRole = (ref: ReferenceFactory) =>
  z.strictObject({
    person: ref('people'),
    role: z.string().min(1),
  });

/** A number the source gives, with what was counted; `approximate` keeps "about" honest. */
export const keyFigure = z.strictObject({
  value: z.number(),
  unit: z.string().optional(),
  counted: z.string().min(1),
  year: partialDate.optional(),
  approximate: z.boolean().default(false),
});

export const place = (ref: ReferenceFactory) =>
  z.strictObject({
    name: z.string().min(1),
    country: ref('countries'),
  });

/** Where sources disagree, every version is kept with the source that gives it. */
export const disagreement = (ref: ReferenceFactory) =>
  z.strictObject({
    about: z.string().min(1),
    versions: z
      .array(z.strictObject({ value: z.string().min(1), source: ref('sources') }))
      .min(2, 'a disagreement needs at least two versions'),
    note: z.string().optional(),
  });

/** Fields every entry has. */
export const baseFields = (ref: ReferenceFactory) => ({
  title: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  summary: z.string().min(1).max(400, 'keep the summary under 400 characters; put detail in the body'),
  sources: z.array(ref('sources')).min(1, 'name at least one source'),
  disagreements: z.array(disagreement(ref)).default([]),
});

/** A start that is after its end is a typo; compare at the shared precision. */
export const datesInOrder = (d: { start?: string; end?: string }) =>
  !d.start || !d.end || d.start.slice(0, d.end.length) <= d.end.slice(0, d.start.length);

// One zod schema per collection, built from a reference factory so that the Astro build
// (src/content.config.ts), the validate script and the tests share exactly these definitions.
import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';
import {
  baseFields, dacSector, datedEvent, datesInOrder, inferenceReason, inferredFields, keyFigure, missionRole, organizationRole, partialDate, personRole, place,
  projectStatus, type ReferenceFactory,
} from './fields.ts';
import {
  MISSION_KINDS, ORGANIZATION_KINDS, PROJECT_KINDS, SOURCE_KINDS, keysOf,
  type CollectionName,
} from './vocabularies.ts';

/** ISO 3166-1 alpha-2, plus XK, the code the OSCE and the EU use for Kosovo. */
export const isCountryCode = (code: string) => code === 'XK' || countries.isValid(code);

/** A BCP 47 language tag of the common shapes: "en", "ru", "sr-Latn", "en-GB". */
const BCP47 = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/;

/** Fields that record where an entry comes from, not a claim about the world: they cannot be inferred. */
const NOT_INFERABLE = new Set(['inferred', 'sources', 'disagreements', 'summary', 'aliases']);

const isSet = (v: unknown) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);

/**
 * `inferred:` may name only this collection's claim fields, and only ones the entry sets: an inference
 * about a value that is not there, or about a field that does not exist, is a mistake worth an error.
 */
function inferredFieldsCheck(shape: Record<string, unknown>) {
  const inferable = Object.keys(shape).filter((k) => !NOT_INFERABLE.has(k));
  return (d: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const field of Object.keys((d.inferred as Record<string, string> | undefined) ?? {})) {
      if (!inferable.includes(field)) {
        ctx.addIssue({ code: 'custom', path: ['inferred', field], message: `"${field}" is not a field that can be inferred here; expected one of: ${inferable.join(', ')}` });
      } else if (!isSet(d[field])) {
        ctx.addIssue({ code: 'custom', path: ['inferred', field], message: `marks "${field}" as inferred, but the entry gives no ${field}` });
      }
    }
  };
}

/** A dated event's end, when it has one, is not before its date. */
const eventsInOrder = (d: { events?: { date: string; end?: string }[] }, ctx: z.RefinementCtx) =>
  (d.events ?? []).forEach((e, i) => {
    if (!datesInOrder({ start: e.date, end: e.end })) ctx.addIssue({ code: 'custom', path: ['events', i, 'end'], message: 'the end date is before the event’s date' });
  });

export function makeSchemas(ref: ReferenceFactory) {
  const base = baseFields(ref);
  // Last in every entry's fields (and so in `npm run new` and the editor): which of the values above are inferred.
  const marks = { inferred: inferredFields };
  const themes = z.array(ref('themes')).default([]);
  const countryList = z.array(ref('countries')).default([]);
  const dateOrder = { message: 'the end date is before the start date', path: ['end'] };
  // Projects and subprojects describe work the same way: who did it, where, on what, and when
  // (in this field order, which `npm run new` and the entry editor follow).
  const work = {
    organizations: z.array(organizationRole(ref)).default([]),
    partnerMissions: z.array(missionRole(ref)).default([]),
    countries: countryList,
    places: z.array(place(ref)).default([]),
    themes,
    start: partialDate.optional(),
    end: partialDate.optional(),
    events: z.array(datedEvent).default([]),
  };
  const workPeople = {
    people: z.array(personRole(ref)).default([]),
    figures: z.array(keyFigure).default([]),
  };

  const missions = z.strictObject({
    ...base,
    kind: z.enum(keysOf(MISSION_KINDS)),
    hostCountry: ref('countries').optional(),
    city: z.string().optional(),
    parent: ref('missions').optional(),
    established: partialDate.optional(),
    themes,
    ...marks,
  });

  const projects = z
    .strictObject({
      ...base,
      kind: z.enum(keysOf(PROJECT_KINDS)),
      mission: ref('missions').optional(),
      partOf: ref('projects').optional(),
      ...work,
      status: projectStatus.optional(),
      ...workPeople,
      predecessor: ref('projects').optional(),
      successor: ref('projects').optional(),
      ...marks,
    })
    .refine(datesInOrder, dateOrder);

  const subprojects = z
    .strictObject({
      ...base,
      project: ref('projects'),
      order: z.number().int().positive(),
      ...work,
      ...workPeople,
      ...marks,
    })
    .refine(datesInOrder, dateOrder);

  const organizations = z.strictObject({
    ...base,
    kind: z.enum(keysOf(ORGANIZATION_KINDS)),
    countries: countryList,
    parent: ref('organizations').optional(),
    themes,
    figures: z.array(keyFigure).default([]),
    ...marks,
  });

  const people = z.strictObject({
    ...base,
    positions: z
      .array(
        z.strictObject({
          title: z.string().min(1),
          organization: ref('organizations').optional(),
          mission: ref('missions').optional(),
          date: partialDate.optional(),
          inferred: inferenceReason.optional(),
        }),
      )
      .default([]),
    countries: countryList,
    quotes: z
      .array(z.strictObject({ text: z.string().min(1), context: z.string().min(1), date: partialDate.optional() }))
      .default([]),
    themes,
    ...marks,
  });

  const countriesSchema = z.strictObject({
    ...base,
    code: z.string().refine(isCountryCode, 'expected an ISO 3166-1 alpha-2 code such as "TJ" (or "XK" for Kosovo)'),
    statusNote: z.string().optional(),
    ...marks,
  });

  const themesSchema = z.strictObject({ ...base, dacSector: dacSector.optional(), ...marks });

  const sources = z.strictObject({
    title: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    summary: z.string().min(1).max(400),
    kind: z.enum(keysOf(SOURCE_KINDS)),
    /** As the document itself names it; left out when it names none (the page then says so). */
    publisher: z.string().optional(),
    published: partialDate.optional(),
    language: z.string().regex(BCP47, 'expected the document’s language as a BCP 47 code, e.g. "en" or "ru"'),
    /** The document's public address, where one is known; never guessed. */
    url: z.string().regex(/^https?:\/\/[^\s/$.?#][^\s]*$/, 'expected the document’s public address, starting https:// (or http://)').optional(),
    /** For maintainers: the file in the project's seed documents this entry describes. Not shown to readers or in the data files. */
    document: z.string().regex(/^[\w.-]+\.txt$/, 'expected the file name of a seed document, e.g. "000_3cd77a42a77be631.txt"').optional(),
    ...marks,
  });

  const withInferences = <S extends z.ZodObject>(schema: S) => schema.superRefine(inferredFieldsCheck(schema.shape));
  return {
    missions: withInferences(missions),
    projects: withInferences(projects).superRefine(eventsInOrder),
    subprojects: withInferences(subprojects).superRefine(eventsInOrder),
    organizations: withInferences(organizations),
    people: withInferences(people),
    countries: withInferences(countriesSchema),
    themes: withInferences(themesSchema),
    sources: withInferences(sources),
  } satisfies Record<CollectionName, z.ZodType>;
}

export type Schemas = ReturnType<typeof makeSchemas>;
export type EntryData<C extends CollectionName> = z.output<Schemas[C]>;

// One zod schema per collection, built from a reference factory so that the Astro build
// (src/content.config.ts), the validate script and the tests share exactly these definitions.
import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';
import {
  baseFields, dacSector, datesInOrder, keyFigure, missionRole, organizationRole, partialDate, personRole, place,
  projectStatus, type ReferenceFactory,
} from './fields.ts';
import {
  MISSION_KINDS, ORGANIZATION_KINDS, PROJECT_KINDS, SOURCE_KINDS, keysOf,
  type CollectionName,
} from './vocabularies.ts';

/** ISO 3166-1 alpha-2, plus XK, the code the OSCE and the EU use for Kosovo. */
export const isCountryCode = (code: string) => code === 'XK' || countries.isValid(code);

export function makeSchemas(ref: ReferenceFactory) {
  const base = baseFields(ref);
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
    })
    .refine(datesInOrder, dateOrder);

  const subprojects = z
    .strictObject({
      ...base,
      project: ref('projects'),
      order: z.number().int().positive(),
      ...work,
      ...workPeople,
    })
    .refine(datesInOrder, dateOrder);

  const organizations = z.strictObject({
    ...base,
    kind: z.enum(keysOf(ORGANIZATION_KINDS)),
    countries: countryList,
    parent: ref('organizations').optional(),
    themes,
    figures: z.array(keyFigure).default([]),
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
        }),
      )
      .default([]),
    countries: countryList,
    quotes: z
      .array(z.strictObject({ text: z.string().min(1), context: z.string().min(1), date: partialDate.optional() }))
      .default([]),
    themes,
  });

  const countriesSchema = z.strictObject({
    ...base,
    code: z.string().refine(isCountryCode, 'expected an ISO 3166-1 alpha-2 code such as "TJ" (or "XK" for Kosovo)'),
    statusNote: z.string().optional(),
  });

  const themesSchema = z.strictObject({ ...base, dacSector: dacSector.optional() });

  const sources = z.strictObject({
    title: z.string().min(1),
    aliases: z.array(z.string()).default([]),
    summary: z.string().min(1).max(400),
    kind: z.enum(keysOf(SOURCE_KINDS)),
    publisher: z.string().optional(),
    published: partialDate.optional(),
    /** The file in the seed documents this entry describes. */
    document: z.string().regex(/^[\w.-]+\.txt$/, 'expected the file name of a seed document, e.g. "000_3cd77a42a77be631.txt"'),
  });

  return {
    missions, projects, subprojects, organizations, people,
    countries: countriesSchema, themes: themesSchema, sources,
  } satisfies Record<CollectionName, z.ZodType>;
}

export type Schemas = ReturnType<typeof makeSchemas>;
export type EntryData<C extends CollectionName> = z.output<Schemas[C]>;

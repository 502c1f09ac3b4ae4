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
import { fieldMeta, help } from './field-meta.ts';

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

export function makeSchemas(given: ReferenceFactory) {
  // Every reference field says which collection it takes, as metadata: the JSON Schema export carries it
  // (`x-refers-to`), and the content check finds the references in raw frontmatter by it.
  const ref: ReferenceFactory = (collection) => given(collection).meta(fieldMeta({ refersTo: collection }));
  const base = baseFields(ref);
  // Last in every entry's fields (and so in `npm run new` and the editor): which of the values above are inferred.
  const marks = { inferred: inferredFields };
  const themes = z.array(ref('themes')).default([]).meta(help('the subjects it deals with'));
  const countryList = z.array(ref('countries')).default([]).meta(help('the countries it concerns'));
  const kindOf = (kinds: Record<string, string>) => z.enum(keysOf(kinds)).meta(help('what sort of entry this is'));
  const start = partialDate.meta(help('when it began')).optional();
  const end = partialDate.meta(help('when it ended (leave out while it is ongoing)')).optional();
  const figures = z.array(keyFigure).default([]).meta(help('numbers the sources give, e.g. participants or budget', { label: 'Key figures' }));
  const dateOrder = { message: 'the end date is before the start date', path: ['end'] };
  // Projects and subprojects describe work the same way: who did it, where, on what, and when
  // (in this field order, which `npm run new` and the entry editor follow).
  const work = {
    organizations: z.array(organizationRole(ref)).default([]).meta(help('organizations that took part, each with its role')),
    partnerMissions: z.array(missionRole(ref)).default([])
      .meta(help('other OSCE missions, institutions or units that took part, each with its role')),
    countries: countryList,
    places: z.array(place(ref)).default([]).meta(help('where activities took place')),
    themes,
    start,
    end,
    events: z.array(datedEvent).default([])
      .meta(help('dated happenings the sources give inside this work (an agreement signed, a decree adopted), so the timeline and year pages show them')),
  };
  const workPeople = {
    people: z.array(personRole(ref)).default([]).meta(help('people who took part, each with what they did')),
    figures,
  };
  const parentOf = (c: 'missions' | 'organizations') => ref(c).meta(help('the larger body this one is part of')).optional();

  const missions = z.strictObject({
    ...base,
    kind: kindOf(MISSION_KINDS),
    hostCountry: ref('countries').meta(help('the country where it is based')).optional(),
    city: z.string().meta(help('the city where it is based')).optional(),
    parent: parentOf('missions'),
    established: partialDate.meta(help('when it was set up')).optional(),
    themes,
    ...marks,
  });

  const projects = z
    .strictObject({
      ...base,
      kind: kindOf(PROJECT_KINDS),
      mission: ref('missions').meta(help('the OSCE mission, institution or unit that runs it')).optional(),
      partOf: ref('projects').meta(help('the larger project or programme this one belongs to')).optional(),
      ...work,
      status: projectStatus.optional(),
      ...workPeople,
      predecessor: ref('projects').meta(help('the project this one follows on from')).optional(),
      successor: ref('projects').meta(help('the project that follows on from this one')).optional(),
      ...marks,
    })
    .refine(datesInOrder, dateOrder);

  const subprojects = z
    .strictObject({
      ...base,
      project: ref('projects').meta(help('the project this subproject is part of')),
      order: z.number().int().positive().meta(help("its place among the project's subprojects: 1, 2, 3 …")),
      ...work,
      ...workPeople,
      ...marks,
    })
    .refine(datesInOrder, dateOrder);

  const organizations = z.strictObject({
    ...base,
    kind: kindOf(ORGANIZATION_KINDS),
    countries: countryList,
    parent: parentOf('organizations'),
    themes,
    figures,
    ...marks,
  });

  const people = z.strictObject({
    ...base,
    positions: z
      .array(
        z.strictObject({
          title: z.string().min(1).meta(help('the post, e.g. "Head of Mission"')),
          organization: ref('organizations').meta(help('where they held it, if not an OSCE body')).optional(),
          mission: ref('missions').meta(help('where they held it, if an OSCE body')).optional(),
          date: partialDate.meta(help('when the source shows them in the post')).optional(),
          inferred: inferenceReason.optional(),
        }),
      )
      .default([])
      .meta(help('posts the person has held')),
    countries: countryList,
    quotes: z
      .array(z.strictObject({
        text: z.string().min(1).meta(help('the exact words (keep it short)')),
        context: z.string().min(1).meta(help('where and when they said it')),
        date: partialDate.meta(help('when they said it')).optional(),
      }))
      .default([])
      .meta(help('short things the person said, quoted exactly')),
    themes,
    ...marks,
  });

  const countriesSchema = z.strictObject({
    ...base,
    code: z.string().refine(isCountryCode, 'expected an ISO 3166-1 alpha-2 code such as "TJ" (or "XK" for Kosovo)')
      .meta(help('the ISO 3166-1 alpha-2 code, e.g. "TJ" ("XK" for Kosovo)', { label: 'Country code' })),
    statusNote: z.string().meta(help('a neutral note where the status is disputed or needs explaining')).optional(),
    ...marks,
  });

  const themesSchema = z.strictObject({ ...base, dacSector: dacSector.optional(), ...marks });

  const sources = z.strictObject({
    title: base.title,
    aliases: base.aliases,
    summary: base.summary,
    kind: kindOf(SOURCE_KINDS),
    /** As the document itself names it; left out when it names none (the page then says so). */
    publisher: z.string().meta(help('who published the document, as the document names it')).optional(),
    published: partialDate.meta(help('when it was published')).optional(),
    language: z.string().regex(BCP47, 'expected the document’s language as a BCP 47 code, e.g. "en" or "ru"')
      .meta(help('the language the document is written in, as a code: "en" for English, "ru" for Russian')),
    /** The document's public address, where one is known; never guessed. */
    url: z.string().regex(/^https?:\/\/[^\s/$.?#][^\s]*$/, 'expected the document’s public address, starting https:// (or http://)')
      .meta(help('the document’s public address, starting https://, only if you know it (never guess one)')).optional(),
    /** For maintainers: the file in the project's seed documents this entry describes. Not shown to readers or in the data files. */
    document: z.string().regex(/^[\w.-]+\.txt$/, 'expected the file name of a seed document, e.g. "000_3cd77a42a77be631.txt"').meta(help(
      'for maintainers: the file name of the seed document this entry describes, e.g. "000_3cd77a42a77be631.txt" (never shown to readers)',
      { editorHelp: 'for maintainers: the file name of the seed document this entry describes, e.g. 000_3cd77a42a77be631.txt (never shown to readers)' },
    )).optional(),
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

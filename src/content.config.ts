// The content collections: one folder of MDX files each, read by entryLoader (src/data/entry-loader.ts).
// Schemas live in src/schemas and are shared with the validate script and the tests, so there is one
// definition of every field.
import { defineCollection, reference } from 'astro:content';
import type { z } from 'astro/zod';
import { entryLoader } from './data/entry-loader.ts';
import { makeSchemas } from './schemas/collections.ts';
import { translationSchema } from './schemas/translation.ts';
import type { CollectionName } from './schemas/vocabularies.ts';

const schemas = makeSchemas(reference as never);

// The schema is passed as itself (not looked up by a generic name), so that Astro's types keep each collection's
// own schema and `CollectionEntry<'projects'>['data']` is a project's data (src/data/catalogue.ts checks it).
const collection = <S extends z.ZodType>(name: CollectionName, schema: S) =>
  defineCollection({ loader: entryLoader({ base: `content/${name}` }), schema });

export const collections = {
  missions: collection('missions', schemas.missions),
  projects: collection('projects', schemas.projects),
  subprojects: collection('subprojects', schemas.subprojects),
  organizations: collection('organizations', schemas.organizations),
  people: collection('people', schemas.people),
  countries: collection('countries', schemas.countries),
  themes: collection('themes', schemas.themes),
  sources: collection('sources', schemas.sources),
  // Translations: content/ru/<collection>/<id>.mdx, id "<collection>/<id>" (src/schemas/translation.ts).
  ru: defineCollection({ loader: entryLoader({ base: 'content/ru', lang: 'ru', nested: true }), schema: translationSchema }),
};

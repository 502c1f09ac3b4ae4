// The content collections: one folder of MDX files each, read by entryLoader (src/data/entry-loader.ts).
// Schemas live in src/schemas and are shared with the validate script and the tests, so there is one
// definition of every field.
import { defineCollection, reference } from 'astro:content';
import { entryLoader } from './data/entry-loader.ts';
import { makeSchemas } from './schemas/collections.ts';
import { translationSchema } from './schemas/translation.ts';
import type { CollectionName } from './schemas/vocabularies.ts';

const schemas = makeSchemas(reference as never);

const collection = <C extends CollectionName>(name: C) =>
  defineCollection({ loader: entryLoader({ base: `content/${name}` }), schema: schemas[name] });

export const collections = {
  missions: collection('missions'),
  projects: collection('projects'),
  subprojects: collection('subprojects'),
  organizations: collection('organizations'),
  people: collection('people'),
  countries: collection('countries'),
  themes: collection('themes'),
  sources: collection('sources'),
  // Translations: content/ru/<collection>/<id>.mdx, id "<collection>/<id>" (src/schemas/translation.ts).
  ru: defineCollection({ loader: entryLoader({ base: 'content/ru', lang: 'ru', nested: true }), schema: translationSchema }),
};

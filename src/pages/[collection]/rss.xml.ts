import type { APIContext } from 'astro';
import { feedResponse } from '../_feeds.ts';
import { DEFAULT_LANG } from '../../i18n/langs.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/vocabularies.ts';

export const getStaticPaths = () => COLLECTIONS.map((collection) => ({ params: { collection } }));

export const GET = (context: APIContext) => feedResponse(DEFAULT_LANG, context.params.collection as CollectionName, context.site);

import type { APIContext } from 'astro';
import { bibliographyResponse } from './_citations.ts';
export const GET = (context: APIContext) => bibliographyResponse(context, 'en', 'csl.json');

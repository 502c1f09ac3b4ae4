// The Russian citations (Russian titles, /ru/ addresses): the same code as /data/citations.csl.json.
import type { APIContext } from 'astro';
import { bibliographyResponse } from '../../data/_citations.ts';
export const GET = (context: APIContext) => bibliographyResponse(context, 'ru', 'csl.json');

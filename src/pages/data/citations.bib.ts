import { bibliographyResponse } from './_citations.ts';
export const GET = () => bibliographyResponse('en', 'bib');

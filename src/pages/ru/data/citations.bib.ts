// The Russian citations (Russian titles, /ru/ addresses): the same code as /data/citations.bib.
import { bibliographyResponse } from '../../data/_citations.ts';
export const GET = () => bibliographyResponse('ru', 'bib');

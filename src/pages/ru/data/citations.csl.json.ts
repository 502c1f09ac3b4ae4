// The Russian citations (Russian titles, /ru/ addresses): the same code as /data/citations.csl.json.
import { bibliographyResponse } from '../../data/_citations.ts';
export const GET = () => bibliographyResponse('ru', 'csl.json');

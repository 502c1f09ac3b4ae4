// The Russian search records: the same code as /search/records.json, with the Russian graph.
import { searchRecordsResponse } from '../../search/_records.ts';
export const GET = () => searchRecordsResponse('ru');

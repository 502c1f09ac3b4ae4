import { searchRecordsResponse } from './_records.ts';
export const GET = () => searchRecordsResponse('en');

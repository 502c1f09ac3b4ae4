import { serve } from './_files.ts';
export const GET = () => serve('changelog.json');

// /data/<collection>.csv, one per collection.
import type { APIRoute } from 'astro';
import { COLLECTIONS } from '../../schemas/vocabularies.ts';
import { serve } from './_files.ts';

export const getStaticPaths = () => COLLECTIONS.map((collection) => ({ params: { collection } }));
export const GET: APIRoute = ({ params }) => serve(`${params.collection}.csv`);

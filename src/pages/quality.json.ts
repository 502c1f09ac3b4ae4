// /quality.json: every list /quality/ reports, in full. The page shows the counts and the first entries
// of each list and links here, so it stays the same size however large the catalogue grows.
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../data/catalogue.ts';
import { qualityData, qualityReport } from '../lib/quality.ts';

export const GET: APIRoute = async () => {
  const { graph } = await loadCatalogue();
  return new Response(JSON.stringify(qualityData(qualityReport(graph))), { headers: { 'Content-Type': 'application/json' } });
};

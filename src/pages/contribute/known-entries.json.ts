// The existing entries the entry editor (/contribute/new/) offers as references and checks new names
// against: collection, id, title and aliases, sorted by title. A file of its own, fetched by the editor's
// script, so the editor page does not grow with the catalogue.
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../data/catalogue.ts';
import { knownEntries } from '../../lib/entry-form.ts';

export const GET: APIRoute = async () => {
  const { graph } = await loadCatalogue();
  return new Response(JSON.stringify(knownEntries(graph.entries)), { headers: { 'Content-Type': 'application/json' } });
};

// /<collection>/<slug>.json beside each entry page: the same record as in /data/entries.json.
// A production build writes these files from the built entries.json (src/integrations/entry-json.ts);
// this route serves them while authors run `astro dev`.
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../data/catalogue.ts';
import { entryJson } from '../../lib/data-export.ts';

export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  const { graph } = await loadCatalogue();
  return graph.entries.map((entry) => ({ params: { collection: entry.collection, slug: entry.id }, props: { entry } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(entryJson(props.entry), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

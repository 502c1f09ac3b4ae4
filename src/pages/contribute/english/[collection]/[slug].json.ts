// /contribute/english/<collection>/<slug>.json: an English entry's body (its main text, as written), which
// the entry record (/<collection>/<slug>.json) does not hold. The entry editor fetches both to start a
// translation in the browser, as `npm run translate` does from the files. One small file per entry, so
// neither /data/entries.json nor the entry pages grow.
import type { APIRoute } from 'astro';
import { loadCatalogue } from '../../../../data/catalogue.ts';

export async function getStaticPaths() {
  const { entries } = await loadCatalogue();
  return entries.map((e) => ({ params: { collection: e.collection, slug: e.id }, props: { id: `${e.collection}/${e.id}`, body: e.body ?? '' } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify({ id: props.id, lang: 'en', body: props.body })}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

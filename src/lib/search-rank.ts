// Re-ranking the search page applies to Pagefind's results where a score alone puts the wrong record first.
// Pure functions over what a result's data holds, so they are tested without a browser (and the search page's
// bundle takes nothing of the build's modules with them).

/**
 * Between the names in a result's metadata: its `places` (search-record.ts; a place's name may hold a comma)
 * and its "Also known as" line (the entry page's, [slug].astro).
 */
export const NAMES_JOIN = ' · ';

/** What the re-ranking reads of a result: its names, its parent's title and its places, in the page's language. */
export interface RankedMeta { title?: string; aliases?: string; parent?: string; places?: string }

/** How a query is compared with what a result holds, in the page's normal form of names. */
export interface PlaceQuery {
  /** True when `name`, one of a result's places, is the place the query names. */
  isPlace: (name: string) => boolean;
  /** True when `text` (a title, an alias) has the query among its words ("OSCE Academy in Bishkek"). */
  names: (text: string) => boolean;
  /**
   * Whether the place is what the query is about (its name is at least half of the query's words: "Almaty",
   * "held in Almaty"), so that what names it comes first; in a longer query ("news report on the Almaty
   * conference") it is one word among others, and only works move before their parts.
   */
  mostly: boolean;
}

/**
 * For a search by a place's name ("Almaty", «Киев»):
 * 1. when the place is what the query is about (`mostly`), the results that name the place (among their
 *    places, or in their title or other names) come before those that only match the query's words some
 *    other way: Pagefind takes a query word as the start of longer ones and, in Russian, stems it, so «Киев»
 *    also matches «Киргизия», an alias of Kyrgyzstan, which outscores the training held in Kyiv;
 * 2. then a work that took place there comes before its own parts that did too. A part usually
 *    names the place in its title ("Study visit … in Almaty") and so outscores the conference it belonged
 *    to, which names it only in its facts and text; the reader looking up a place wants the work first.
 * Nothing moves unless some result has the place among its places: for any other query, and for places no
 * entry records, the order is Pagefind's. Each group otherwise keeps its order.
 */
export function placeWorksFirst<T>(results: T[], metaOf: (r: T) => RankedMeta, query: PlaceQuery): T[] {
  const metas = results.map(metaOf);
  const hasPlace = metas.map((m) => split(m.places).some(query.isPlace));
  if (!hasPlace.includes(true)) return results;
  const namesPlace = metas.map((m, i) => hasPlace[i] || namesOf(m).some(query.names));
  const order = [...results.keys()];
  if (query.mostly) order.sort((a, b) => Number(namesPlace[b]) - Number(namesPlace[a]) || a - b);
  // Parts in their rank order: a parent moved before its first part is not moved by the later ones, and a
  // parent moved up is then looked at for its own parent.
  for (const part of [...order]) {
    const parentTitle = metas[part].parent;
    if (!hasPlace[part] || !parentTitle) continue;
    const parent = metas.findIndex((m, i) => i !== part && hasPlace[i] && m.title === parentTitle);
    if (parent === -1) continue;
    const partAt = order.indexOf(part);
    const parentAt = order.indexOf(parent);
    if (parentAt < partAt) continue;
    order.splice(parentAt, 1);
    order.splice(partAt, 0, parent);
  }
  return order.map((i) => results[i]);
}

/**
 * The place a query names, if any: the longest run of its words (in the form `form` gives names) that is one
 * of the results' places. "held in Almaty" names Almaty, as «в Алматы» does once its stopword is gone.
 */
export function placeInQuery(words: string[], metas: RankedMeta[], form: (text: string) => string): string | undefined {
  const places = new Set(metas.flatMap((m) => split(m.places)).map(form));
  let found: string | undefined;
  for (let start = 0; start < words.length; start++) {
    for (let end = words.length; end > start; end--) {
      const run = form(words.slice(start, end).join(' '));
      if (run && places.has(run) && run.length > (found?.length ?? 0)) found = run;
    }
  }
  return found;
}

const split = (names: string | undefined) => (names ?? '').split(NAMES_JOIN).filter((n) => n !== '');

/** A result's title and other names: its "Also known as: …" line without the lead-in, name by name. */
export const namesOf = (m: RankedMeta) => [m.title ?? '', ...split(m.aliases?.replace(/^[^:·]{1,40}:\s*/u, ''))];

// An English entry's data with a translation's words put in: the title, summary, aliases and status note,
// and the words inside lists (positions, events, figures, inference reasons), item for item. Facts are
// the English entry's own. Place names take their standard form in the language (src/i18n/place-names.ts).
import type { Lang } from '../i18n/langs.ts';
import { placeNameIn } from '../i18n/place-names.ts';
import { TRANSLATED_LISTS, TRANSLATED_NOTES, type TranslationData } from '../schemas/translation.ts';
import type { CollectionName } from '../schemas/vocabularies.ts';
import type { Entry } from './graph.ts';

type Item = Readonly<Record<string, unknown>>;
const isItem = (v: unknown): v is Item => typeof v === 'object' && v !== null;
/** The items of a list field, where `data[list]` is one (an entry of another collection has none). */
const itemsOf = (data: Item, list: string): Item[] | undefined => (Array.isArray(data[list]) ? data[list].filter(isItem) : undefined);

/**
 * The data in the language: the same fields with the same types (words replaced by words), so it is typed
 * as what it was given. It reads the fields generically, since every collection has some of them.
 */
export function localizedData<D extends object>(data: D, tr: TranslationData | undefined, lang: Lang): D {
  const d: Item = data as Item;
  const out: Record<string, unknown> = { ...d };
  if (tr) {
    out.title = tr.title;
    out.summary = tr.summary;
    // The English title stays findable: a reader may know the programme by its English name.
    out.aliases = [...new Set([...tr.aliases, d.title])];
    if (tr.statusNote) out.statusNote = tr.statusNote;
    for (const [list, word] of Object.entries(TRANSLATED_LISTS) as [keyof typeof TRANSLATED_LISTS, string][]) {
      const words = tr[list];
      const items = itemsOf(d, list);
      if (words && items) out[list] = items.map((item, i) => (words[i] ? { ...item, [word]: words[i] } : item));
    }
    // A note is replaced only where both have one; an item keeps `notesLang` so a page can tell.
    for (const [list, word] of Object.entries(TRANSLATED_NOTES) as [keyof typeof TRANSLATED_NOTES, string][]) {
      const notes = tr[list];
      const items = itemsOf(d, list);
      if (notes && items) out[list] = items.map((item, i) => (notes[i] && item[word] ? { ...item, [word]: notes[i], translatedNote: true } : item));
    }
    if (tr.inferred) out.inferred = { ...(isItem(d.inferred) ? d.inferred : {}), ...tr.inferred };
  }
  const places = itemsOf(d, 'places');
  if (places) out.places = places.map((p) => ({ ...p, name: placeNameIn(String(p.name), lang).text }));
  if (typeof d.city === 'string') out.city = placeNameIn(d.city, lang).text;
  return out as D;
}

/** A graph entry in the language: its data localized (localizedData), marked as of that language's graph. */
export const localizedEntry = <C extends CollectionName>(e: Entry<C>, tr: TranslationData | undefined, lang: Lang): Entry<C> =>
  ({ ...e, data: localizedData(e.data, tr, lang), lang });

// An English entry's data with a translation's words put in: the title, summary, aliases and status note,
// and the words inside lists (positions, events, figures, inference reasons), item for item. Facts are
// the English entry's own. Place names take their standard form in the language (src/i18n/place-names.ts).
import type { Lang } from '../i18n/langs.ts';
import { placeNameIn } from '../i18n/place-names.ts';
import { TRANSLATED_LISTS, TRANSLATED_NOTES, type TranslationData } from '../schemas/translation.ts';

export function localizedData(data: Record<string, any>, tr: TranslationData | undefined, lang: Lang): Record<string, any> {
  const out: Record<string, any> = { ...data };
  if (tr) {
    out.title = tr.title;
    out.summary = tr.summary;
    // The English title stays findable: a reader may know the programme by its English name.
    out.aliases = [...new Set([...tr.aliases, data.title])];
    if (tr.statusNote) out.statusNote = tr.statusNote;
    for (const [list, word] of Object.entries(TRANSLATED_LISTS) as [keyof typeof TRANSLATED_LISTS, string][]) {
      const words = tr[list];
      if (words && Array.isArray(data[list])) out[list] = data[list].map((item: any, i: number) => (words[i] ? { ...item, [word]: words[i] } : item));
    }
    // A note is replaced only where both have one; an item keeps `notesLang` so a page can tell.
    for (const [list, word] of Object.entries(TRANSLATED_NOTES) as [keyof typeof TRANSLATED_NOTES, string][]) {
      const notes = tr[list];
      if (notes && Array.isArray(data[list])) out[list] = data[list].map((item: any, i: number) => (notes[i] && item[word] ? { ...item, [word]: notes[i], translatedNote: true } : item));
    }
    if (tr.inferred) out.inferred = { ...data.inferred, ...tr.inferred };
  }
  if (Array.isArray(data.places)) out.places = data.places.map((p: any) => ({ ...p, name: placeNameIn(p.name, lang).text }));
  if (typeof data.city === 'string') out.city = placeNameIn(data.city, lang).text;
  return out;
}

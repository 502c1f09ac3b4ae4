// Standard Russian forms of the place names entries use (a work's `places[].name`, a mission's `city`),
// keyed by the English name as written in the entries. A name not listed shows as written, marked as
// English (lang="en"), and the translation-status page lists it.
import type { Lang } from './langs.ts';

export const PLACE_NAMES: Partial<Record<Lang, Record<string, string>>> = {
  ru: {
    Almaty: 'Алматы',
    Bishkek: 'Бишкек',
    Bratislava: 'Братислава',
    Dushanbe: 'Душанбе',
    Kyiv: 'Киев',
    Milano: 'Милан',
    'Obiliq/Obilić': 'Обилич',
    Pristina: 'Приштина',
    Prishtinë: 'Приштина',
    'Prishtinë/Priština': 'Приштина',
    Rome: 'Рим',
    Tashkent: 'Ташкент',
    Tbilisi: 'Тбилиси',
    Tirana: 'Тирана',
    Vienna: 'Вена',
    Warsaw: 'Варшава',
    Washington: 'Вашингтон',
    Yerevan: 'Ереван',
  },
};

/** A place's name in a language, and whether it is translated. */
export function placeNameIn(name: string, lang: Lang): { text: string; translated: boolean } {
  if (lang === 'en') return { text: name, translated: true };
  const ru = PLACE_NAMES[lang]?.[name];
  return ru ? { text: ru, translated: true } : { text: name, translated: false };
}

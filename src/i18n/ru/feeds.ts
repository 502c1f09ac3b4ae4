// Русские строки: feeds. Ключи — те же, что в ../en/feeds.ts.
import type { Dictionary } from '../index.ts';

export const feeds: Dictionary['feeds'] = {
  allTitle: 'Гражданский атлас',
  allDescription: 'Записи Гражданского атласа — справочника о работе ОБСЕ с гражданским обществом.',
  collectionTitle: (collection: string) => `Гражданский атлас: ${collection.toLowerCase()}`,
  siteUrlMissing: 'Эта копия атласа собрана без публичного адреса (SITE_URL), поэтому ссылки даны относительно сайта.',
};

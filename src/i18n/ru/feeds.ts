// Русские строки: feeds. Ключи — те же, что в ../en/feeds.ts.
import type { Dictionary } from '../index.ts';

export const feeds: Dictionary['feeds'] = {
};

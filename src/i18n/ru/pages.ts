// Русские строки: pages. Ключи — те же, что в ../en/pages.ts.
import type { Dictionary } from '../index.ts';

export const pages: Dictionary['pages'] = {
};

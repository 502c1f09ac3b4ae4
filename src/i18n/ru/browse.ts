// Русские строки: browse. Ключи — те же, что в ../en/browse.ts.
import type { Dictionary } from '../index.ts';

export const browse: Dictionary['browse'] = {
};

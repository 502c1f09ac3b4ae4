// Русские строки: search. Ключи — те же, что в ../en/search.ts.
import type { Dictionary } from '../index.ts';

export const search: Dictionary['search'] = {
};

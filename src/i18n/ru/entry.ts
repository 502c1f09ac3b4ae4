// Русские строки: entry. Ключи — те же, что в ../en/entry.ts.
import type { Dictionary } from '../index.ts';

export const entry: Dictionary['entry'] = {
};

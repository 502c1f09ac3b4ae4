// Reader-facing names for collections and vocabulary keys, in English: the English dictionary's own
// (src/i18n/en/site.ts), for the code that writes English only (data files' descriptions, the command-line
// form). Pages take theirs from t(lang). Imported from the section file, not the dictionary index, so the
// entry editor's bundle does not carry every language's words.
import { collections, vocab } from '../i18n/en/site.ts';

export const COLLECTION_LABELS = collections;
export const KIND_LABELS: Record<string, string> = vocab.kinds;
export const ROLE_LABELS: Record<string, string> = vocab.roles;
export const STATUS_LABELS: Record<string, string> = vocab.statuses;

/** The timeline of one country or theme: every dated entry linked to it. */
export const timelineUrl = (collection: string, id: string) => `/timeline/${collection}/${id}/`;

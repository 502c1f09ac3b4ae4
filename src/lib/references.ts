// References between entries have one shape everywhere: { collection, id } (Astro's reference()
// and the scripts' plainReference both produce it). These helpers find them in parsed frontmatter.
import { COLLECTIONS } from '../schemas/vocabularies.ts';
import type { Reference } from '../schemas/fields.ts';

export type { Reference };
export const isReference = (v: unknown): v is Reference =>
  typeof v === 'object' && v !== null && Object.keys(v).length === 2 &&
  'id' in v && 'collection' in v && COLLECTIONS.includes((v as Reference).collection);

/** Every `{ collection, id }` in parsed data, with the path where it sits. */
export function findReferences(data: unknown, at: PropertyKey[] = []): { path: PropertyKey[]; ref: Reference }[] {
  if (isReference(data)) return [{ path: at, ref: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => findReferences(v, [...at, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => findReferences(v, [...at, k]));
  return [];
}


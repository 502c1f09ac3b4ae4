// A translation of an entry: content/<lang>/<collection>/<id>.mdx holds only what is language-bound — the
// title, summary, aliases and body, the words inside lists (a position's title, an event's description,
// what a figure counts, an inference's reason) and the notes beside a list's items (what an organization
// did, a person's role). Every fact (dates, roles, references,
// figures' values, places) is read from the English entry, the single source of truth.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'astro/zod';

const words = z.string().trim().min(1);

export const TRANSLATION_FIELDS = [
  'title', 'summary', 'aliases', 'statusNote', 'positions', 'events', 'figures', 'organizations', 'partnerMissions', 'people', 'inferred', 'englishVersion',
] as const;

/** A note in a list of notes: "" where the English item has none. */
const note = z.string().trim();

export const translationSchema = z.strictObject({
  title: words,
  summary: words.max(400),
  aliases: z.array(words).default([]).describe('Names and abbreviations readers of this language search for.'),
  statusNote: words.optional().describe('The country’s status note, translated (only where the English entry has one).'),
  positions: z.array(words).optional().describe('Each position’s title, in the English entry’s order.'),
  events: z.array(words).optional().describe('What each dated event was, in the English entry’s order.'),
  figures: z.array(words).optional().describe('What each key figure counts, in the English entry’s order.'),
  organizations: z.array(note).optional().describe('Each organization’s note ("" where the English item has none), in the English entry’s order.'),
  partnerMissions: z.array(note).optional().describe('Each partner mission’s note ("" where the English item has none), in the English entry’s order.'),
  people: z.array(note).optional().describe('Each person’s role in the work ("" where the English item has none), in the English entry’s order.'),
  inferred: z.record(z.string(), words.min(20)).optional().describe('The reasons of the English entry’s `inferred` marks, translated, under the same field names.'),
  englishVersion: z
    .string({ error: 'expected the fingerprint of the English text this translates: run `npm run translate -- <collection>/<id>`' })
    .regex(/^[0-9a-f]{8}$/, 'expected the 8-character fingerprint `npm run translate` writes')
    .describe('Which version of the English text this translates (written by `npm run translate`); when the English changes, the page says the translation is behind.'),
});

export type TranslationData = z.output<typeof translationSchema>;

/** The language-bound parts of an English entry, as parsed (Astro's data or the validate script's). */
export interface EnglishText {
  title?: unknown; summary?: unknown; aliases?: unknown; statusNote?: unknown; inferred?: unknown;
  positions?: { title?: unknown; [k: string]: unknown }[]; events?: { what?: unknown; [k: string]: unknown }[]; figures?: { counted?: unknown; [k: string]: unknown }[];
  organizations?: { note?: unknown; [k: string]: unknown }[]; partnerMissions?: { note?: unknown; [k: string]: unknown }[]; people?: { role?: unknown; [k: string]: unknown }[];
}

/** Lists whose items may carry a note to translate, and the field holding it; an item without one gives "". */
export const TRANSLATED_NOTES = { organizations: 'note', partnerMissions: 'note', people: 'role' } as const;

/** The notes of an English entry's lists that have any: { organizations: ["…", ""] }. */
export function notesOf(data: EnglishText): Partial<Record<keyof typeof TRANSLATED_NOTES, string[]>> {
  const out: Partial<Record<keyof typeof TRANSLATED_NOTES, string[]>> = {};
  for (const [list, word] of Object.entries(TRANSLATED_NOTES) as [keyof typeof TRANSLATED_NOTES, string][]) {
    const items = (data[list] ?? []) as Record<string, unknown>[];
    if (items.some((i) => typeof i[word] === 'string' && i[word] !== '')) out[list] = items.map((i) => (typeof i[word] === 'string' ? (i[word] as string) : ''));
  }
  return out;
}

/**
 * A fingerprint of an English entry's language-bound text: its title, summary, aliases, status note,
 * list words, inference reasons and body. It changes exactly when a translation may need to follow, and
 * is the same whether the build or the validate script computes it (facts do not enter it).
 */
export function englishVersionOf(data: EnglishText, body: string): string {
  const text = {
    title: data.title, summary: data.summary, aliases: data.aliases ?? [], statusNote: data.statusNote ?? null,
    positions: (data.positions ?? []).map((p) => p.title), events: (data.events ?? []).map((e) => e.what),
    figures: (data.figures ?? []).map((f) => f.counted), inferred: data.inferred ?? {}, body: body.trim(),
    // Only where there are notes, so an entry without any keeps the fingerprint it had before notes were translated.
    ...(Object.keys(notesOf(data)).length ? { notes: notesOf(data) } : {}),
  };
  // @noble/hashes, not node:crypto: the entry editor computes the same fingerprint in the browser.
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(text)))).slice(0, 8);
}

/** Lists whose words a translation gives item by item, and the English field each item's words come from. */
export const TRANSLATED_LISTS = { positions: 'title', events: 'what', figures: 'counted' } as const;

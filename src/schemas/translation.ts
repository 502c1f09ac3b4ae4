// A translation of an entry: content/<lang>/<collection>/<id>.mdx holds only what is language-bound — the
// title, summary, aliases and body, and the words inside lists (a position's title, an event's
// description, what a figure counts, an inference's reason). Every fact (dates, roles, references,
// figures' values, places) is read from the English entry, the single source of truth.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'astro/zod';

const words = z.string().trim().min(1);

export const TRANSLATION_FIELDS = ['title', 'summary', 'aliases', 'statusNote', 'positions', 'events', 'figures', 'inferred', 'englishVersion'] as const;

export const translationSchema = z.strictObject({
  title: words,
  summary: words.max(400),
  aliases: z.array(words).default([]).describe('Names and abbreviations readers of this language search for.'),
  statusNote: words.optional().describe('The country’s status note, translated (only where the English entry has one).'),
  positions: z.array(words).optional().describe('Each position’s title, in the English entry’s order.'),
  events: z.array(words).optional().describe('What each dated event was, in the English entry’s order.'),
  figures: z.array(words).optional().describe('What each key figure counts, in the English entry’s order.'),
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
  };
  // @noble/hashes, not node:crypto: the entry editor computes the same fingerprint in the browser.
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(text)))).slice(0, 8);
}

/** Lists whose words a translation gives item by item, and the English field each item's words come from. */
export const TRANSLATED_LISTS = { positions: 'title', events: 'what', figures: 'counted' } as const;

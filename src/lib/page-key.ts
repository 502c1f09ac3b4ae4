// The cache key of a page for Astro's incremental build (experimental.incrementalBuild): a digest of
// everything the page renders from, its view. Astro skips a page whose key and module graph are unchanged
// and keeps its previous output, so the key must change whenever anything the page shows changes: here it
// is the view itself, serialized whole, so nothing the page reads can be left out of it.
//
// A view refers to catalogue entries (graph nodes, which link to each other); each stands in the key as its
// address and a digest of all its data, computed once per node. A neighbour the page lists therefore
// changes the key with any change of its own, whether the page shows that field or not: a key may change
// when the page would not (a wasted render), never the other way round.
import { createHash } from 'node:crypto';
import { perGraph, type Entry, type Graph } from './graph.ts';

const nodeDigests = new WeakMap<object, string>();

const isNode = (v: object): v is Entry =>
  'collection' in v && 'id' in v && 'data' in v && typeof (v as Entry).collection === 'string' && typeof (v as Entry).data === 'object';

function nodeDigest(node: Entry): string {
  let digest = nodeDigests.get(node);
  if (!digest) {
    const { collection, id, lang, translation, data } = node;
    digest = createHash('sha256').update(canonical({ collection, id, lang, translation, data }, false)).digest('base64url');
    nodeDigests.set(node, digest);
  }
  return digest;
}

/** Deeper than any view nests (a page view is a few levels of lists of rows); deeper is a cycle. */
const MAX_DEPTH = 64;

/**
 * A deterministic text of a value: objects with their keys sorted, undefined members left out (as JSON
 * does), entries by digest. Anything that cannot be written down faithfully (a function, a class other than
 * Date, Map or Set) is an error: a page's view must be data. Strings are written as their length and their
 * characters, which reads unambiguously without escaping them (JSON.stringify of every string, each page's
 * body among them, was most of the cost: 20,000 views are serialized on every build at 10,000 entries). The
 * pieces go into one list joined once at the end: joining at every level copied each page's text once per
 * level it is nested in.
 */
function canonical(value: unknown, nodesByDigest = true): string {
  const out: string[] = [];
  write(value, out, nodesByDigest, 0);
  return out.join('');
}

function write(value: unknown, out: string[], nodesByDigest: boolean, depth: number): void {
  if (typeof value === 'string') {
    out.push(`${value.length}:`, value);
    return;
  }
  if (value === null || typeof value === 'boolean') return void out.push(String(value));
  if (typeof value === 'number') return void out.push(`n${value}`);
  if (value === undefined) return void out.push('undefined');
  if (typeof value !== 'object') throw new Error(`a page view holds a ${typeof value}; views must be plain data`);
  if (nodesByDigest && isNode(value)) return void out.push(`#${value.collection}/${value.id}@${value.lang ?? ''}:${nodeDigest(value)}`);
  if (depth > MAX_DEPTH) throw new Error(`a page view is nested more than ${MAX_DEPTH} deep, or refers to itself; views must be trees of data`);
  const next = depth + 1;
  if (value instanceof Date) return void out.push(`D${value.toISOString()}`);
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      write(value[i], out, nodesByDigest, next);
    }
    out.push(']');
    return;
  }
  if (value instanceof Map) {
    out.push('M');
    return write([...value.entries()], out, nodesByDigest, next);
  }
  if (value instanceof Set) {
    out.push('S');
    return write([...value], out, nodesByDigest, next);
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new Error(`a page view holds a ${proto?.constructor?.name ?? 'class'} object; views must be plain data`);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined).sort();
  out.push('{');
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    out.push(`${i > 0 ? ',' : ''}${k.length}:${k}=`);
    write(record[k], out, nodesByDigest, next);
  }
  out.push('}');
}

/** The cache key of a page rendered from `view`. */
export const pageKeyOf = (view: unknown): string => createHash('sha256').update(canonical(view)).digest('base64url');

/**
 * Static paths of a page that renders its props and nothing else (besides its params and modules), each
 * with its props as its cache key: the list pages, whose props hold every row they show.
 */
export const keyedByProps = <P extends { props?: unknown }>(paths: P[]): (P & { cacheKey: string })[] =>
  paths.map((p) => ({ ...p, cacheKey: pageKeyOf(p.props ?? {}) }));

/**
 * A digest of a whole graph: its language and every entry's digest, in order. A graph is made of these alone
 * (buildGraph), so two graphs with the same digest hold the same entries, links and lists. Once per graph.
 */
export const graphDigestOf: (graph: Graph) => string = perGraph((graph) => pageKeyOf({ lang: graph.lang, entries: graph.entries }));

// Links in the prose: where a body names another entry (its title or one of its aliases), the first mention
// of that entry becomes a link to it. Computed at build time from the catalogue's names, deterministically:
// longest name first at each place in the text, never inside a heading, a link, an image, code or a
// component, never to the entry itself, and never for a name two entries share (it could mean either).
import type { Root, Nodes, Parent, Text, Link } from 'mdast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** A name an entry is known by, and where it leads. */
export interface EntryName { name: string; href: string }

/** Names shorter than this are linked only when written in capitals (an acronym such as "CSP" or "ODIHR"). */
export const MIN_NAME_LENGTH = 4;

/** Where links never go: headings and the nodes that are links, code or components already. */
const NEVER_INSIDE = new Set(['heading', 'link', 'linkReference', 'image', 'imageReference', 'inlineCode', 'code', 'html',
  'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'definition', 'footnoteDefinition']);

const WORD = /[\p{L}\p{N}]/u;
const WORDS = /[\p{L}\p{N}]+/gu;
const isWordChar = (c: string | undefined) => c !== undefined && WORD.test(c);
const firstWord = (name: string) => /^[\p{L}\p{N}]+/u.exec(name)?.[0];
/** The first two words of a text from `at` with what separates them ("Women's" → "Women's"; "Training on X" → "Training on"). */
const TWO_WORDS = /[\p{L}\p{N}]+[^\p{L}\p{N}]+[\p{L}\p{N}]+/uy;
const NO_LENGTHS: number[] = [];
function twoWordsAt(text: string, at: number): string | undefined {
  TWO_WORDS.lastIndex = at;
  return TWO_WORDS.exec(text)?.[0];
}
const linkable = (name: string) => name.length >= MIN_NAME_LENGTH || (name.length >= 3 && name === name.toUpperCase() && /\p{L}/u.test(name));

/**
 * A word's names: each by its text, and the lengths they come in, longest first. For namesMentioned, which
 * looks at every occurrence of the word in every body on every build, the names that go on past their second
 * word are also kept under their first two words (`byTwoWords`, with those names' lengths): a common first
 * word ("Training", "The") starts names of dozens of lengths in a large catalogue, but few share two words.
 * `shortLengths` are the lengths of the others (one or two words).
 */
interface NamesOfWord { byName: Map<string, EntryName>; lengths: number[]; shortLengths: number[]; byTwoWords: Map<string, number[]> }
export interface NameIndex { byFirstWord: Map<string, NamesOfWord> }

/**
 * The ways a name is written in prose: as given, with the other apostrophe (' or ’), and without a
 * closing qualifier in brackets ("Women's Resource Centres (Tajikistan)" is written "Women's Resource Centres").
 */
export function spellingsOf(name: string): string[] {
  const bare = name.replace(/\s*\([^()]*\)$/, '');
  return [...new Set([name, bare].flatMap((n) => [n, n.replace(/'/g, '’'), n.replace(/’/g, "'")]))];
}

/**
 * The index of every linkable name, keyed by its first word; a name is found at a place in the text by
 * cutting the text there at each length the word's names come in, longest first, and looking it up: the
 * work grows with the lengths, not with the thousands of names that begin "Training" in a large catalogue.
 * A name held by two different entries is left out altogether.
 */
export function nameIndexOf(names: EntryName[]): NameIndex {
  const targets = new Map<string, Set<string>>();
  for (const { name, href } of names) {
    for (const n of spellingsOf(name.trim())) {
      if (!n || !linkable(n) || !firstWord(n) || !isWordChar(n[0])) continue;
      (targets.get(n) ?? targets.set(n, new Set()).get(n)!).add(href);
    }
  }
  const byFirstWord = new Map<string, NamesOfWord>();
  for (const [name, hrefs] of targets) {
    if (hrefs.size !== 1) continue;
    const key = firstWord(name)!;
    const names = byFirstWord.get(key) ?? byFirstWord.set(key, { byName: new Map(), lengths: [], shortLengths: [], byTwoWords: new Map() }).get(key)!;
    names.byName.set(name, { name, href: [...hrefs][0] });
    if (!names.lengths.includes(name.length)) names.lengths.push(name.length);
    // A name that goes on past its second word can only occur where the text's own first two words are its
    // (the greedy pattern stops at the same non-word character in both); one that ends at its second word could
    // also occur inside a longer second word ("Training on" in "Training online"), so it is looked for by length.
    const two = twoWordsAt(name, 0);
    const lengths = two !== undefined && two.length < name.length ? names.byTwoWords.get(two) ?? names.byTwoWords.set(two, []).get(two)! : names.shortLengths;
    if (!lengths.includes(name.length)) lengths.push(name.length);
  }
  for (const names of byFirstWord.values()) names.lengths.sort((a, b) => b - a);
  return { byFirstWord };
}

/**
 * Every name of the index that a body could link (with its target), sorted: the part of the catalogue a
 * body's links depend on, for the digest that decides when it is rendered again (src/data/entry-loader.ts).
 * A superset of what linkFirstMentions can link: a name counts wherever it occurs in the source, whether or
 * not it lands in a text node there, and in the source as read with its escapes and character references
 * resolved, as the text nodes hold it.
 */
export function namesMentioned(body: string, index: NameIndex): string[] {
  const found = new Set<string>();
  for (const text of new Set([body, resolveEscapes(body)])) {
    for (const word of new Set(text.match(WORDS) ?? [])) {
      const names = index.byFirstWord.get(word);
      if (!names) continue;
      // A name begins with its first word, so it can only start where that word does.
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
        const two = twoWordsAt(text, at);
        // Two lists looked through in turn, not joined: this runs at every occurrence of the word.
        for (const lengths of [names.shortLengths, (two !== undefined && names.byTwoWords.get(two)) || NO_LENGTHS]) {
          for (const length of lengths) {
            const name = names.byName.get(text.slice(at, at + length));
            if (name) found.add(`${name.name}\u0001${name.href}`);
          }
        }
      }
    }
  }
  return [...found].sort();
}

/** Markdown's backslash escapes and HTML character references, resolved as the parser resolves them in text. */
function resolveEscapes(source: string): string {
  return source
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (all, ref: string) => {
      if (ref[0] !== '#') return decodeNamedCharacterReference(ref) || all;
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    });
}

/** The first mention in `text` of an entry not yet linked: where it starts, the name and its target. */
function firstMention(text: string, index: NameIndex, skip: Set<string>): { at: number; name: EntryName } | undefined {
  // Every word of the text, once, with the names that start with it (one pass); at each, the longest name first.
  for (const word of text.matchAll(WORDS)) {
    const names = index.byFirstWord.get(word[0]);
    if (!names) continue;
    const i = word.index!;
    for (const length of names.lengths) {
      const c = names.byName.get(text.slice(i, i + length));
      if (!c || skip.has(c.href) || isWordChar(text[i + length])) continue;
      return { at: i, name: c };
    }
  }
  return undefined;
}

/**
 * Links the first mention of each named entry in a Markdown tree, in place. `self` (the entry's own URL)
 * is never linked, nor is any entry the body already links to by hand.
 */
export function linkFirstMentions(tree: Root, index: NameIndex, self?: string): Root {
  const linked = new Set<string>(self ? [self] : []);
  // Entries the author already linked to are not linked again.
  const collect = (node: Nodes) => {
    if (node.type === 'link') linked.add(node.url.replace(/#.*$/, ''));
    if ('children' in node) node.children.forEach(collect);
  };
  collect(tree);
  const walk = (parent: Parent) => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i] as Nodes;
      if (NEVER_INSIDE.has(node.type)) continue;
      if (node.type === 'text') {
        const found = firstMention(node.value, index, linked);
        if (!found) continue;
        linked.add(found.name.href);
        const { at, name } = found;
        const before: Text = { type: 'text', value: node.value.slice(0, at) };
        const link: Link = { type: 'link', url: name.href, children: [{ type: 'text', value: name.name }] };
        const after: Text = { type: 'text', value: node.value.slice(at + name.name.length) };
        const replacement = [...(before.value ? [before] : []), link, ...(after.value ? [after] : [])];
        parent.children.splice(i, 1, ...(replacement as Parent['children']));
        // Go on with the text after the link (the next index that is not the link itself).
        i += replacement.indexOf(link);
        continue;
      }
      if ('children' in node) walk(node as Parent);
    }
  };
  walk(tree);
  return tree;
}

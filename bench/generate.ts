// Deterministic synthetic content for the benchmark: N project and subproject entries whose frontmatter
// validates against the real schemas and points at the real missions, organizations, people, countries,
// themes and sources, with bodies shaped like real entries (## sections, a GFM table, lists, 300–800 words).
//
//   node bench/generate.ts --entries 1000 --seed 1 --out /tmp/site   writes /tmp/site/content/{projects,subprojects}/
//
// Same seed and same real content → byte-identical files. Synthetic ids start with "bench-" so they
// never collide with real entries; ids are unique across both collections (the floor site needs that).
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { readContent } from '../src/lib/content-files.ts';
import { PROJECT_KINDS, ORGANIZATION_ROLES, type CollectionName } from '../src/schemas/vocabularies.ts';

export interface GeneratedFile {
  collection: 'projects' | 'subprojects';
  id: string;
  /** Path relative to the site root, like the real files: content/projects/bench-p-00001-….mdx */
  file: string;
  text: string;
}

/** What the generator needs from the real content: slugs, and a few titles for the prose. */
export interface RealContent {
  slugs: Record<CollectionName, string[]>;
  titles: Record<string, string>;
  countryCodes: Record<string, string>;
}

export interface GenerateOptions {
  entries: number;
  seed?: number;
}

// ---------------------------------------------------------------------------------------------------
// PRNG: mulberry32, small and good enough for test data; every choice below goes through it.

export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  next: () => number;
  constructor(seed: number) { this.next = mulberry32(seed); }
  int(min: number, max: number) { return min + Math.floor(this.next() * (max - min + 1)); }
  chance(p: number) { return this.next() < p; }
  pick<T>(list: readonly T[]): T { return list[Math.floor(this.next() * list.length)]; }
  /** Zipf-like: early items much more often than late ones, as words are in real text. */
  zipf<T>(list: readonly T[]): T { return list[Math.min(list.length - 1, Math.floor(list.length * this.next() ** 2.2))]; }
  some<T>(list: readonly T[], min: number, max: number): T[] {
    const pool = [...list];
    const n = Math.min(pool.length, this.int(min, max));
    const out: T[] = [];
    for (let i = 0; i < n; i++) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------------
// Reading the real content.

export function readRealContent(root: string): RealContent {
  const files = readContent(root).filter((f) => f.file.endsWith('.mdx') && f.data && typeof f.data === 'object');
  const slugs = {} as Record<CollectionName, string[]>;
  const titles: Record<string, string> = {};
  const countryCodes: Record<string, string> = {};
  for (const f of files) {
    (slugs[f.collection] ??= []).push(f.id);
    const data = f.data as { title?: string; code?: string };
    if (data.title) titles[`${f.collection}/${f.id}`] = data.title;
    if (f.collection === 'countries' && data.code) countryCodes[f.id] = data.code;
  }
  for (const c of ['missions', 'projects', 'organizations', 'people', 'countries', 'themes', 'sources'] as const) {
    if (!slugs[c]?.length) throw new Error(`the real content has no ${c}; the generator needs at least one of each`);
    slugs[c].sort();
  }
  return { slugs, titles, countryCodes };
}

// ---------------------------------------------------------------------------------------------------
// Word lists. Towns are real places in the real countries; everything else is plain vocabulary.

const TOWNS: Record<string, string[]> = {
  AL: ['Tirana', 'Durrës', 'Shkodër', 'Vlorë', 'Elbasan', 'Korçë'],
  AM: ['Yerevan', 'Gyumri', 'Vanadzor', 'Dilijan'],
  AT: ['Vienna', 'Graz', 'Linz', 'Salzburg'],
  BE: ['Brussels', 'Antwerp', 'Ghent', 'Liège'],
  GE: ['Tbilisi', 'Batumi', 'Kutaisi', 'Gori', 'Zugdidi'],
  DE: ['Berlin', 'Hamburg', 'Munich', 'Cologne', 'Leipzig'],
  IT: ['Rome', 'Milano', 'Turin', 'Naples', 'Bologna'],
  KZ: ['Almaty', 'Astana', 'Shymkent', 'Karaganda', 'Aktobe'],
  XK: ['Prishtinë/Priština', 'Prizren', 'Pejë/Peć', 'Gjilan/Gnjilane', 'Mitrovicë/Mitrovica'],
  KG: ['Bishkek', 'Osh', 'Jalal-Abad', 'Karakol', 'Naryn'],
  PL: ['Warsaw', 'Kraków', 'Gdańsk', 'Wrocław', 'Lublin'],
  RU: ['Moscow', 'Saint Petersburg', 'Kazan', 'Yekaterinburg'],
  SK: ['Bratislava', 'Košice', 'Žilina', 'Banská Bystrica'],
  TJ: ['Dushanbe', 'Khujand', 'Bokhtar', 'Kulob', 'Khorugh'],
  TM: ['Ashgabat', 'Türkmenabat', 'Mary', 'Dashoguz'],
  UA: ['Kyiv', 'Lviv', 'Kharkiv', 'Odesa', 'Dnipro', 'Vinnytsia'],
  GB: ['London', 'Manchester', 'Edinburgh', 'Cardiff'],
  US: ['Washington', 'New York', 'Chicago'],
  UZ: ['Tashkent', 'Samarkand', 'Bukhara', 'Namangan', 'Nukus', 'Fergana'],
};

const GROUPS = [
  'police officers', 'prosecutors', 'judges', 'journalists', 'civil servants', 'social workers', 'teachers',
  'students', 'women activists', 'youth leaders', 'human rights defenders', 'lawyers', 'members of parliament',
  'local councillors', 'shelter staff', 'community mediators', 'election observers', 'border guards',
  'health workers', 'religious leaders', 'NGO representatives', 'university lecturers', 'ombudsperson staff',
];
const ACTIVITIES = [
  'training course', 'round table', 'study visit', 'public awareness campaign', 'needs assessment',
  'expert meeting', 'summer school', 'policy dialogue', 'working group meeting', 'mentoring programme',
  'legal review', 'media workshop', 'information session', 'simulation exercise', 'peer exchange',
  'series of consultations', 'training of trainers', 'regional conference', 'online course', 'field visit',
];
const OUTPUTS = [
  'a handbook for practitioners', 'a set of recommendations', 'a referral mechanism', 'draft amendments to the law',
  'a curriculum module', 'a monitoring report', 'standard operating procedures', 'a public database',
  'a network of local focal points', 'a code of conduct', 'an action plan', 'a hotline', 'a training manual',
  'a short documentary', 'a policy brief', 'an online learning platform', 'a memorandum of understanding',
];
const ADJECTIVES = [
  'regional', 'national', 'local', 'practical', 'interactive', 'inclusive', 'multi-agency', 'cross-border',
  'community-based', 'gender-sensitive', 'independent', 'long-term', 'participatory', 'transparent',
  'sustainable', 'confidential', 'victim-centred', 'evidence-based', 'rural', 'municipal', 'informal',
];
const VERBS = [
  'supported', 'organized', 'facilitated', 'hosted', 'funded', 'coordinated', 'reviewed', 'translated',
  'published', 'piloted', 'evaluated', 'strengthened', 'promoted', 'monitored', 'documented', 'designed',
];
const NOUNS = [
  'capacity', 'cooperation', 'accountability', 'awareness', 'dialogue', 'legislation', 'oversight', 'outreach',
  'trust', 'participation', 'protection', 'prevention', 'coordination', 'monitoring', 'reporting', 'access',
  'mediation', 'integration', 'resilience', 'transparency', 'advocacy', 'referral', 'assistance', 'reform',
];
const SYLLABLES = ['ar', 'be', 'dim', 'ka', 'lo', 'mir', 'na', 'or', 'pe', 'ras', 'sha', 'ti', 'vo', 'zan', 'el', 'gul', 'ja', 'kor', 'sev', 'bek'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SECTIONS = [
  'Background', 'Aims', 'Activities', 'Participants', 'Partners and roles', 'Results', 'Challenges',
  'Lessons learned', 'Follow-up', 'Methodology', 'Context in the region', 'Sustainability',
];

// ---------------------------------------------------------------------------------------------------
// Entries.

const pad = (n: number) => String(n).padStart(5, '0');
const slugify = (s: string) => s.normalize('NFKD').replace(/[^\w\s-]/g, '').toLowerCase().trim().replace(/[\s_]+/g, '-').replace(/-+/g, '-');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const an = (word: string) => `${/^[aeiou]/i.test(word) ? 'An' : 'A'} ${word}`;

interface Context {
  rng: Rng;
  real: RealContent;
  title: (collection: string, id: string) => string;
}

/** An invented proper name (a town association, a local NGO); real content is full of such names. */
function properName(rng: Rng) {
  const word = () => cap(Array.from({ length: rng.int(2, 3) }, () => rng.pick(SYLLABLES)).join(''));
  return rng.chance(0.5) ? `${word()} ${rng.pick(['Centre', 'Foundation', 'Initiative', 'Association', 'Network', 'Forum'])}` : `${word()} ${word()}`;
}

function dates(rng: Rng) {
  const year = rng.int(2004, 2024);
  const precision = rng.int(0, 2);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const fmt = (y: number, m: number, d: number, p: number) =>
    p === 0 ? String(y) : p === 1 ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const start = fmt(year, month, day, precision);
  if (rng.chance(0.2)) return { start, year };
  const endYear = year + rng.int(0, 3);
  const endMonth = endYear === year ? rng.int(month, 12) : rng.int(1, 12);
  const endDay = endYear === year && endMonth === month ? rng.int(day, 28) : rng.int(1, 28);
  return { start, end: fmt(endYear, endMonth, endDay, precision), year };
}

function figures(rng: Rng, years: number) {
  return Array.from({ length: rng.int(0, 3) }, () => {
    const f: Record<string, unknown> = {
      value: rng.chance(0.3) ? rng.int(1, 40) * 1000 : rng.int(5, 900),
      counted: `${rng.pick(GROUPS)} ${rng.pick(['trained', 'reached', 'taking part', 'consulted', 'assisted'])}`,
    };
    if (rng.chance(0.3)) f.unit = rng.pick(['people', 'sessions', 'EUR', 'municipalities']);
    if (rng.chance(0.5)) f.year = String(years);
    if (rng.chance(0.25)) f.approximate = true;
    return f;
  });
}

/** Frontmatter shared by projects and subprojects. */
function commonData(ctx: Context, place: { countries: string[] }, year: number) {
  const { rng, real } = ctx;
  const data: Record<string, unknown> = {};
  data.sources = rng.some(real.slugs.sources, 1, 2);
  const orgRoles = Object.keys(ORGANIZATION_ROLES);
  data.organizations = rng.some(real.slugs.organizations, 1, 4).map((organization) => {
    const o: Record<string, string> = { organization, role: rng.pick(orgRoles) };
    if (rng.chance(0.2)) o.note = `${cap(rng.pick(VERBS))} the ${rng.pick(ACTIVITIES)}`;
    return o;
  });
  if (rng.chance(0.2)) data.partnerMissions = [{ mission: rng.pick(real.slugs.missions), role: rng.pick(orgRoles) }];
  data.countries = place.countries;
  const withTowns = place.countries.filter((c) => TOWNS[real.countryCodes[c]]);
  if (withTowns.length && rng.chance(0.5)) {
    data.places = rng.some(withTowns, 1, 2).map((country) => ({ name: rng.pick(TOWNS[real.countryCodes[country]]), country }));
  }
  data.themes = rng.some(real.slugs.themes, 1, 3);
  if (real.slugs.people?.length && rng.chance(0.15)) {
    data.people = [{ person: rng.pick(real.slugs.people), role: rng.pick(['speaker', 'trainer', 'moderator', 'organizer']) }];
  }
  const f = figures(rng, year);
  if (f.length) data.figures = f;
  if (real.slugs.sources.length >= 2 && rng.chance(0.05)) {
    const [a, b] = rng.some(real.slugs.sources, 2, 2);
    data.disagreements = [{
      about: 'number of participants',
      versions: [{ value: String(rng.int(20, 60)), source: a }, { value: String(rng.int(61, 120)), source: b }],
    }];
  }
  return data;
}

// ---------------------------------------------------------------------------------------------------
// Bodies: Markdown only (no HTML, no braces), as the content rules require.

function sentence(ctx: Context, topic: Topic): string {
  const { rng } = ctx;
  const group = rng.zipf(GROUPS);
  const templates = [
    () => `The ${rng.pick(ADJECTIVES)} ${rng.pick(ACTIVITIES)} brought together ${rng.int(12, 140)} ${group} from ${topic.town}.`,
    () => `${topic.org} ${rng.pick(VERBS)} the work, with a focus on ${rng.zipf(NOUNS)} and ${rng.zipf(NOUNS)}.`,
    () => `Participants discussed ${topic.theme.toLowerCase()} and how ${rng.pick(ADJECTIVES)} ${rng.zipf(NOUNS)} could be improved in ${topic.country}.`,
    () => `In ${rng.pick(MONTHS)} ${topic.year} the team ${rng.pick(VERBS)} ${rng.pick(OUTPUTS)} together with the ${properName(rng)}.`,
    () => `According to the source, ${rng.int(2, 30)} ${rng.pick(ACTIVITIES)}s were held in ${rng.int(2, 12)} municipalities.`,
    () => `The ${topic.mission} ${rng.pick(VERBS)} ${rng.pick(OUTPUTS)} and shared it with ${group}.`,
    () => `${cap(group)} said that ${rng.zipf(NOUNS)} remained the main obstacle, while ${rng.zipf(NOUNS)} had clearly improved.`,
    () => `A follow-up ${rng.pick(ACTIVITIES)} looked at ${rng.zipf(NOUNS)} in ${topic.town} and at the role of ${rng.zipf(GROUPS)}.`,
    () => `Work on ${topic.theme.toLowerCase()} continued through ${rng.pick(OUTPUTS)}, which ${rng.pick(GROUPS)} still use.`,
    () => `The organisers chose ${an(rng.pick(ADJECTIVES)).toLowerCase()} format so that ${group} from outside the capital could take part.`,
    () => `Funding came from ${topic.funder}, and the ${properName(rng)} provided ${rng.pick(['venues', 'interpreters', 'trainers', 'logistics', 'translations'])}.`,
    () => `Reports from ${topic.country} show ${rng.int(3, 70)} per cent more ${rng.zipf(NOUNS)} cases referred after the ${rng.pick(ACTIVITIES)}.`,
  ];
  return rng.pick(templates)();
}

interface Topic { country: string; town: string; theme: string; org: string; mission: string; funder: string; year: number }

function paragraph(ctx: Context, topic: Topic, sentences: number) {
  return Array.from({ length: sentences }, () => sentence(ctx, topic)).join(' ');
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function body(ctx: Context, topic: Topic): string {
  const { rng } = ctx;
  const target = rng.int(300, 800);
  const headings = rng.some(SECTIONS, 3, 5);
  const parts: string[] = [paragraph(ctx, topic, rng.int(2, 4))];
  const tableAt = rng.int(0, headings.length - 1);
  const listAt = rng.int(0, headings.length - 1);
  headings.forEach((heading, i) => {
    parts.push(`## ${heading}`, paragraph(ctx, topic, rng.int(2, 4)));
    if (i === tableAt) {
      const rows = Array.from({ length: rng.int(3, 6) }, (_, r) =>
        `| ${rng.pick(MONTHS)} ${topic.year + (r > 2 ? 1 : 0)} | ${cap(rng.pick(ACTIVITIES))} | ${rng.pick(TOWNS[Object.keys(TOWNS)[rng.int(0, 18)]])} | ${rng.int(8, 120)} |`);
      parts.push(['| When | What | Where | Participants |', '| --- | --- | --- | ---: |', ...rows].join('\n'));
    }
    if (i === listAt) {
      const numbered = rng.chance(0.4);
      parts.push(Array.from({ length: rng.int(3, 6) }, (_, k) =>
        `${numbered ? `${k + 1}.` : '-'} ${cap(rng.pick(ADJECTIVES))} ${rng.zipf(NOUNS)} for ${rng.zipf(GROUPS)}${rng.chance(0.3) ? `, with **${rng.pick(OUTPUTS)}**` : ''}`).join('\n'));
    }
  });
  // Fill the last sections up to the target length, a paragraph at a time.
  while (words(parts.join(' ')) < target) parts.push(paragraph(ctx, topic, rng.int(2, 5)));
  return parts.join('\n\n') + '\n';
}

function topicOf(ctx: Context, countries: string[], themes: string[], data: Record<string, unknown>, year: number): Topic {
  const { rng, real, title } = ctx;
  const country = countries[0];
  const towns = TOWNS[real.countryCodes[country]] ?? ['the capital'];
  const orgs = (data.organizations as { organization: string }[]).map((o) => title('organizations', o.organization));
  return {
    country: title('countries', country),
    town: rng.pick(towns),
    theme: title('themes', rng.pick(themes)),
    org: orgs[0],
    mission: title('missions', rng.pick(real.slugs.missions)).replace(/^the /i, ''),
    funder: title('organizations', rng.pick(real.slugs.organizations)),
    year,
  };
}

function frontmatter(data: Record<string, unknown>) {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

/** N synthetic entries: about a quarter projects, the rest subprojects of those projects. */
export function generateEntries(real: RealContent, options: GenerateOptions): GeneratedFile[] {
  const { entries, seed = 1 } = options;
  if (!Number.isInteger(entries) || entries < 1) throw new Error(`entries must be a positive integer — got ${entries}`);
  const rng = new Rng(seed);
  const ctx: Context = { rng, real, title: (c, id) => real.titles[`${c}/${id}`] ?? id };
  const projectCount = Math.max(1, Math.round(entries / 4));
  const kinds = Object.keys(PROJECT_KINDS);
  const out: GeneratedFile[] = [];
  const projects: { id: string; countries: string[]; themes: string[]; year: number; subprojects: number }[] = [];

  for (let i = 1; i <= projectCount; i++) {
    const kind = rng.pick(kinds);
    const countries = rng.some(real.slugs.countries, 1, 3);
    const theme = rng.pick(real.slugs.themes);
    const d = dates(rng);
    const title = `${cap(rng.pick(ADJECTIVES))} ${PROJECT_KINDS[kind as keyof typeof PROJECT_KINDS].toLowerCase()} on ${ctx.title('themes', theme).toLowerCase()} in ${ctx.title('countries', countries[0])}, ${d.year} (no. ${i})`;
    const id = `bench-p-${pad(i)}-${slugify(title).split('-').slice(0, 5).join('-')}`;
    const data: Record<string, unknown> = { title };
    if (rng.chance(0.3)) data.aliases = [`${title.split(/\s+/).slice(0, 4).map((w) => w[0].toUpperCase()).join('')}-${i}`];
    data.summary = `${an(rng.pick(ADJECTIVES))} ${kind.replace('-', ' ')} in ${countries.map((c) => ctx.title('countries', c)).join(', ')} on ${ctx.title('themes', theme).toLowerCase()}, with ${rng.pick(ACTIVITIES)}s for ${rng.pick(GROUPS)} and ${rng.pick(OUTPUTS)}.`;
    data.kind = kind;
    if (rng.chance(0.8)) data.mission = rng.pick(real.slugs.missions);
    if (projects.length && rng.chance(0.1)) data.partOf = rng.pick(projects).id;
    Object.assign(data, commonData(ctx, { countries }, d.year));
    data.themes = [...new Set([theme, ...(data.themes as string[])])];
    data.start = d.start;
    if (d.end) data.end = d.end;
    data.status = d.end ? (Number(d.end.slice(0, 4)) < 2025 ? 'completed' : rng.pick(['planned', 'ongoing'])) : rng.pick(['ongoing', 'recurring']);
    if (projects.length && rng.chance(0.1)) data.predecessor = projects[projects.length - 1].id;
    const topic = topicOf(ctx, countries, data.themes as string[], data, d.year);
    out.push({ collection: 'projects', id, file: `content/projects/${id}.mdx`, text: frontmatter(data) + body(ctx, topic) });
    projects.push({ id, countries, themes: data.themes as string[], year: d.year, subprojects: 0 });
  }

  for (let i = 1; i <= entries - projectCount; i++) {
    const parent = rng.pick(projects);
    parent.subprojects += 1;
    const countries = rng.chance(0.7) ? [parent.countries[0]] : rng.some(real.slugs.countries, 1, 2);
    const activity = rng.pick(ACTIVITIES);
    const title = `${cap(activity)} ${parent.subprojects}: ${rng.zipf(NOUNS)} and ${rng.zipf(NOUNS)} (${parent.id.slice(8, 13)}.${i})`;
    const id = `bench-s-${pad(i)}-${slugify(activity)}`;
    const d = dates(rng);
    const data: Record<string, unknown> = { title };
    data.summary = `Part ${parent.subprojects} of a larger project: ${an(rng.pick(ADJECTIVES)).toLowerCase()} ${activity} for ${rng.pick(GROUPS)} on ${rng.zipf(NOUNS)}.`;
    data.project = parent.id;
    data.order = parent.subprojects;
    Object.assign(data, commonData(ctx, { countries }, d.year));
    data.themes = [...new Set([parent.themes[0], ...(data.themes as string[])])];
    data.start = d.start;
    if (d.end) data.end = d.end;
    const topic = topicOf(ctx, countries, data.themes as string[], data, d.year);
    out.push({ collection: 'subprojects', id, file: `content/subprojects/${id}.mdx`, text: frontmatter(data) + body(ctx, topic) });
  }
  return out;
}

/** Writes generated files under `root` (their `file` paths are relative to it). */
export function writeEntries(root: string, files: GeneratedFile[]) {
  for (const f of files) {
    const target = path.join(root, f.file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, f.text);
  }
}

// ---------------------------------------------------------------------------------------------------
// CLI

if (import.meta.main) {
  const args = process.argv.slice(2);
  const flag = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const entries = Number(flag('--entries') ?? 1000);
  const seed = Number(flag('--seed') ?? 1);
  const out = flag('--out');
  if (!out) {
    console.error('usage: node bench/generate.ts --out DIR [--entries N] [--seed S] [--from ROOT]\n  writes DIR/content/{projects,subprojects}/bench-*.mdx');
    process.exit(2);
  }
  const from = flag('--from') ?? path.resolve(import.meta.dirname, '..');
  const files = generateEntries(readRealContent(from), { entries, seed });
  writeEntries(out, files);
  console.log(`wrote ${files.length} entries under ${path.join(out, 'content')}`);
}

export { site, collections, vocab, dates, counts } from './site.ts';
export { entry } from './entry.ts';
export { search } from './search.ts';
export { browse } from './browse.ts';
export { pages } from './pages.ts';
export { feeds } from './feeds.ts';

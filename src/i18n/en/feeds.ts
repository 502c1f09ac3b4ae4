// English strings: feeds. Every key here must have its Russian counterpart in ../ru/feeds.ts.
export const feeds = {
  /** The feed of every entry: its channel title and description. */
  allTitle: 'Civic Atlas',
  allDescription: 'Entries in Civic Atlas, a knowledge base of OSCE civil-society work.',
  /** A collection's feed, titled with the collection's plural label. */
  collectionTitle: (collection: string) => `Civic Atlas: ${collection}`,
  /** Said in the channel's description when the build has no public address (SITE_URL). */
  siteUrlMissing: 'This copy of the atlas was built without its public address (SITE_URL), so links are given relative to the site.',
};

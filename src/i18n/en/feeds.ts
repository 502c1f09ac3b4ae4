// English strings: feeds. Every key here must have its Russian counterpart in ../ru/feeds.ts.
export const feeds = {
};

// English strings: pages. Every key here must have its Russian counterpart in ../ru/pages.ts.
export const pages = {
};

// English strings: search. Every key here must have its Russian counterpart in ../ru/search.ts.
export const search = {
};

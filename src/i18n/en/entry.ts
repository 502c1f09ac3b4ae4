// English strings: entry. Every key here must have its Russian counterpart in ../ru/entry.ts.
export const entry = {
};

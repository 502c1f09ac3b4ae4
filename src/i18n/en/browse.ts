// English strings: browse. Every key here must have its Russian counterpart in ../ru/browse.ts.
export const browse = {
};

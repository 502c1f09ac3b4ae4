// The `stopword` package ships no types; the search reads only its English and Russian lists.
declare module 'stopword' {
  export const eng: string[];
  export const rus: string[];
}

// The `stopword` package ships no types; the search reads only its English list.
declare module 'stopword' {
  export const eng: string[];
}

// Prettier, set to the tree's existing style (single quotes, semicolons, trailing commas, long lines).
// `npm run format:check` covers only the files named in package.json's "format:check" and "format" scripts: most of
// the tree predates Prettier and reformatting it at once would collide with every change in flight.
// Add a file to that list when you next touch it and it passes `npx prettier --write`.
/** @type {import('prettier').Config} */
export default {
  printWidth: 140,
  singleQuote: true,
  trailingComma: 'all',
};

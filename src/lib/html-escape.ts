// Text put into HTML (a feed's description, a search excerpt, the page Pagefind indexes): the characters that
// would otherwise start markup or end an attribute. One rule for every channel that writes HTML by hand.
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

import { chromium } from 'playwright-core';
const [,, base, ...queries] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await b.newPage();
await page.goto(base + '/ru/search/');
for (const q of queries) {
  const r = await page.evaluate(async (q) => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ ranking: { pageLength: 0.1, termFrequency: 0.6, metaWeights: { title: 8, aliases: 12, summary: 0.5, variants: 0, parent: 0, countries: 0, dates: 0 } } });
    const s = await pf.search(q);
    const top = await Promise.all(s.results.slice(0, 5).map(async (x) => { const d = await x.data(); return `${x.score.toFixed(2)} ${d.url} [${(d.locations||[]).length}]`; }));
    return `${s.results.length} results; unstemmed: ${s.unfilteredResultCount}\n  ` + top.join('\n  ');
  }, q);
  console.log(q, '→', r);
}
await b.close();

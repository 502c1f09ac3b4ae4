import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const width of [375, 1280]) {
  const page = await b.newPage({ viewport: { width, height: 900 } });
  await page.goto('http://localhost:4471/ru/search/?q=' + encodeURIComponent('Таджекистан насилие') + '&theme=' + encodeURIComponent('Домашнее насилие'));
  await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/ru-search-${width}.png`, fullPage: false });
  if (width === 1280) {
    await page.locator('#search-filters summary').click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/ru-search-facets.png`, fullPage: true });
  }
}
await b.close();

import { chromium } from 'playwright-core';
import { entryLinks, firstItemBytes } from '../../scripts/first-item.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const port of [8801, 8802]) {
  const url = `http://127.0.0.1:${port}/align180/`;
  const links = await entryLinks(browser, url);
  for (const entry of ['home', 'invitation']) {
    const b = await firstItemBytes(browser, url, entry, links);
    console.log(port, entry, b.gzip, JSON.stringify(b.files.map((f) => [f.url.replace(/.*\//, '').replace(/-[0-9a-f]{16}/, ''), f.gzip ?? f.bytes])));
  }
}
await browser.close();

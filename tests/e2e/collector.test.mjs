// Team pulse anonymity that holds, with no server (issue 25), as people do
// it: Sam becomes the collector on their own device and sends the collector
// link to Priya; Priya starts her team pulse with it; five members answer
// on phones and get codes sealed for Sam ("send it to Sam, not to Priya");
// a member's code opened on Priya's device shows nothing; Sam's device
// holds the codes (counts only), refuses to release fewer than three, and
// releases a bundle; Priya's picture equals the hand-computed figures; a
// bundle adding only two members is refused with a clear message; a member
// who answers again after release changes nothing; a sixth member lets a
// second bundle out, with the comments.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, withDevice, completedRecord, screenshot, showTools } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const ASSESSMENT = 'prprprprprprprp2';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
// Each member answers every statement with one score, and a comment.
const SCORES = [5, 4, 4, 2, 1, 3];
const COMMENT = (m) => `Comment from member ${m + 1}`;
// By hand: members 1–3 answer 5, 4, 4 → mean 13/3 = 4.3, favourable 100 %.
// All six (5, 4, 4, 2, 1, 3) → mean 19/6 = 3.2, favourable 3/6 = 50 %,
// neutral 1/6 = 17 %, unfavourable 2/6 = 33 %; 15 answers per dimension.
const FIRST = ['4.3', '100%', '0%', '0%', '9', '0'];
const BOTH = ['3.2', '50%', '17%', '33%', '18', '0'];

async function answer(browser, link, m, { expectSealed = true } = {}) {
  let code;
  await withDevice(browser, PHONE, async ({ page }) => {
    await page.goto(link);
    await page.waitForSelector('#make-pulse-code');
    const lead = await page.locator('main h2 + p').first().textContent();
    if (expectSealed) assert.match(lead, /sealed for Sam Okafor, who collects the team's answers: only Sam Okafor's device can open it/);
    for (const fieldset of await page.locator('fieldset.pulse-statement').all()) {
      await fieldset.locator(`input[value="${SCORES[m]}"]`).check();
    }
    await page.locator('#pulse-comment').fill(COMMENT(m));
    await page.locator('#make-pulse-code').click();
    await page.waitForSelector('#code-contains');
    assert.equal((await page.locator('#send-code-to').textContent()).trim(),
      'Send your code to Sam Okafor (who collects the answers), not to Priya Shah. Priya Shah will only see the team\'s picture.');
    assert.match(await page.locator('#pulse-code-heading').textContent(), /Your sealed code for Sam Okafor/);
    if (m === 0) await screenshot(page, 'collector-03-member-390');
    code = (await page.locator('.share-link .share-text').textContent()).trim();
  });
  assert.match(code, /#\/sealed\/[A-Za-z0-9_-]+$/);
  return code;
}

async function dimensionRows(page) {
  const rows = page.locator('#pulse-dimensions tbody tr');
  assert.equal(await rows.count(), 5);
  const out = [];
  for (let i = 0; i < 5; i++) out.push((await rows.nth(i).locator('td').allTextContents()).map((t) => t.trim()));
  return out;
}

test('a collector holds the sealed codes and releases them to the leader in groups of at least three', async () => {
  const base = env.server.url;
  await withDevice(env.browser, PHONE, async (sam) => {
    // Sam becomes the collector.
    await sam.page.goto(`${base}#/collect`);
    await sam.page.locator('#collector-name').fill('Sam Okafor');
    await sam.page.locator('#make-collector').click();
    await sam.page.waitForSelector('#collector-backup');
    assert.match(await sam.page.locator('h1').textContent(), /You collect the team's answers/);
    const collectorLink = (await sam.page.locator('.share-link .share-text').textContent()).trim();
    assert.match(collectorLink, /#\/collector-link\/[A-Za-z0-9_-]+$/);
    console.log(`# collector link: ${collectorLink.length} characters`);
    const stored = await sam.page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('align180.collector.')));
    assert.equal(stored.length, 1);
    assert.equal(JSON.parse(stored[0][1]).collector.public_key.length, 65);

    await withDevice(env.browser, { viewport: { width: 1280, height: 900 } }, async (priya) => {
      const record = completedRecord({
        id: ASSESSMENT, leader: 'Priya Shah',
        self: { strategy: [4], purpose: [4], adaptiveness: [4], resilience: [4], collaboration: [4] },
        other: { strategy: [4], purpose: [4], adaptiveness: [4], resilience: [4], collaboration: [4] },
      });
      await priya.page.goto(base);
      await priya.page.evaluate(([k, v]) => localStorage.setItem(k, v), [`align180.assessment.${ASSESSMENT}`, JSON.stringify(record)]);
      // Starting without the collector's link is refused, with why.
      await priya.page.goto(`${base}#/a/${ASSESSMENT}/team`);
      await priya.page.waitForSelector('#collector-link');
      assert.equal(await priya.page.locator('#gatherer-collector').isChecked(), true);
      await priya.page.locator('#start-pulse').click();
      assert.match(await priya.page.locator('.field-error').first().textContent(), /Paste the collector's link first/);
      await priya.page.locator('#collector-link').fill(collectorLink);
      await priya.page.locator('#start-pulse').click();
      await priya.page.waitForSelector('#bundle-code');
      assert.match(await priya.page.locator('#pulse-send-hint').textContent(), /sends a sealed code to Sam Okafor, not to you/);
      assert.equal(await priya.page.locator('#gather-codes').count(), 0, 'the leader gathers no member code');
      const pulseLink = (await priya.page.locator('.share-link .share-text').textContent()).trim();
      console.log(`# pulse link with a collector: ${pulseLink.length} characters`);
      await screenshot(priya.page, 'collector-02-leader-pulse');
      const pulseKey = await priya.page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('align180.pulse.')));
      const before = await priya.page.evaluate((k) => localStorage.getItem(k), pulseKey);

      // Five members answer on their phones.
      const codes = [];
      for (let m = 0; m < 5; m++) codes.push(await answer(env.browser, pulseLink, m));
      console.log(`# sealed member code links: ${codes.map((c) => c.length).join(', ')} characters`);

      // A member's code opened on Priya's device: whom it is for, nothing of it.
      await priya.page.goto(codes[0]);
      await priya.page.waitForSelector('#sealed-for');
      assert.match(await priya.page.locator('#sealed-for').textContent(), /sealed for Sam Okafor, who collects the team's answers\. This device cannot open it, and nothing in it was read or kept/);
      const shown = await priya.page.locator('main').textContent();
      assert.ok(!shown.includes(COMMENT(0)), 'the comment is not shown');
      assert.equal(await priya.page.evaluate((k) => localStorage.getItem(k), pulseKey), before, 'nothing stored changed');
      await screenshot(priya.page, 'collector-04-code-on-leader');

      // Sam's device: two codes are held, no bundle yet.
      await sam.page.locator('#gather-codes').fill(`${codes[0]}\n${codes[1]}`);
      await sam.page.locator('#gather-pasted').click();
      await sam.page.waitForSelector('.held-pulse');
      assert.deepEqual((await sam.page.locator('.gather-list li').allTextContents()).map((t) => t.trim()),
        ['line 1: held (not released yet)', 'line 2: held (not released yet)']);
      assert.match(await sam.page.locator('.held-pulse').textContent(), /Priya Shah's team pulse.*2 codes held, not released yet/);
      assert.equal(await sam.page.locator('.release-bundle').count(), 0);
      assert.match(await sam.page.locator('.held-pulse .hint').textContent(), /A bundle needs at least 3 new members' codes: 2 held so far/);
      // Never an answer or a comment on the collector's page.
      assert.ok(!(await sam.page.locator('main').textContent()).includes('Comment from member'), 'no comment shown to the collector');
      // The same code again, and a code opened as a link, are counted once.
      await sam.page.locator('#gather-codes').fill(`${codes[1]}\n${codes[2]}`);
      await sam.page.locator('#gather-pasted').click();
      await sam.page.waitForFunction(() => document.querySelectorAll('.gather-list li').length === 2 && /already held/.test(document.querySelector('.gather-list').textContent));
      assert.match(await sam.page.locator('.held-pulse').textContent(), /3 codes held/);
      await screenshot(sam.page, 'collector-05-collector-390');
      await sam.page.locator('.release-bundle').click();
      await sam.page.waitForSelector('.held-pulse .share-link');
      assert.match(await sam.page.locator('.held-pulse').textContent(), /0 codes held, not released yet\. 3 members' answers released so far \(latest bundle: number 1\)/);
      const bundle1 = (await sam.page.locator('.held-pulse .share-link .share-text').textContent()).trim();
      assert.match(bundle1, /#\/bundle\/[A-Za-z0-9_-]+$/);
      console.log(`# bundle of 3: ${bundle1.length} characters`);
      await screenshot(sam.page, 'collector-06-bundle-390');

      // Priya opens the bundle: the picture of three, figures by hand, no comments yet.
      await priya.page.goto(bundle1);
      await priya.page.waitForSelector('#bundle-outcome');
      assert.match(await priya.page.locator('#bundle-outcome').textContent(), /Added: 3 more members' answers \(3 in the team's picture\)/);
      await priya.page.locator('a.button.primary').click();
      await priya.page.waitForSelector('#pulse-dimensions');
      assert.equal((await priya.page.locator('#pulse-count').textContent()).trim(), '3 responses');
      for (const row of await dimensionRows(priya.page)) assert.deepEqual(row, FIRST);
      assert.equal(await priya.page.locator('#pulse-comments blockquote').count(), 0);

      // Members 4 and 5 arrive; a bundle forged to add only those two is refused.
      await sam.page.locator('#gather-codes').fill(`${codes[3]}\n${codes[4]}`);
      await sam.page.locator('#gather-pasted').click();
      await sam.page.waitForFunction(() => /2 codes held/.test(document.querySelector('.held-pulse')?.textContent ?? ''));
      let forged;
      await withDevice(env.browser, {}, async ({ page }) => {
        // A copy of Sam's storage where the two held were released anyway.
        const copy = await sam.page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('align180.'))));
        await page.goto(base);
        await page.evaluate((all) => {
          for (const [k, v] of Object.entries(all)) {
            if (!k.startsWith('align180.collector.')) { localStorage.setItem(k, v); continue; }
            const c = JSON.parse(v);
            const p = c.collector.pulses[0];
            p.released.push(...p.held);
            p.held = [];
            p.bundles += 1;
            localStorage.setItem(k, JSON.stringify(c));
          }
        }, copy);
        const id = Object.keys(copy).find((k) => k.startsWith('align180.collector.')).split('.').pop();
        await page.goto(`${base}#/collector/${id}`);
        await page.waitForSelector('.held-pulse .share-link');
        forged = (await page.locator('.held-pulse .share-link .share-text').textContent()).trim();
      });
      const beforeForged = await priya.page.evaluate((k) => localStorage.getItem(k), pulseKey);
      await priya.page.goto(forged);
      await priya.page.waitForSelector('#bundle-outcome');
      assert.equal((await priya.page.locator('#bundle-outcome').textContent()).trim(),
        'Not added: this bundle adds 2 new members\' answers; a bundle must add at least 3, so no one\'s answers can be worked out by comparing two pictures.');
      assert.equal(await priya.page.evaluate((k) => localStorage.getItem(k), pulseKey), beforeForged, 'nothing stored changed');
      // The page says so once, and leads back to the team pulse it was for.
      assert.equal((await priya.page.locator('main h1').textContent()).trim(), 'Nothing was changed');
      assert.equal(await priya.page.locator(`main a[href$="#/team/${pulseKey.split('.').pop()}"]`).count(), 1);
      await screenshot(priya.page, 'collector-07-bundle-refused');

      // A sixth member: three held, the second bundle goes out with the comments.
      codes.push(await answer(env.browser, pulseLink, 5));
      await sam.page.locator('#gather-codes').fill(codes[5]);
      await sam.page.locator('#gather-pasted').click();
      await sam.page.waitForSelector('.release-bundle');
      await sam.page.locator('.release-bundle').click();
      await sam.page.waitForFunction(() => /6 members' answers released so far \(latest bundle: number 2\)/.test(document.querySelector('.held-pulse')?.textContent ?? ''));
      const bundle2 = (await sam.page.locator('.held-pulse .share-link .share-text').textContent()).trim();
      await priya.page.goto(`${base}#/team/${pulseKey.split('.').pop()}`);
      await priya.page.locator('#bundle-code').fill(bundle2);
      await priya.page.locator('#add-bundle').click();
      await priya.page.waitForFunction(() => document.querySelector('#pulse-count')?.textContent.trim() === '6 responses');
      for (const row of await dimensionRows(priya.page)) assert.deepEqual(row, BOTH);
      const comments = (await priya.page.locator('#pulse-comments blockquote').allTextContents()).map((t) => t.trim());
      assert.deepEqual(comments, [0, 1, 2, 3, 4, 5].map(COMMENT));
      await screenshot(priya.page, 'collector-08-leader-picture');
      await priya.page.setViewportSize({ width: 390, height: 844 });
      await screenshot(priya.page, 'collector-08b-leader-picture-390');
      await priya.page.setViewportSize({ width: 1280, height: 900 });
      // The first bundle again is older: refused, nothing changed.
      await priya.page.locator('#bundle-code').fill(bundle1);
      await priya.page.locator('#add-bundle').click();
      await priya.page.waitForSelector('#bundle-outcome.notice-error');
      assert.match(await priya.page.locator('#bundle-outcome').textContent(), /earlier bundle than the one already added \(bundle 2\)/);
      assert.equal((await priya.page.locator('#pulse-count').textContent()).trim(), '6 responses');
    });

    // Sam's backup holds the key; erasing everything removes it.
    const [download] = await Promise.all([sam.page.waitForEvent('download'), sam.page.locator('#collector-backup').click()]);
    const backup = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')));
    assert.equal(backup.collectors.length, 1);
    assert.equal(backup.collectors[0].collector.name, 'Sam Okafor');
    assert.ok(backup.collectors[0].collector.private_key.length > 100);
    // "Erase everything" erases the key with the rest.
    await sam.page.goto(base);
    await showTools(sam.page);
    await sam.page.getByRole('button', { name: 'Erase everything in this browser' }).click();
    await sam.page.getByRole('button', { name: 'Erase everything', exact: true }).click();
    await sam.page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('align180.')));
  });
});

test('without a collector the member page says the leader will know who sent each code, and never "anonymous"', async () => {
  const base = env.server.url;
  await withDevice(env.browser, {}, async (leader) => {
    const record = completedRecord({ id: 'wnwnwnwnwnwnwnw2', leader: 'Kim Lee', self: { strategy: [4], purpose: [4], adaptiveness: [4], resilience: [4], collaboration: [4] }, other: { strategy: [4], purpose: [4], adaptiveness: [4], resilience: [4], collaboration: [4] } });
    await leader.page.goto(base);
    await leader.page.evaluate(([k, v]) => localStorage.setItem(k, v), ['align180.assessment.wnwnwnwnwnwnwnw2', JSON.stringify(record)]);
    await leader.page.goto(`${base}#/a/wnwnwnwnwnwnwnw2/team`);
    await leader.page.locator('#gatherer-leader').check();
    assert.match(await leader.page.locator('#gatherer-leader-hint').textContent(), /you will know who sent each code/);
    await leader.page.locator('#start-pulse').click();
    await leader.page.waitForSelector('#gather-codes');
    const link = (await leader.page.locator('.share-link .share-text').textContent()).trim();
    await withDevice(env.browser, PHONE, async ({ page }) => {
      await page.goto(link);
      await page.waitForSelector('#pulse-not-anonymous');
      assert.match(await page.locator('#pulse-not-anonymous').textContent(), /Kim Lee will know who sent each code/);
      assert.doesNotMatch(await page.locator('main').textContent(), /anonym/i);
      await screenshot(page, 'collector-09-member-own-390');
      await page.locator('label[for="pulse-strategy-connect-4"]').click();
      await page.locator('#make-pulse-code').click();
      await page.waitForSelector('#send-code-to');
      assert.match(await page.locator('#send-code-to').textContent(), /Send your code to Kim Lee\. Kim Lee will know that it is yours/);
      assert.doesNotMatch(await page.locator('main').textContent(), /anonym/i);
    });
  });
});

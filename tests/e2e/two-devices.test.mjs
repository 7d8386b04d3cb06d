// Two devices, no server: each browser context is a separate device with its
// own storage. Invitation → manager answers → response link or file → the
// leader's report equals the one-device report for the same answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setUp, withDevice, screenshot, appReady, storedRecords, artifactsDir, readQrCode, startAssessment, answerQuestionnaire, showTools } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

async function leaderSubmits(page, leader, manager, cycle) {
  await startAssessment(page, env.server.url, { leader, manager, cycle });
  await answerQuestionnaire(page, { digitFor: () => 4, priorities: [0, 1, 2], reflections: ['Leader view.'] });
  await page.getByRole('button', { name: 'Submit my self-assessment' }).click();
  await page.waitForSelector('h1:has-text("self-assessment profile")');
}

async function invitationLink(page) {
  await page.getByRole('link', { name: 'Invite the manager to use their own device' }).click();
  await page.waitForSelector('#share-link-text');
  return page.locator('#share-link-text').inputValue();
}

/** The manager's device: opens the invitation, rates, submits; returns the response link. */
async function managerAnswers(page, link, digitFor = (d) => (d === 'strategy' ? 2 : 4), reflection = 'Manager view <b>bold?</b>') {
  await page.goto(link);
  await page.waitForSelector('main h2:has-text("invites you to rate their leadership")');
  await page.getByRole('button', { name: /^(Start|Continue) rating/ }).click();
  await answerQuestionnaire(page, { digitFor, priorities: [0, 5, 10], reflections: [reflection].flat() });
  await page.getByRole('button', { name: 'Submit my rating' }).click();
  await page.waitForSelector('h1:has-text("send your response")');
  return page.locator('#share-link-text').inputValue();
}

/** What a person reads in the report: the headline and every row of the tables. */
async function reportText(page) {
  await page.waitForSelector('#alignment-index');
  return page.evaluate(() => ({
    index: document.querySelector('#alignment-index').textContent,
    agreement: document.querySelector('#agreement-rate').textContent,
    overlap: document.querySelector('#priority-overlap').textContent,
    dimensions: [...document.querySelectorAll('table.compare tbody tr')].map((r) => r.textContent),
    items: [...document.querySelectorAll('.items-table tbody tr')].map((r) => r.textContent),
  }));
}

test('invitation and response links between two devices give the one-device report', async () => {
  await withDevice(env.browser, {}, async (leader) => {
    await withDevice(env.browser, {}, async (manager) => {
      await leaderSubmits(leader.page, 'Dana Reyes', 'Sam Patel', 'Q1 2027');
      const invite = await invitationLink(leader.page);
      assert.match(invite, /\/align180\/#\/invite\/[A-Za-z0-9_-]+$/);
      // The QR code, read from the screen at the size shown, is the link.
      assert.equal(await readQrCode(leader.page, '.qr-code'), invite);
      assert.match(await leader.page.locator('.privacy-note').textContent(), /Anyone who holds this link can read what it carries/);
      await screenshot(leader.page, '30-invite');
      // Reopening the invitation page shows the same link (the nonce is kept).
      await leader.page.reload();
      await leader.page.waitForSelector('#share-link-text');
      assert.equal(await leader.page.locator('#share-link-text').inputValue(), invite);

      // The manager's device knows nothing of the leader's answers.
      const responseLink = await managerAnswers(manager.page, invite);
      await screenshot(manager.page, '31-respond');
      const managerStore = Object.values(await storedRecords(manager.page)).join('');
      assert.doesNotMatch(managerStore, /Leader view/);
      assert.match(responseLink, /#\/response\/[A-Za-z0-9_-]+$/);
      assert.equal(await readQrCode(manager.page, '.qr-code'), responseLink);
      const code = responseLink.split('/').pop();
      console.log(`response code length with one short reflection: ${code.length}`);
      // The manager's home page offers the way back to this response.
      await manager.page.goto(env.server.url);
      await appReady(manager.page);
      assert.match(await manager.page.locator('.assessment-card h3').textContent(), /Your rating of Dana Reyes/);
      await manager.page.getByRole('link', { name: 'Send your response to Dana Reyes' }).click();
      await manager.page.waitForSelector('#share-link-text');

      // The leader opens the response: preview, then attach.
      await leader.page.goto(responseLink);
      await leader.page.waitForSelector('h1:has-text("Response from Sam Patel")');
      assert.match(await leader.page.locator('.preview').textContent(), /for Dana Reyes's assessment \(Q1 2027\)/);
      await screenshot(leader.page, '32-response-preview');
      const before = await storedRecords(leader.page);
      await leader.page.getByRole('button', { name: "Add Sam Patel's response" }).click();
      await leader.page.waitForSelector('h1:has-text("Both views are in")');
      await leader.page.getByRole('link', { name: 'Open the report' }).click();
      const twoDevices = await reportText(leader.page);
      assert.equal(twoDevices.index, '90');
      assert.notDeepEqual(await storedRecords(leader.page), before);

      // Until the comparison comes back, the manager's device says what it
      // waits for, and never offers the leader's steps.
      const id = leader.page.url().match(/#\/a\/([^/]+)\//)[1];
      await manager.page.goto(`${env.server.url}#/a/${id}/report`);
      await manager.page.waitForSelector('#waiting-for-comparison');
      assert.match(await manager.page.locator('#waiting-for-comparison').textContent(), /they send the comparison back/);
      assert.equal(await manager.page.getByText("Leader's turn").count(), 0);
      await manager.page.goto(`${env.server.url}#/a/${id}/turn/self`);
      await manager.page.waitForSelector('#not-this-device');
      await manager.page.goto(`${env.server.url}#/a/${id}/self/strategy`);
      await manager.page.waitForSelector('#not-this-device');
      assert.equal(await manager.page.locator('fieldset.item').count(), 0);
      await manager.page.goto(env.server.url);
      await appReady(manager.page);
      assert.match(await manager.page.locator('.assessment-card .waiting').textContent(), /Waiting for Dana Reyes/);
      // The leader sends the comparison back; the manager's device shows the same report.
      await leader.page.locator('#send-back').click();
      await leader.page.waitForSelector('#share-link-text');
      const comparisonLink = await leader.page.locator('#share-link-text').inputValue();
      assert.match(comparisonLink, /#\/restore\/[A-Za-z0-9_-]+$/);
      console.log(`comparison link sent back: ${comparisonLink.length} characters`);
      await screenshot(leader.page, '33-send-comparison-back');
      await manager.page.goto(comparisonLink);
      await manager.page.waitForSelector('h1:has-text("comparison, sent back to you")');
      await screenshot(manager.page, '34-comparison-arrives');
      await manager.page.getByRole('button', { name: 'Open the report for both of you' }).click();
      assert.deepEqual(await reportText(manager.page), twoDevices, 'the same report on both devices');
      await manager.page.goto(env.server.url);
      await appReady(manager.page);
      await manager.page.getByRole('link', { name: 'Open the report' }).click();
      await manager.page.waitForSelector('#alignment-index');
      await leader.page.goto(`${env.server.url}#/a/${id}/report`);
      await leader.page.waitForSelector('#alignment-index');

      // Opening the same response again changes nothing.
      const afterImport = await storedRecords(leader.page);
      await leader.page.goto(responseLink);
      await leader.page.waitForSelector('#already-imported');
      assert.deepEqual(await storedRecords(leader.page), afterImport);

      // The same answers on one device give the same report.
      await withDevice(env.browser, {}, async (one) => {
        await leaderSubmits(one.page, 'Dana Reyes', 'Sam Patel', 'Q1 2027');
        await one.page.getByRole('link', { name: "Manager's turn" }).click();
        await one.page.getByRole('link', { name: /^Start rating Dana Reyes/ }).click();
        await answerQuestionnaire(one.page, { digitFor: (d) => (d === 'strategy' ? 2 : 4), priorities: [0, 5, 10], reflections: ['Manager view <b>bold?</b>'] });
        await one.page.getByRole('button', { name: 'Submit my rating' }).click();
        await one.page.getByRole('link', { name: 'Open the report' }).click();
        assert.deepEqual(await reportText(one.page), twoDevices);

      });
    });
  });
});

test('the response file works like the link, and bad links and files change nothing', async () => {
  await withDevice(env.browser, {}, async (leader) => {
    await withDevice(env.browser, {}, async (manager) => {
      await leaderSubmits(leader.page, 'Lee Park', 'Ola Berg', 'Q2 2027');
      const invite = await invitationLink(leader.page);

      // A damaged invitation saves nothing on the manager's device.
      await manager.page.goto(invite.slice(0, -4));
      await manager.page.waitForSelector('main h2:has-text("This invitation link cannot be used")');
      assert.match(await manager.page.locator('.notice-error').textContent(), /incomplete or has been changed/);
      assert.deepEqual(await storedRecords(manager.page), {});

      await managerAnswers(manager.page, invite);
      const [download] = await Promise.all([
        manager.page.waitForEvent('download'),
        manager.page.getByRole('button', { name: 'Download the response file' }).click(),
      ]);
      const file = path.join(artifactsDir, download.suggestedFilename());
      await download.saveAs(file);
      assert.match(download.suggestedFilename(), /^align180-response-lee-park-q2-2027\.json$/);

      // Bad links and files on the leader's device: clear messages, nothing changed.
      const before = await storedRecords(leader.page);
      const responseLink = await manager.page.locator('#share-link-text').inputValue();
      const altered = responseLink.slice(0, -6) + (responseLink.at(-6) === 'A' ? 'B' : 'A') + responseLink.slice(-5);
      for (const bad of [responseLink.slice(0, -10), altered, `${env.server.url}#/response/not*a*code`]) {
        await leader.page.goto(bad);
        await leader.page.waitForSelector('h1:has-text("This response cannot be used")');
        assert.match(await leader.page.locator('.notice-error').textContent(), /(incomplete or has been changed|not an Align 180 code)/);
      }
      await screenshot(leader.page, '33-bad-response-link');
      await leader.page.goto(env.server.url);
      await appReady(leader.page);
      const junk = path.join(artifactsDir, 'not-align180.txt');
      await writeFile(junk, 'hello, this is not a response');
      const newer = path.join(artifactsDir, 'newer-export.json');
      await writeFile(newer, JSON.stringify({ format: 'align180-export', version: 99, assessments: [] }));
      await showTools(leader.page);
      await leader.page.locator('#import-files').setInputFiles([junk, newer]);
      await leader.page.waitForSelector('.import-messages li');
      const messages = await leader.page.locator('.import-messages li').allTextContents();
      assert.match(messages[0], /not-align180\.txt.*not an Align 180 file.*Nothing was changed/);
      assert.match(messages[1], /newer version of Align 180/);
      await screenshot(leader.page, '34-bad-files');
      await showTools(leader.page);
      await leader.page.getByLabel(/^Paste an invitation, response, cohort or restore link/).fill('https://example.org/#/response/abc');
      await leader.page.getByRole('button', { name: 'Open', exact: true }).click();
      assert.equal(await leader.page.locator('.import-messages li').first().textContent(), 'That is not an Align 180 link or code: paste the whole link you were sent.');
      assert.deepEqual(await storedRecords(leader.page), before);

      // The real file: preview, attach, report.
      await showTools(leader.page);
      await leader.page.locator('#import-files').setInputFiles(file);
      await leader.page.waitForSelector('h1:has-text("Response from Ola Berg")');
      await leader.page.getByRole('button', { name: "Add Ola Berg's response" }).click();
      await leader.page.getByRole('link', { name: 'Open the report' }).click();
      const report = await reportText(leader.page);
      assert.equal(report.index, '90');
      assert.equal(report.overlap, '1 of 3');

      // The comparison as CSV.
      const [csv] = await Promise.all([
        leader.page.waitForEvent('download'),
        leader.page.getByRole('button', { name: 'Download the comparison (CSV)' }).click(),
      ]);
      const csvPath = path.join(artifactsDir, csv.suggestedFilename());
      await csv.saveAs(csvPath);
      const lines = (await (await import('node:fs/promises')).readFile(csvPath, 'utf8')).trim().split('\r\n');
      assert.equal(lines[0], 'item,dimension,self,manager,gap,label', 'the heading (trim also drops the byte order mark)');
      assert.equal(lines.length, 26);
      assert.match(lines[1], /,Strategy,4,2,2,blind spot$/);

    });
  });
});

test('a different response asks before replacing; an unknown one can be kept as new; backups merge without duplicates', async () => {
  await withDevice(env.browser, {}, async (leader) => {
    await withDevice(env.browser, {}, async (first) => {
      await withDevice(env.browser, {}, async (second) => {
        await leaderSubmits(leader.page, 'Ana Silva', 'Kim Lee', 'Q3 2027');
        const invite = await invitationLink(leader.page);
        const link1 = await managerAnswers(first.page, invite);
        const link2 = await managerAnswers(second.page, invite, () => 5);

        await leader.page.goto(link1);
        await leader.page.getByRole('button', { name: "Add Kim Lee's response" }).click();
        await leader.page.waitForSelector('h1:has-text("Both views are in")');
        const attached = await storedRecords(leader.page);
        await leader.page.goto(link2);
        await leader.page.waitForSelector('#replace-response');
        await screenshot(leader.page, '35-replace-confirm');
        await leader.page.getByRole('link', { name: 'Keep the current one' }).click();
        await appReady(leader.page);
        assert.deepEqual(await storedRecords(leader.page), attached);
        await leader.page.goto(link2);
        await leader.page.getByRole('button', { name: 'Replace it' }).click();
        await leader.page.getByRole('link', { name: 'Open the report' }).click();
        // Leader 4, manager 5 everywhere: mean |gap| 1 → round(100 × (1 − 1/4)) = 75.
        assert.equal((await reportText(leader.page)).index, '75');

        // A response this browser has never seen.
        await withDevice(env.browser, {}, async (stranger) => {
          await stranger.page.goto(link1);
          await stranger.page.waitForSelector('h1:has-text("Response from Kim Lee")');
          assert.match(await stranger.page.locator('.preview').textContent(), /an assessment this browser does not have/);
          await stranger.page.getByLabel('Your name (the leader)').fill('Ana Silva');
          await stranger.page.getByRole('button', { name: 'Keep it as a new assessment' }).click();
          await stranger.page.waitForSelector('h1:has-text("The report is not ready yet")');
          assert.match(await stranger.page.locator('.missing').textContent(), /Ana Silva's self-assessment: not started/);

          // Backup from the leader's device, imported twice on another: no duplicates.
          await leader.page.goto(env.server.url);
          await appReady(leader.page);
          await showTools(leader.page);
          const [backup] = await Promise.all([
            leader.page.waitForEvent('download'),
            leader.page.locator('#download-backup').click(),
          ]);
          const backupPath = path.join(artifactsDir, 'backup.json');
          await backup.saveAs(backupPath);
          await stranger.page.goto(env.server.url);
          await appReady(stranger.page);
          await showTools(stranger.page);
          await stranger.page.locator('#import-files').setInputFiles(backupPath);
          await stranger.page.waitForSelector('.import-messages li');
          assert.match(await stranger.page.locator('.import-messages li').first().textContent(), /0 assessments added, 1 already here with different answers, kept as they are here/);
          await withDevice(env.browser, {}, async (third) => {
            await third.page.goto(env.server.url);
            await appReady(third.page);
            await showTools(third.page);
            for (const expected of [/1 assessment added/, /0 assessments added, 1 already here\./]) {
              await third.page.locator('#import-files').setInputFiles(backupPath);
              await third.page.waitForFunction((re) => new RegExp(re).test(document.querySelector('.import-messages li')?.textContent ?? ''), expected.source);
            }
            assert.equal(await third.page.locator('.assessment-card').count(), 1);

          });
        });
      });
    });
  });
});

test('a very long response recommends the file and still offers the link', async () => {
  await withDevice(env.browser, {}, async (leader) => {
    await withDevice(env.browser, {}, async (manager) => {
      await leaderSubmits(leader.page, 'Mo Haddad', 'Eva Lind', 'Q4 2027');
      const invite = await invitationLink(leader.page);
      // Three 2,000-character reflections of varied words (they compress poorly).
      let seed = 7;
      const word = () => { seed = (seed * 48271) % 2147483647; return 'strategy team change pace trust goals review coach listen clarity'.split(' ')[seed % 10] + (seed % 97); };
      const long = () => Array.from({ length: 400 }, word).join(' ').slice(0, 2000);
      const link = await managerAnswers(manager.page, invite, () => 3, [long(), long(), long()]);
      assert.ok(link.length > 2000, `link is ${link.length} characters`);
      assert.match(await manager.page.locator('.share-link .notice').textContent(), /This link is long .* The file is more reliable/);
      console.log(`long response link: ${link.length} characters`);
      await leader.page.goto(link);
      await leader.page.getByRole('button', { name: "Add Eva Lind's response" }).click();
      await leader.page.getByRole('link', { name: 'Open the report' }).click();
      await leader.page.waitForSelector('.reflections-table');
      assert.match(await leader.page.locator('.reflections-table').textContent(), /strategy|team|change/);
    });
  });
});

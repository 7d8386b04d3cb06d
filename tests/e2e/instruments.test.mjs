// Trainers' own question sets, with no server: load and check a file,
// preview it, take it as leader, send the invitation (which carries the
// questions) to a second device, answer as manager, import the response and
// read a report with three dimensions. Invalid files list their problems and
// store nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setUp, withDevice, screenshot, appReady, storedRecords, artifactsDir, repoRoot, answerEveryStep, showTools, chartsDrawn } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const PULSE = path.join(repoRoot, 'tests/fixtures/instruments/pulse-3-dimensions.json');
const instrumentKeys = (records) => Object.keys(records).filter((k) => k.startsWith('align180.instrument.'));

async function openQuestionSets(page) {
  await page.goto(env.server.url);
  await appReady(page);
  await showTools(page);
  await page.getByRole('link', { name: 'Question sets: use your own' }).click();
  await page.waitForSelector('h1:has-text("Question sets")');
}

test('invalid question set files list their problems and store nothing', async () => {
  await withDevice(env.browser, {}, async ({ page }) => {
    await openQuestionSets(page);
    const before = await storedRecords(page);
    const broken = path.join(artifactsDir, 'instrument-bad-json.json');
    await writeFile(broken, '{\n  "format": 1,\n  "id": "oops",\n');
    await page.locator('#instrument-file').setInputFiles(broken);
    await page.waitForSelector('#instrument-problems');
    assert.match(await page.locator('#instrument-problems').textContent(), /not valid JSON \(it breaks off or has a stray character near line 4, character 0\)/);

    const pulse = JSON.parse(await readFile(PULSE, 'utf8'));
    pulse.dimensions[1].id = 'focus';
    pulse.dimensions[2].items[0].text = ' ';
    pulse.scale.points[4].label = '';
    delete pulse.name;
    const invalid = path.join(artifactsDir, 'instrument-invalid.json');
    await writeFile(invalid, JSON.stringify(pulse, null, 2));
    await page.locator('#instrument-file').setInputFiles(invalid);
    await page.waitForFunction(() => /instrument-invalid/.test(document.querySelector('#instrument-problems')?.textContent ?? ''));
    const problems = await page.locator('#instrument-problems li').allTextContents();
    assert.deepEqual(problems.sort(), [
      'Dimension 2, its id: “focus” is used twice; ids must be unique',
      'Dimension 3, behaviour 1, its text: is empty',
      "The scale, scale point 5, its words: is empty",
      "The set's name: is missing",
    ]);
    assert.match(await page.locator('#instrument-problems').textContent(), /4 problems to fix\. Nothing was saved\./);
    await screenshot(page, '90-instrument-problems');
    // Pasted text goes through the same checks.
    await page.locator('#instrument-text').fill('{"format": 2}');
    await page.getByRole('button', { name: 'Check and add the pasted question set' }).click();
    await page.waitForFunction(() => /The pasted text was not added/.test(document.querySelector('#instrument-problems')?.textContent ?? ''));
    assert.deepEqual(await storedRecords(page), before);
  });
});

test('a custom three-dimension question set goes from a file to a two-device report', async () => {
  await withDevice(env.browser, {}, async (leader) => {
    await withDevice(env.browser, {}, async (manager) => {
      const page = leader.page;
      await openQuestionSets(page);

      // The built-in set downloads as a file to start from.
      const [builtin] = await Promise.all([page.waitForEvent('download'), page.locator('[data-instrument="sparc-180"]').getByRole('button', { name: 'Download as a file' }).click()]);
      const sparc = JSON.parse(await readFile(await builtin.path(), 'utf8'));
      assert.equal(sparc.dimensions.length, 5);
      assert.equal(sparc.format, 1);

      // Load the custom set from a file; it is kept.
      await page.locator('#instrument-file').setInputFiles(PULSE);
      await page.waitForSelector('#instrument-added');
      assert.match(await page.locator('#instrument-added').textContent(), /“Team pulse 180” is ready \(3 dimensions, 5 behaviours\)/);
      assert.deepEqual(instrumentKeys(await storedRecords(page)), ['align180.instrument.team-pulse.v2']);

      // Preview it as a respondent would see it.
      await page.getByRole('link', { name: 'Preview it' }).click();
      await page.waitForSelector('h1:has-text("Preview: Team pulse 180")');
      assert.equal(await page.locator('.preview-dimension').count(), 3);
      assert.equal(await page.locator('fieldset.item').count(), 5);
      assert.equal(await page.locator('fieldset.item legend').first().textContent(), 'Restates the team\'s three goals at the start of each planning meeting');
      await page.getByRole('radio', { name: '5 Always' }).first().check();
      await page.getByRole('radio', { name: 'Not seen' }).nth(1).check();
      await screenshot(page, '91-instrument-preview');

      // Take it as leader.
      await page.goto(env.server.url);
      await page.getByRole('link', { name: 'Start a self-assessment' }).click();
      await page.getByLabel('Question set').selectOption({ label: 'Team pulse 180 (5 behaviours)' });
      assert.match(await page.locator('.lead').textContent(), /5 leadership behaviours, choose up to 2 priorities/);
      await page.getByLabel('Your name (the leader)').fill('Ana Costa');
      await page.getByLabel("Your manager's name").fill('Ben Ode');
      await page.getByRole('button', { name: 'Start the self-assessment' }).click();
      await page.waitForSelector('h1:has-text("Step 1 of 6")');
      await answerEveryStep(page, { digitFor: (d) => ({ focus: 5, care: 4, voice: 2 })[d], priorities: [0, 4], reflections: ['Leader view'] });
      await page.getByRole('button', { name: 'Submit my self-assessment' }).click();
      await page.waitForSelector('h1:has-text("self-assessment profile")');
      assert.equal(await page.locator('table.scores tbody tr').count(), 3);

      // The invitation carries the questions to a device that has never seen
      // them: here as the invitation file, imported on the manager's home page.
      await page.getByRole('link', { name: 'Invite the manager to use their own device' }).click();
      const invite = await page.locator('#share-link-text').inputValue();
      console.log(`# invitation link with the custom 3-dimension question set: ${invite.length} characters`);
      assert.ok(invite.length < 2000, 'short enough for chat apps and a QR code');
      const [invitationFile] = await Promise.all([page.waitForEvent('download'), page.locator('#download-invitation').click()]);
      const invitationPath = path.join(artifactsDir, 'invitation-team-pulse.json');
      await invitationFile.saveAs(invitationPath);
      await manager.page.goto(env.server.url);
      await appReady(manager.page);
      await showTools(manager.page);
      await manager.page.locator('#import-files').setInputFiles(invitationPath);
      await manager.page.waitForSelector('main h2:has-text("invites you to rate their leadership")');
      assert.match(await manager.page.locator('main h2 + p').textContent(), /rate how often they show 5 leadership behaviours/);
      await manager.page.getByRole('button', { name: /^(Start|Continue) rating/ }).click();
      await manager.page.waitForSelector('h1:has-text("Step 1 of 6")');
      await answerEveryStep(manager.page, { digitFor: (d) => ({ focus: 3, care: 4, voice: 4 })[d], priorities: [1] });
      await manager.page.getByRole('button', { name: 'Submit my rating' }).click();
      await manager.page.waitForSelector('h1:has-text("send your response")');
      const response = await manager.page.locator('#share-link-text').inputValue();
      // The manager's browser kept the questions: the assessment reopens after a reload.
      assert.deepEqual(instrumentKeys(await storedRecords(manager.page)), ['align180.instrument.team-pulse.v2']);
      await manager.page.reload();
      await manager.page.waitForSelector('h1:has-text("send your response")');

      // Back on the leader's device: the report has three dimensions.
      await page.goto(response);
      await page.getByRole('button', { name: "Add Ben Ode's response" }).click();
      await page.waitForSelector('h1:has-text("Both views are in")');
      await page.getByRole('link', { name: 'Open the report' }).click();
      await page.waitForSelector('h1:has-text("180 report for Ana Costa")');
      const dims = await page.locator('table.compare tbody tr th').allTextContents();
      assert.deepEqual(dims, ['Focus', 'Care', 'Voice']);
      const row = await page.locator('table.compare tbody tr').first().textContent();
      assert.match(row, /5\.0.*3\.0/);
      await chartsDrawn(page);
      await screenshot(page, '92-instrument-report');
      assert.deepEqual(leader.errors, []);
      assert.deepEqual(manager.errors, []);

      // A browser holding a different "team-pulse" version 2 refuses the invitation.
      await withDevice(env.browser, {}, async (other) => {
        await openQuestionSets(other.page);
        const changed = JSON.parse(await readFile(PULSE, 'utf8'));
        changed.dimensions[0].items[0].text = 'Writes the team goals on the wall every Monday morning';
        const changedPath = path.join(artifactsDir, 'instrument-changed.json');
        await writeFile(changedPath, JSON.stringify(changed));
        await other.page.locator('#instrument-file').setInputFiles(changedPath);
        await other.page.waitForSelector('#instrument-added');
        const otherBefore = await storedRecords(other.page);
        await other.page.goto(invite);
        await other.page.waitForSelector('[role=alert]');
        assert.match(await other.page.locator('main').textContent(), /differs from the one already in this browser under the same id and version/);
        assert.deepEqual(await storedRecords(other.page), otherBefore);

        // A question set in use is kept; an unused one can be removed.
        await openQuestionSets(page);
        await page.getByRole('button', { name: 'Remove “Team pulse 180”' }).click();
        assert.match(await page.locator('#instrument-removal').textContent(), /is kept: 1 saved assessments or cohorts use it/);
        assert.deepEqual(instrumentKeys(await storedRecords(page)), ['align180.instrument.team-pulse.v2']);
        await openQuestionSets(other.page);
        await other.page.getByRole('button', { name: 'Remove “Team pulse 180”' }).click();
        assert.match(await other.page.locator('#instrument-removal').textContent(), /was removed from this browser/);
        assert.deepEqual(instrumentKeys(await storedRecords(other.page)), []);
        assert.equal(await other.page.locator('.instrument-row').count(), 1);
      });
    });
  });
});

test("a cohort on a trainer's question set: the cohort link brings the questions to a participant", async () => {
  await withDevice(env.browser, {}, async (trainer) => {
    await openQuestionSets(trainer.page);
    await trainer.page.locator('#instrument-file').setInputFiles(PULSE);
    await trainer.page.waitForSelector('#instrument-added');
    await trainer.page.goto(env.server.url);
    await showTools(trainer.page);
    await trainer.page.getByRole('link', { name: 'Create a cohort' }).click();
    await trainer.page.getByLabel('Cohort name').fill('Pulse pilot');
    await trainer.page.getByLabel('Question set').selectOption({ label: 'Team pulse 180 (5 behaviours)' });
    await trainer.page.getByRole('button', { name: 'Create the cohort' }).click();
    await trainer.page.waitForSelector('h1:has-text("Pulse pilot")');
    const link = await trainer.page.locator('#share-link-text').inputValue();

    // Three participants (the dashboard shows codes three at a time).
    const codes = [];
    for (const [i, name] of ['Pia Lund', 'Ola Berg', 'Eva Lind'].entries()) {
      await withDevice(env.browser, {}, async (participant) => {
        const fetched = [];
        participant.page.on('request', (r) => fetched.push(r.url()));
        await participant.page.goto(link);
        await participant.page.waitForSelector('main h2:has-text("Welcome to “Pulse pilot”")');
        // The link's own set is checked by the checker, a piece of its own
        // that a link with the built-in questions never downloads.
        assert.ok(fetched.some((u) => /split_checker-/.test(u)), 'the checker downloaded for a set inside the link');
        if (i === 0) assert.match(await participant.page.locator('.lead', { hasText: 'You will rate' }).textContent(), /5 leadership behaviours, choose up to 2 priorities, and answer 1 optional/);
        await participant.page.getByLabel('Your name (the leader)').fill(name);
        await participant.page.getByRole('button', { name: 'Start the self-assessment' }).click();
        await participant.page.waitForSelector('h1:has-text("Step 1 of 6")');
        await answerEveryStep(participant.page, { digitFor: () => 4 });
        await participant.page.getByRole('button', { name: 'Submit my self-assessment' }).click();
        await participant.page.locator('#share-with-cohort').click();
        codes.push(await participant.page.locator('#share-link-text').inputValue());
        assert.deepEqual(instrumentKeys(await storedRecords(participant.page)), ['align180.instrument.team-pulse.v2']);
      });
    }
    await trainer.page.locator('#gather-codes').fill(codes[0]);
    await trainer.page.locator('#gather-pasted').click();
    await trainer.page.waitForSelector('.gather-summary');
    assert.equal(await trainer.page.locator('.gather-summary').textContent(), '1 added.');
    assert.match(await trainer.page.locator('#cohort-waiting').textContent(), /^1 code is gathered but not shown yet/);
    await trainer.page.locator('#gather-codes').fill(codes.slice(1).join('\n'));
    await trainer.page.locator('#gather-pasted').click();
    await trainer.page.waitForFunction(() => document.querySelector('.gather-summary')?.textContent === '2 added.');
    const dims = await trainer.page.locator('table.cohort-dimensions tbody th').allTextContents();
    assert.deepEqual(dims, ['Focus', 'Care', 'Voice']);
  });
});

test('question sets from a spreadsheet: a bad row is reported by row and column; a good one previews like its JSON twin', async () => {
  await withDevice(env.browser, {}, async (json) => {
    await openQuestionSets(json.page);
    await json.page.locator('#instrument-file').setInputFiles(PULSE);
    await json.page.waitForSelector('#instrument-added');
    // Any set downloads as a spreadsheet to start from.
    const [download] = await Promise.all([
      json.page.waitForEvent('download'),
      json.page.locator('[data-instrument="team-pulse"]').getByRole('button', { name: 'Download as a spreadsheet (CSV)' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^team-pulse.*v2\.csv$/);
    const sheet = await readFile(await download.path(), 'utf8');
    assert.match(sheet, /^name,Team pulse 180\r\n/);
    assert.match(sheet, /\r\ndimension,behaviour,summary,dimension id,behaviour id\r\n/);
    await json.page.getByRole('link', { name: 'Preview it' }).click();
    await json.page.waitForSelector('h1:has-text("Preview: Team pulse 180")');
    const jsonPreview = await json.page.locator('main').innerText();

    await withDevice(env.browser, {}, async (csv) => {
      await openQuestionSets(csv.page);
      const before = await storedRecords(csv.page);
      // The first behaviour without its dimension, the next without its text: both named, nothing kept.
      const lines = sheet.split('\r\n');
      const firstItem = lines.findIndex((l) => l.startsWith('dimension,')) + 1;
      const broken = [...lines];
      broken[firstItem] = broken[firstItem].replace(/^[^,]*,/, ',');
      broken[firstItem + 1] = broken[firstItem + 1].replace(/^([^,]*),[^,]*,/, '$1,,');
      const bad = path.join(artifactsDir, 'instrument-bad-row.csv');
      await writeFile(bad, broken.join('\r\n'));
      await csv.page.locator('#instrument-file').setInputFiles(bad);
      await csv.page.waitForSelector('#instrument-problems');
      const problems = await csv.page.locator('#instrument-problems li').allTextContents();
      assert.deepEqual(problems, [
        `Row ${firstItem + 1}, column 1 (dimension): is empty; the first behaviour needs its dimension (blank cells below it continue it)`,
        `Row ${firstItem + 2}, column 2 (behaviour): is empty`,
      ]);
      assert.match(await csv.page.locator('#instrument-problems').textContent(), /2 problems to fix\. Nothing was saved\./);
      assert.deepEqual(await storedRecords(csv.page), before);
      await screenshot(csv.page, '92-instrument-csv-problems');

      // The good sheet is the same set: its preview reads exactly like the JSON's.
      const good = path.join(artifactsDir, 'team-pulse.csv');
      await writeFile(good, sheet);
      await csv.page.locator('#instrument-file').setInputFiles(good);
      await csv.page.waitForSelector('#instrument-added');
      assert.match(await csv.page.locator('#instrument-added').textContent(), /“Team pulse 180” is ready \(3 dimensions, 5 behaviours\)/);
      await csv.page.getByRole('link', { name: 'Preview it' }).click();
      await csv.page.waitForSelector('h1:has-text("Preview: Team pulse 180")');
      assert.equal(await csv.page.locator('main').innerText(), jsonPreview);
    });
  });
});

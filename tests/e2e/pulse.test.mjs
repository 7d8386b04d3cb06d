// The team pulse as people use it: a leader with a finished 180 starts a
// pulse from the report; five team members, each in their own browser,
// open the link, answer (no name is asked), see exactly what their code
// contains and send it back; the leader gathers the codes by paste and by
// file; the picture shows hand-computed figures, nothing below three
// responses, comments only from five; the 180 report shows self, manager
// and team per dimension; bad codes are reported and change nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { setUp, withDevice, artifactsDir, completedRecord, screenshot, appReady, showTools, repoRoot, readPdf, overlappingRuns } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const STATEMENTS = {
  strategy: ['strategy-connect', 'strategy-priorities', 'strategy-progress'],
  purpose: ['purpose-why', 'purpose-values', 'purpose-recognition'],
  adaptiveness: ['adaptiveness-change', 'adaptiveness-experiment', 'adaptiveness-decisions'],
  resilience: ['resilience-safety', 'resilience-workload', 'resilience-setbacks'],
  collaboration: ['collaboration-help', 'collaboration-voice', 'collaboration-information'],
};
const DIMENSIONS = Object.keys(STATEMENTS);
// Each member's answer to every statement of a dimension (6 = Don't know).
const MEMBERS = [
  { answers: [5, 4, 3, 2, 1], comment: 'More time to plan, please.' },
  { answers: [4, 4, 3, 2, 2], comment: '<b>Not bold</b> & not a tag' },
  { answers: [4, 5, 3, 1, 6], comment: '' },
  { answers: [2, 4, 3, 2, 2], comment: 'We support each other well.' },
  { answers: [1, 3, 6, 2, 6], comment: '' },
];
// Worked by hand from MEMBERS (three statements each, so shares are the
// same per statement and per dimension):
// strategy 5,4,4,2,1 → 3.2, 60% / 0% / 40%; purpose 4,4,5,4,3 → 4.0, 80/20/0;
// adaptiveness 3,3,3,3 + 1 Don't know → 3.0, 0/100/0, Don't know 3;
// resilience 2,2,1,2,2 → 1.8, 0/0/100; collaboration 1,2,2 + 2 Don't know
// → 1.7, 0/0/100, Don't know 6.
const EXPECTED = {
  strategy: ['3.2', '60%', '0%', '40%', '15', '0'],
  purpose: ['4.0', '80%', '20%', '0%', '15', '0'],
  adaptiveness: ['3.0', '0%', '100%', '0%', '12', '3'],
  resilience: ['1.8', '0%', '0%', '100%', '15', '0'],
  collaboration: ['1.7', '0%', '0%', '100%', '9', '6'],
};
const ASSESSMENT = 'teamteamteamtea2';

test('a leader who gathers the codes asks the team; five members answer (told the leader knows who sent each); the picture and the report show the team', async () => {
  const base = env.server.url;
  await withDevice(env.browser, { viewport: { width: 1280, height: 900 } }, async (leader) => {
    const record = completedRecord({
      id: ASSESSMENT,
      self: { strategy: [5], purpose: [3], adaptiveness: [3], resilience: [2], collaboration: [2] },
      other: { strategy: [5], purpose: [3], adaptiveness: [3], resilience: [2], collaboration: [2] },
    });
    await leader.page.goto(base);
    await leader.page.evaluate(([k, v]) => localStorage.setItem(k, v), [`align180.assessment.${ASSESSMENT}`, JSON.stringify(record)]);
    await leader.page.goto(`${base}#/a/${ASSESSMENT}/report`);
    await leader.page.locator('#ask-team').click();
    // This team agreed that the leader gathers the codes (no collector).
    await leader.page.locator('#gatherer-leader').check();
    await leader.page.locator('#start-pulse').click();
    await leader.page.waitForSelector('#pulse-count');
    const link = (await leader.page.locator('.share-link .share-text').textContent()).trim();
    assert.match(link, /#\/pulse\/[A-Za-z0-9_-]+$/);
    console.log(`# pulse link: ${link.length} characters`);
    assert.equal((await leader.page.locator('#pulse-count').textContent()).trim(), '0 responses');
    await screenshot(leader.page, 'pulse-01-leader-started');

    // Five members, five browsers.
    const codes = [];
    for (const [m, member] of MEMBERS.entries()) {
      const phone = m % 2 === 0;
      await withDevice(env.browser, phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {}, async ({ page }) => {
        const fetched = [];
        page.on('request', (r) => fetched.push(r.url()));
        await page.goto(link);
        // The statements come one dimension a frame; the button comes last.
        await page.waitForSelector('#make-pulse-code');
        assert.equal(await page.locator('fieldset.pulse-statement').count(), 15);
        // No name is asked: the only text field is the comment.
        assert.equal(await page.locator('input[type=text], input:not([type]), input[type=email]').count(), 0);
        assert.equal(await page.locator('textarea').count(), 1);
        assert.match(await page.locator('label[for=pulse-comment]').textContent(), /optional/);
        assert.match(await page.locator('#pulse-comment-hint').textContent(), /once at least 5 people have answered, and will know who sent each code/);
        assert.match(await page.locator('#pulse-not-anonymous').textContent(), /will know who sent each code/);
        if (m === 0) {
          // Nothing answered yet: a clear message, no code.
          await page.locator('#make-pulse-code').click();
          assert.match(await page.locator('.field-error').first().textContent(), /Answer at least one statement/);
          await screenshot(page, 'pulse-02-member-phone');
        }
        for (const [d, dimension] of DIMENSIONS.entries()) {
          for (const statement of STATEMENTS[dimension]) {
            await page.locator(`label[for="pulse-${statement}-${member.answers[d]}"]`).click();
          }
        }
        if (member.comment) await page.locator('#pulse-comment').fill(member.comment);
        await page.locator('#make-pulse-code').click();
        await page.waitForSelector('#code-contains');
        const lines = page.locator('#code-contains li');
        assert.equal(await lines.count(), 15);
        assert.match(await lines.first().textContent(), /I know how my work connects/);
        if (member.comment) {
          assert.equal((await page.locator('blockquote#code-comment').textContent()).trim(), member.comment);
        } else {
          assert.equal((await page.locator('#code-comment').textContent()).trim(), 'No comment.');
        }
        assert.match(await page.locator('.code-contents').textContent(), /does not contain.*your name/);
        if (m === 1) await screenshot(page, 'pulse-03-member-code');
        const code = (await page.locator('.share-link .share-text').textContent()).trim();
        assert.match(code, /#\/pulse-code\/[A-Za-z0-9_-]+$/);
        let file = null;
        if (m >= 3) {
          const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-pulse-code').click()]);
          file = path.join(artifactsDir, `pulse-member-${m + 1}.json`);
          await download.saveAs(file);
        }
        codes.push({ code, file });
        // A member's phone downloads the member's page and nothing of the rest (not the leader's pulse pages).
        assert.ok(fetched.length > 3, 'requests were recorded');
        assert.deepEqual(fetched.filter((u) => /split_(report|cohort|instruments|tools|pulse|checker)-|echarts/.test(u)), []);
        // Their code is made and shown by a piece downloaded once they answered.
        assert.ok(fetched.some((u) => /split_member_code-/.test(u)), 'the code came from its own piece');
      });
    }
    console.log(`# member code links: ${codes.map((c) => c.code.length).join(', ')} characters`);

    // Two codes: nothing is shown yet, on the pulse page or in the report.
    const { page } = leader;
    await page.locator('#gather-codes').fill(`${codes[0].code}\n${codes[1].code}`);
    await page.locator('#gather-pasted').click();
    await page.waitForSelector('#pulse-withheld');
    assert.equal((await page.locator('#pulse-count').textContent()).trim(), '2 responses');
    assert.equal(await page.locator('#pulse-dimensions').count(), 0);
    await page.goto(`${base}#/a/${ASSESSMENT}/report`);
    await page.waitForSelector('#team-withheld');
    assert.match(await page.locator('#team-withheld').textContent(), /^2 of your team have answered/);
    assert.equal(await page.locator('#team-beside').count(), 0);
    await page.locator('.team-beside a.button').click();
    await page.waitForSelector('#gather-codes');

    // Bad codes are reported and change nothing stored.
    const stored = () => page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('align180.pulse.'))));
    const before = await stored();
    const truncated = codes[2].code.slice(0, -4);
    const pulseLink = link;
    await page.locator('#gather-codes').fill(`${truncated}\n${pulseLink}\nhello there!\n${codes[0].code}`);
    await page.locator('#gather-pasted').click();
    await page.waitForSelector('.gather-list li');
    const results = await page.locator('.gather-list li').allTextContents();
    assert.equal(results.length, 4);
    assert.match(results[0], /line 1: not used: This link is incomplete/);
    assert.match(results[1], /line 2: not used: this is a team pulse link for team members, not a team member's pulse code/);
    assert.match(results[2], /line 3: not used: That is not an Align 180 code|line 3: not used: This is not an Align 180 code/);
    assert.match(results[3], /line 4: already gathered, ignored/);
    assert.deepEqual(await stored(), before);

    // The third by paste, the last two as files: the picture appears.
    await page.locator('#gather-codes').fill(codes[2].code);
    await page.locator('#gather-pasted').click();
    await page.waitForSelector('#pulse-dimensions');
    assert.equal((await page.locator('#pulse-count').textContent()).trim(), '3 responses');
    assert.match(await page.locator('#comments-withheld').textContent(), /from 5 responses/);
    await page.locator('#gather-files').setInputFiles([codes[3].file, codes[4].file]);
    await page.waitForFunction(() => document.querySelector('#pulse-count')?.textContent.trim() === '5 responses');
    const rows = page.locator('#pulse-dimensions tbody tr');
    assert.equal(await rows.count(), 5);
    for (const [i, dimension] of DIMENSIONS.entries()) {
      const row = rows.nth(i);
      assert.equal(await row.getAttribute('data-id'), dimension);
      assert.deepEqual((await row.locator('td').allTextContents()).map((t) => t.trim()), EXPECTED[dimension], dimension);
    }
    assert.equal(await page.locator('#pulse-statements tbody tr').count(), 15);
    // Comments word for word, as text (never HTML), in an order that says nothing about who.
    const comments = (await page.locator('#pulse-comments blockquote').allTextContents()).map((t) => t.trim());
    assert.deepEqual(comments, ['<b>Not bold</b> & not a tag', 'More time to plan, please.', 'We support each other well.']);
    assert.equal(await page.locator('#pulse-comments b').count(), 0);
    await screenshot(page, 'pulse-04-picture');

    // The report: self, manager and team per dimension, and the guide's topics.
    await page.goto(`${base}#/a/${ASSESSMENT}/report`);
    await page.waitForSelector('#team-beside');
    const team = await page.locator('#team-beside tbody td.team').allTextContents();
    assert.deepEqual(team.map((t) => t.trim()), ['3.2', '4.0', '3.0', '1.8', '1.7']);
    const self = await page.locator('#team-beside tbody td.self').allTextContents();
    assert.deepEqual(self.map((t) => t.trim()), ['5.0', '3.0', '3.0', '2.0', '2.0']);
    await page.waitForSelector('.team-beside [data-chart-state="drawn"]');
    const notes = await page.locator('#team-notes li').allTextContents();
    assert.equal(notes.length, 2);
    assert.match(notes[0], /^Strategy: you both rate it higher than your team experiences it \(self 5\.0, manager 5\.0, team 3\.2\)/);
    assert.match(notes[1], /^Purpose: your team rates it higher than either of you does \(self 3\.0, manager 3\.0, team 4\.0\)/);
    assert.match(await page.locator('.team-beside .hint').textContent(), /Strongly disagree as 1 and Strongly agree as 5/);
    await page.locator('.team-beside').screenshot({ path: path.join(artifactsDir, 'pulse-05-report-team.png') });
    // On paper: the team's section and topics read as text, nothing drawn over anything.
    const bytes = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(path.join(artifactsDir, 'pulse-report.pdf'), bytes);
    const pdf = await readPdf(bytes);
    assert.ok(pdf.length <= 8, `${pdf.length} pages`);
    for (const [n, p] of pdf.entries()) assert.deepEqual(overlappingRuns(p.runs), [], `text over text on page ${n + 1}`);
    const paper = pdf.map((p) => p.text).join(' ');
    assert.match(paper, /Your team's view/);
    assert.ok(pdf.some((p) => p.runs.some((r) => /you both rate it higher than your team/.test(r.text))), 'a team topic is one line of text, not a word per line');

    // The progress page: the team's figures beside the cycle.
    await page.goto(`${base}#/a/${ASSESSMENT}/progress`);
    await page.waitForSelector('#team-over-time');
    // Dimensions down, the one cycle across: its answers, then each dimension's mean.
    const cells = (await page.locator('#team-over-time tbody td').allTextContents()).map((t) => t.trim());
    assert.deepEqual(cells, ['5', '3.2', '4.0', '3.0', '1.8', '1.7']);
    assert.deepEqual((await page.locator('#team-over-time tbody th').allTextContents()).map((t) => t.trim()), ['Answers', 'Strategy', 'Purpose', 'Adaptiveness', 'Resilience', 'Collaboration']);
    assert.equal((await page.locator('.dimension-progress[data-dimension=strategy] td.team').textContent()).trim(), '3.2');
  });
});

test('a member code opened as a link on the leader\'s device is added; on another device it is explained', async () => {
  const base = env.server.url;
  await withDevice(env.browser, {}, async (leader) => {
    const record = completedRecord({ id: 'teamteamteamtea3', self: { strategy: [4], purpose: [4], adaptiveness: [4], resilience: [4], collaboration: [4] }, other: { strategy: [4], purpose: [4], adaptiveness: [4], resilience: [4], collaboration: [4] } });
    await leader.page.goto(base);
    await leader.page.evaluate(([k, v]) => localStorage.setItem(k, v), ['align180.assessment.teamteamteamtea3', JSON.stringify(record)]);
    await leader.page.goto(`${base}#/a/teamteamteamtea3/team`);
    await leader.page.locator('#gatherer-leader').check();
    await leader.page.locator('#start-pulse').click();
    const link = (await (await leader.page.waitForSelector('.share-link .share-text')).textContent()).trim();
    await withDevice(env.browser, {}, async (member) => {
      await member.page.goto(link);
      await member.page.locator('label[for="pulse-strategy-connect-4"]').click();
      await member.page.locator('#make-pulse-code').click();
      const code = (await (await member.page.waitForSelector('.share-link .share-text')).textContent()).trim();
      // The member's own device has no pulse: it says where to open the code.
      await member.page.goto(code);
      await appReady(member.page);
      assert.match(await member.page.locator('[role=alert]').first().textContent(), /its team pulse is not in this browser/);
      await leader.page.goto(code);
      await leader.page.waitForSelector('text=Team pulse code received');
      assert.match(await leader.page.locator('[role=status]').last().textContent(), /Added to your team pulse \(1 so far\)/);
      // Opened again (a fresh load of the same link): counted once.
      await leader.page.reload();
      await leader.page.waitForSelector('text=Team pulse code received');
      assert.match(await leader.page.locator('.notice').last().textContent(), /already in your team pulse; nothing changed/);
      // "Ask my team" again opens the same pulse.
      await leader.page.goto(`${base}#/a/teamteamteamtea3/team`);
      await leader.page.waitForSelector('#pulse-count');
      assert.equal((await leader.page.locator('#pulse-count').textContent()).trim(), '1 response');
    });
  });
});

test('team pulses are in the backup, erased with everything, restored by import; a damaged one is shown and left as it was', async () => {
  const base = env.server.url;
  await withDevice(env.browser, {}, async ({ page }) => {
    const pulse = (id, members) => JSON.stringify({
      schema: 1,
      pulse: {
        id, leader: 'Kim Lee', cycle: 'Q2 2027', set: { id: 'sparc-team-pulse', version: 1 }, nonce: 42, created_at: Date.UTC(2027, 3, 1),
        members: members.map((token) => ({ token, response: { answers: { 'strategy-connect': { Score: 4 }, 'purpose-why': 'DontKnow' }, comment: null } })),
      },
    });
    await page.goto(base);
    await page.evaluate((v) => localStorage.setItem('align180.pulse.kimkimkimkimkim2', v), pulse('kimkimkimkimkim2', [1, 2, 3]));
    await page.reload();
    await showTools(page);
    const row = page.locator('[data-pulse="kimkimkimkimkim2"]');
    assert.match(await row.textContent(), /Team pulse: Kim Lee · Q2 2027.*3 answers/);

    // The backup holds it; erase everything; importing the backup restores it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-backup').click()]);
    const file = path.join(artifactsDir, 'pulse-backup.json');
    await download.saveAs(file);
    const backup = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(backup.pulses.length, 1);
    assert.equal(backup.pulses[0].pulse.members.length, 3);
    await page.getByRole('button', { name: 'Erase everything in this browser' }).click();
    await page.getByRole('button', { name: 'Erase everything', exact: true }).click();
    await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith('align180.')));
    await page.reload();
    await showTools(page);
    assert.equal(await page.locator('[data-pulse]').count(), 0);
    await page.locator('#import-files').setInputFiles(file);
    await page.waitForSelector('.import-messages li');
    assert.match(await page.locator('.import-messages').textContent(), /1 team pulse in the file, 1 added/);
    await page.waitForSelector('[data-pulse="kimkimkimkimkim2"]');
    const restored = JSON.parse(await page.evaluate(() => localStorage.getItem('align180.pulse.kimkimkimkimkim2')));
    assert.equal(restored.pulse.members.length, 3);

    // A damaged record: named on the home page and on its own page, never rewritten.
    await page.evaluate(() => localStorage.setItem('align180.pulse.brokenbrokenbrk2', '{"schema":1,"pulse":{"id":"brokenbrokenbrk2"'));
    await page.reload();
    await showTools(page);
    await page.waitForSelector('.pulses .problem-list li');
    assert.match(await page.locator('.pulses .problem-list li').textContent(), /align180\.pulse\.brokenbrokenbrk2: What is saved here could not be read/);
    await page.goto(`${base}#/team/brokenbrokenbrk2`);
    await appReady(page);
    assert.match(await page.locator('[role=alert]').first().textContent(), /could not be read.*left untouched/);
    assert.equal(await page.evaluate(() => localStorage.getItem('align180.pulse.brokenbrokenbrk2')), '{"schema":1,"pulse":{"id":"brokenbrokenbrk2"');
    // Importing the backup again changes nothing and doubles nobody.
    await page.goto(base);
    await showTools(page);
    await page.locator('#import-files').setInputFiles(file);
    await page.waitForSelector('.import-messages li');
    assert.match(await page.locator('.import-messages').textContent(), /1 team pulse in the file, 0 added/);
    const again = JSON.parse(await page.evaluate(() => localStorage.getItem('align180.pulse.kimkimkimkimkim2')));
    assert.equal(again.pulse.members.length, 3);
  });
});

test('a cohort participant shares their team pulse figures (never an answer); the trainer sees the teams from three', async () => {
  const base = env.server.url;
  // The participant: a submitted assessment from a cohort link, and a team pulse with three answers.
  let link;
  await withDevice(env.browser, {}, async (participant) => {
    const record = completedRecord({ id: 'ptcptmptcptmptc2', leader: 'Ana Ruiz', manager: null, cycle: null, self: { strategy: [4], purpose: [4], adaptiveness: [3], resilience: [3], collaboration: [4] }, other: { strategy: [4], purpose: [4], adaptiveness: [3], resilience: [3], collaboration: [4] } });
    record.assessment.manager_response = null;
    record.assessment.cohort = { cohort_id: 'khrtkhrtkhrtkhr3', name: 'Directors', nonce: 99, participant: 4242 };
    const members = [4, 3, 2].map((score, m) => ({ token: m + 1, response: { answers: Object.fromEntries(Object.values(STATEMENTS).flat().map((s) => [s, { Score: score }])), comment: 'private words' } }));
    const pulse = { schema: 1, pulse: { id: 'ptmptmptmptmptm2', leader: 'Ana Ruiz', assessment: 'ptcptmptcptmptc2', set: { id: 'sparc-team-pulse', version: 1 }, nonce: 3, created_at: 1, members } };
    await participant.page.goto(base);
    await participant.page.evaluate(([a, p]) => {
      localStorage.setItem('align180.assessment.ptcptmptcptmptc2', a);
      localStorage.setItem('align180.pulse.ptmptmptmptmptm2', p);
    }, [JSON.stringify(record), JSON.stringify(pulse)]);
    await participant.page.goto(`${base}#/a/ptcptmptcptmptc2/cohort`);
    await participant.page.waitForSelector('#code-team');
    assert.match(await participant.page.locator('#code-team').textContent(), /your team pulse's figures: the team's mean agreement per dimension and how many answered \(3\), never a single team member's answer or comment/);
    link = (await participant.page.locator('.share-link .share-text').textContent()).trim();
  });

  // The trainer: a cohort with two participants who shared teams already; this code is the third.
  await withDevice(env.browser, { viewport: { width: 1280, height: 900 } }, async (trainer) => {
    const shared = (token, strategy) => ({ token, leader: { ratings: {}, priorities: [] }, team: { responses: 5, means: [strategy, 40, 30, 20, 35] } });
    const cohort = { schema: 1, cohort: { id: 'khrtkhrtkhrtkhr3', name: 'Directors', instrument: { id: 'sparc-180', version: 1 }, nonce: 99, created_at: 1, participants: [shared(1, 32), shared(2, 44)] } };
    await trainer.page.goto(base);
    await trainer.page.evaluate((c) => localStorage.setItem('align180.cohort.khrtkhrtkhrtkhr3', c), JSON.stringify(cohort));
    await trainer.page.goto(`${base}#/cohort/khrtkhrtkhrtkhr3`);
    await trainer.page.waitForSelector('#teams-withheld');
    assert.match(await trainer.page.locator('#teams-withheld').textContent(), /^2 participants have shared their team pulse so far/);
    await trainer.page.goto(link);
    await trainer.page.waitForSelector('text=Cohort code received');
    await trainer.page.goto(`${base}#/cohort/khrtkhrtkhrtkhr3`);
    await trainer.page.waitForSelector('#teams-table');
    assert.match(await trainer.page.locator('.report-section:has(#teams-table) p').first().textContent(), /3 participants shared their team pulse: 13 answers from their teams in all/);
    const strategy = (await trainer.page.locator('#teams-table tr[data-dimension=strategy] td').allTextContents()).map((t) => t.trim());
    // (3.2 + 4.4 + 3.0) / 3 = 3.5333… → 3.5; the new team's 4, 3, 2 → 3.0.
    assert.deepEqual(strategy, ['3', '3.5']);
    assert.doesNotMatch(await trainer.page.locator('main').textContent(), /private words/);
    await trainer.page.locator('#teams-table').screenshot({ path: path.join(artifactsDir, 'pulse-06-cohort-teams.png') });
  });
});

test('a trainer\'s own pulse set: loaded and checked, chosen when asking the team, carried by the link to members\' browsers', async () => {
  const base = env.server.url;
  await withDevice(env.browser, { viewport: { width: 1280, height: 900 } }, async ({ page }) => {
    const record = completedRecord({ id: 'shrtshrtshrtshr4', self: { strategy: [4], purpose: [4], adaptiveness: [4], resilience: [4], collaboration: [4] }, other: { strategy: [4], purpose: [4], adaptiveness: [4], resilience: [4], collaboration: [4] } });
    await page.goto(base);
    await page.evaluate((v) => localStorage.setItem('align180.assessment.shrtshrtshrtshr4', v), JSON.stringify(record));
    // A broken set first: every problem listed, nothing kept.
    const fixture = path.join(repoRoot, 'tests/fixtures/pulse-sets/short-team-pulse.json');
    const text = await readFile(fixture, 'utf8');
    await page.goto(`${base}#/instruments`);
    await page.locator('#instrument-text').fill(text.replace('"Not at all", ', '').replace('"version": 1', '"version": 0'));
    await page.getByRole('button', { name: 'Check and add the pasted question set' }).click();
    await page.waitForSelector('#instrument-problems');
    const problems = await page.locator('#instrument-problems li').allTextContents();
    assert.equal(problems.length, 2);
    assert.match(problems.join('\n'), /The version: must be 1 or more/);
    assert.match(problems.join('\n'), /The scale: must have 5 words/);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('align180.pulse-set.'))), []);
    await page.locator('#instrument-file').setInputFiles(fixture);
    await page.waitForSelector('#instrument-added');
    assert.match(await page.locator('#instrument-added').textContent(), /the team pulse set “Short team pulse” is ready \(3 statements\)/);
    assert.equal(await page.locator('[data-pulse-set=short-team-pulse]').count(), 1);
    // Still there after a reload (kept and learned again), and chosen when asking the team.
    await page.goto(`${base}#/a/shrtshrtshrtshr4/team`);
    await page.reload();
    await page.waitForSelector('#pulse-set');
    await page.locator('#pulse-set').selectOption({ label: 'Short team pulse (3 statements)' });
    await page.locator('#gatherer-leader').check();
    await page.locator('#start-pulse').click();
    const link = (await (await page.waitForSelector('.share-link .share-text')).textContent()).trim();
    console.log(`# pulse link carrying a trainer's 3-statement set: ${link.length} characters`);
    const codes = [];
    for (const [m, score] of [4, 5, 2].entries()) {
      await withDevice(env.browser, {}, async (member) => {
        await member.page.goto(link);
        await member.page.waitForSelector('#make-pulse-code');
        assert.equal(await member.page.locator('fieldset.pulse-statement').count(), 3);
        assert.match(await member.page.locator('#pulse-scale').textContent(), /1 Not at all.*5 Completely.*Can't say/);
        for (const id of ['short-strategy-goals', 'short-strategy-trade-offs', 'short-collaboration-help']) {
          await member.page.locator(`label[for="pulse-${id}-${score}"]`).click();
        }
        await member.page.locator('#make-pulse-code').click();
        codes.push((await (await member.page.waitForSelector('.share-link .share-text')).textContent()).trim());
        assert.match(await member.page.locator('#code-contains').textContent(), m === 0 ? /I can name our three most important goals\. — Mostly/ : /./);
      });
    }
    await page.locator('#gather-codes').fill(codes.join('\n'));
    await page.locator('#gather-pasted').click();
    await page.waitForSelector('#pulse-dimensions');
    const rows = (await page.locator('#pulse-dimensions tbody tr th').allTextContents()).map((t) => t.trim());
    assert.deepEqual(rows, ['Strategy', 'Collaboration']);
    // 4, 5, 2 on each statement → 3.7.
    assert.equal((await page.locator('#pulse-dimensions tbody tr').first().locator('td').first().textContent()).trim(), '3.7');
    await page.goto(`${base}#/a/shrtshrtshrtshr4/report`);
    await page.waitForSelector('#team-beside');
    const team = (await page.locator('#team-beside td.team').allTextContents()).map((t) => t.trim());
    assert.deepEqual(team, ['3.7', '–', '–', '–', '3.7']);
  });
});

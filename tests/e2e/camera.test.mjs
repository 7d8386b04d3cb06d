// Gathering codes by camera in a room, with Chromium's fake camera playing a
// video made here from screenshots of the QR codes participants' phones show
// (a Y4M file: a header line and raw frames). The trainer scans three
// participants: the dashboard counts three, a code shown twice is counted
// once, a code of another kind is named. A refused camera says so and points
// to the other ways in; the participant's QR code can fill a phone's screen;
// the Share button hands links and code files to the phone's share sheet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { setUp, withDevice, artifactsDir, completedRecord, CHROMIUM_ARGS, screenshot, readQrCode, showTools } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const COHORT = { id: 'camcamcamcamcam2', name: 'Directors, Spring 2027', nonce: 4321 };
const PATTERN = (n) => ({ strategy: [n], purpose: [n], adaptiveness: [n], resilience: [n], collaboration: [n] });

/** A participant's finished assessment, a member of the cohort. */
function participantRecord(i) {
  const r = completedRecord({ id: `ptcam${'abcdefghi'[i]}ptcamptcam2`.slice(0, 16), leader: `Participant ${i}`, manager: null, cycle: null, self: PATTERN(1 + i), other: PATTERN(2) });
  r.assessment.manager_response = null;
  r.assessment.cohort = { cohort_id: COHORT.id, name: COHORT.name, nonce: COHORT.nonce, participant: 5000 + i };
  return r;
}

/** The trainer's cohort, with nobody gathered yet. */
const trainerCohort = {
  schema: 1,
  cohort: { id: COHORT.id, name: COHORT.name, instrument: { id: 'sparc-180', version: 1 }, nonce: COHORT.nonce, created_at: Date.UTC(2027, 2, 1), participants: [] },
};

/** Runs `work` on a device whose storage holds `records` ([key, value]) from its first page; see helpers' withDevice. */
async function withSeeded(browser, records, options, work) {
  await withDevice(browser, options, async (device) => {
    await device.context.addInitScript((entries) => {
      for (const [k, v] of entries) if (!localStorage.getItem(k)) localStorage.setItem(k, v);
    }, records.map(([k, v]) => [k, JSON.stringify(v)]));
    await work(device);
  });
}

/** The QR code on a page, as RGBA pixels (what a camera would see of the screen). */
async function qrPixels(page) {
  const png = PNG.sync.read(await page.locator('.qr-code').screenshot());
  return png;
}

// Y4M 4:2:0 frames of 640×480: a QR code (scaled to 400 px, grey levels
// only) centred on white, or a blank white frame.
const W = 640, H = 480, SIDE = 400;
/** The invitation's QR code, as the first test saw it on the leader's laptop. */
let invitationQr = null;
function frame(png) {
  const y = Buffer.alloc(W * H, 235);
  if (png) {
    for (let row = 0; row < SIDE; row++) {
      for (let col = 0; col < SIDE; col++) {
        const sx = Math.floor((col * png.width) / SIDE), sy = Math.floor((row * png.height) / SIDE);
        const i = (sy * png.width + sx) * 4;
        const luma = 0.299 * png.data[i] + 0.587 * png.data[i + 1] + 0.114 * png.data[i + 2];
        y[(row + (H - SIDE) / 2) * W + col + (W - SIDE) / 2] = Math.round(16 + (luma * 219) / 255);
      }
    }
  }
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  return Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
}

function y4m(sequence) {
  const header = Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`);
  return Buffer.concat([header, ...sequence.flatMap(([png, frames]) => Array.from({ length: frames }, () => frame(png)))]);
}

test('camera: the trainer scans three participants; a code shown twice counts once; another kind is named', async () => {
  // Each participant's phone shows their anonymous code as a QR code.
  const codes = [];
  for (const i of [0, 1, 2]) {
    const record = participantRecord(i);
    await withSeeded(env.browser, [[`align180.assessment.${record.assessment.id}`, record]], { viewport: { width: 390, height: 844 } }, async (phone) => {
      await phone.page.goto(`${env.server.url}#/a/${record.assessment.id}/cohort`);
      await phone.page.waitForSelector('.qr-code svg');
      codes.push(await qrPixels(phone.page));
      if (i === 0) {
        // Large enough to read from a metre away: it fills the phone's width.
        await phone.page.locator('#qr-larger').click();
        const width = await phone.page.locator('.qr-code svg').evaluate((svg) => svg.getBoundingClientRect().width);
        assert.ok(width >= 0.9 * 390, `the full-screen QR code is ${width} px wide on a 390 px phone`);
        assert.ok(await readQrCode(phone.page, '.qr-code'), 'the large code still reads');
        await phone.page.screenshot({ path: path.join(artifactsDir, '88-cohort-code-full-screen.png') });
        await phone.page.keyboard.press('Escape');
        assert.equal(await phone.page.locator('.qr.qr-full').count(), 0, 'Escape returns to the page');
      }
    });
  }
  // A leader's invitation: another kind of code, shown by mistake.
  const leader = completedRecord({ id: 'invtinvtinvtinv2', leader: 'Lee Park', manager: 'Ola Berg', self: PATTERN(3), other: PATTERN(3) });
  leader.assessment.manager_response = null;
  let invitation;
  await withSeeded(env.browser, [[`align180.assessment.${leader.assessment.id}`, leader]], {}, async (laptop) => {
    await laptop.page.goto(`${env.server.url}#/a/${leader.assessment.id}/invite`);
    await laptop.page.waitForSelector('.qr-code svg');
    invitation = await qrPixels(laptop.page);
  });
  invitationQr = invitation;

  // The video the trainer's camera sees: A, B, A again, the invitation, C.
  const video = path.join(artifactsDir, 'camera-codes.y4m');
  await writeFile(video, y4m([[null, 5], [codes[0], 12], [null, 6], [codes[1], 12], [null, 6], [codes[0], 12], [null, 6], [invitation, 12], [null, 6], [codes[2], 12], [null, 30]]));

  const camera = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  try {
    await withSeeded(camera, [[`align180.cohort.${COHORT.id}`, trainerCohort]], { viewport: { width: 1280, height: 900 } }, async ({ page }) => {
      await page.goto(`${env.server.url}#/cohort/${COHORT.id}`);
      await page.getByRole('button', { name: 'Scan codes with the camera' }).click();
      await page.waitForSelector('.scanner-view:not([hidden])');
      // Every verdict the scanner lists, until three codes are in and the
      // duplicate and the invitation have been seen.
      const seen = new Set();
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        for (const line of await page.locator('#scan-log li').allTextContents()) seen.add(line);
        const all = [...seen].join('\n');
        if (/3 participants so far/.test(all) && /Already counted/.test(all) && /invitation/.test(all)) break;
        await page.waitForTimeout(150);
      }
      const all = [...seen];
      assert.ok(all.length >= 5, `verdicts: ${all.join(' | ')}`);
      assert.equal(all.filter((l) => l.startsWith('✓ Added.')).length, 3, all.join(' | '));
      assert.ok(all.some((l) => /^✗ Already counted, ignored\. [12] participants? so far\.$/.test(l)), all.join(' | '));
      assert.ok(all.includes("✗ Not used: this is a leader's invitation to their manager, not a participant's cohort code."), all.join(' | '));
      assert.equal(await page.locator('#scan-count').textContent(), '3 codes taken.');
      assert.equal(await page.locator('#cohort-participants').textContent(), '3', 'the dashboard counts three');
      await screenshot(page, '87-cohort-scanning');
      await page.locator('#scan-stop').click();
      assert.ok(await page.locator('.scanner-view').isHidden());
      // What was gathered is stored: a reload still counts three.
      await page.reload();
      await page.waitForSelector('#cohort-participants');
      assert.equal(await page.locator('#cohort-participants').textContent(), '3');
    });
  } finally {
    await camera.close();
  }
});

test('camera: refused or missing, the page says so and the paste and file routes stay', async () => {
  for (const [name, message] of [['NotAllowedError', /The camera was not allowed/], ['NotFoundError', /offers no camera here/]]) {
    await withSeeded(env.browser, [[`align180.cohort.${COHORT.id}`, trainerCohort]], {}, async (trainer) => {
      await trainer.context.addInitScript((errorName) => {
        navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('refused', errorName));
      }, name);
      const { page } = trainer;
      await page.goto(`${env.server.url}#/cohort/${COHORT.id}`);
      await page.getByRole('button', { name: 'Scan codes with the camera' }).click();
      await page.waitForFunction(() => document.querySelector('#scan-problem')?.textContent.length > 0);
      const text = await page.locator('#scan-problem').textContent();
      assert.match(text, message);
      assert.match(text, /paste codes or links, or choose files/);
      assert.ok(await page.locator('#gather-codes').isVisible(), 'pasting is still there');
      assert.ok(await page.locator('#scan-start').isEnabled(), 'trying again is possible');
    });
  }
});

test('share: links and code files go to the share sheet where the browser has one, and nowhere else', async () => {
  const record = participantRecord(0);
  await withSeeded(env.browser, [[`align180.assessment.${record.assessment.id}`, record]], { viewport: { width: 390, height: 844 } }, async (plain) => {
    await plain.page.goto(`${env.server.url}#/a/${record.assessment.id}/cohort`);
    await plain.page.waitForSelector('#copy-link');
    assert.equal(await plain.page.locator('#share-link, #share-file').count(), 0, 'no Share button without a share sheet');
  });

  await withSeeded(env.browser, [[`align180.assessment.${record.assessment.id}`, record]], { viewport: { width: 390, height: 844 } }, async (phone) => {
    await phone.context.addInitScript(() => {
      window.__shared = [];
      navigator.canShare = (data) => !data.files || data.files.every((f) => f instanceof File);
      navigator.share = async (data) => {
        const files = await Promise.all((data.files ?? []).map(async (f) => ({ name: f.name, type: f.type, text: await f.text() })));
        window.__shared.push({ title: data.title, text: data.text, url: data.url, files });
      };
    });
    const { page } = phone;
    await page.goto(`${env.server.url}#/a/${record.assessment.id}/cohort`);
    await page.locator('#share-link').click();
    await page.locator('#share-file').click();
    await page.waitForFunction(() => window.__shared.length === 2);
    const [link, file] = await page.evaluate(() => window.__shared);
    const shown = (await page.locator('#share-link-text').inputValue()).trim();
    assert.equal(link.url, shown, 'the link shared is the link shown');
    assert.match(link.title, /Align 180/);
    assert.equal(file.files.length, 1);
    assert.match(file.files[0].name, /^align180-cohort-code.*\.json$/);
    assert.equal(file.files[0].type, 'application/json');
    assert.ok(file.files[0].text.includes(shown.split('#/cohort-code/')[1]), 'the file carries the same code');
    // Every share carries a message that says what it is.
    for (const shared of [link, file]) {
      assert.equal(shared.text, 'My Align 180 answers for “Directors, Spring 2027” (ratings and priorities only).');
    }
    // The invitation says who asks what and how long it takes, not just a URL.
    await page.goto(`${env.server.url}#/a/${record.assessment.id}/invite`);
    await page.waitForSelector('#share-link-text');
    await page.locator('#share-link').click();
    await page.locator('#share-file').click();
    await page.waitForFunction(() => window.__shared.length === 4);
    const invitations = (await page.evaluate(() => window.__shared)).slice(2);
    assert.equal(invitations.length, 2);
    for (const shared of invitations) {
      assert.equal(shared.text, 'Participant 0 asks you to rate their leadership in Align 180: 25 behaviours, about 10 minutes. Your answers stay on your device until you send them back.');
    }
  });
});

test('camera: a manager opens the invitation shown on the leader\'s laptop with the home page\'s scanner', async () => {
  assert.ok(invitationQr, 'the first test captured the invitation');
  const video = path.join(artifactsDir, 'camera-invitation.y4m');
  await writeFile(video, y4m([[null, 3], [invitationQr, 30]]));
  const camera = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  try {
    await withDevice(camera, { viewport: { width: 390, height: 844 } }, async ({ page }) => {
      await page.goto(env.server.url);
      await showTools(page);
      await page.getByRole('button', { name: 'Scan a QR code with the camera' }).click();
      await page.waitForSelector('main h2:has-text("invites you to rate their leadership")', { timeout: 30_000 });
      assert.match(await page.locator('main h2').first().textContent(), /Lee Park invites you/);
    });
  } finally {
    await camera.close();
  }
});

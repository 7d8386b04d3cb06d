// Every main page, as people see it on a phone, a small laptop and a
// desktop, light and dark: nothing scrolls sideways, axe-core finds no
// WCAG 2.2 A/AA violation, and a screenshot of each lands in
// tests/e2e/artifacts/pages/ to be looked at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setUp, withDevice, artifactsDir, repoRoot, completedRecord, SPARC_ITEMS } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const SHOTS = path.join(artifactsDir, process.env.SHOTS_DIR ?? 'pages');
const SELF = { strategy: [5, 5, 4, 4, 3], purpose: [4, 3, 3, 3, 0], adaptiveness: [3, 4, 2, 3, 4], resilience: [2, 2, 3, 1, 2], collaboration: [4, 5, 4, 5, 4] };
const OTHER = { strategy: [3, 2, 4, 3, 3], purpose: [4, 4, 5, 3, 4], adaptiveness: [3, 3, 4, 3, 5], resilience: [2, 1, 2, 2, 2], collaboration: [4, 4, 5, 4, 4] };
const IDS = {
  report: 'reprtreprtreprt2', previous: 'prevcprevcprevc2', inProgress: 'inprginprginprg2',
  managerCopy: 'mngrmngrmngrmng2', cohort: 'khrtkhrtkhrtkhr2', participant: 'ptcpptcpptcpptc2',
  pulse: 'teamteamteamteam', collector: 'cstdcstdcstdcst2',
};
const ALL_ITEMS = Object.values(SPARC_ITEMS).flat();

/** Everything the tour needs, as stored records. */
function seeds() {
  const report = completedRecord({ id: IDS.report, self: SELF, other: OTHER, priorities: [[ALL_ITEMS[0], ALL_ITEMS[16], ALL_ITEMS[21]], [ALL_ITEMS[0], ALL_ITEMS[7], ALL_ITEMS[16]]] });
  report.assessment.previous_cycle = IDS.previous;
  report.assessment.leader_response.reflections = { success: 'The team ships the strategy map by June and every lead can explain how their work connects.', alignment: 'We agree on direction; we differ on how much I delegate.' };
  report.assessment.manager_response.reflections = { success: 'Fewer escalations, and the roadmap delivered.', impact: 'Making trade-offs visible and explaining the why.' };
  report.assessment.commitments = [
    { id: 'c1', item_id: 'strategy-daily-work', action: 'Open each team meeting by linking the week’s work to one strategic goal.', owner: 'leader', due: '2027-04-30', status: 'in_progress', check_ins: [{ date: '2027-03-26', note: 'Started; the team asked for the goals on one page.' }] },
    { id: 'c2', item_id: 'resilience-safety', action: 'Ask for one piece of bad news in every one-on-one.', owner: 'manager', due: null, status: 'planned', check_ins: [] },
  ];
  const previous = completedRecord({ id: IDS.previous, cycle: 'Q4 2026', self: { ...SELF, strategy: [3] }, other: { ...OTHER, strategy: [2] } });
  previous.assessment.created_at = Date.UTC(2026, 11, 1);
  const inProgress = completedRecord({ id: IDS.inProgress, leader: 'Lee Park', manager: 'Ola Berg', cycle: 'Q2 2027', self: SELF, other: OTHER });
  inProgress.assessment.leader_response = { ratings: Object.fromEntries(SPARC_ITEMS.strategy.map((i) => [i, 4])), priorities: [ALL_ITEMS[3]], reflections: {}, last_step: 'purpose', submitted_at: null };
  inProgress.assessment.manager_response = null;
  const managerCopy = completedRecord({ id: IDS.managerCopy, leader: 'Mo Haddad', manager: 'Eva Lind', cycle: 'Q1 2027', self: SELF, other: OTHER });
  managerCopy.assessment.leader_response = { ratings: {}, priorities: [], reflections: {}, last_step: null, submitted_at: null };
  managerCopy.assessment.remote = { role: 'answering', nonce: 7 };
  const participant = completedRecord({ id: IDS.participant, leader: 'Ana Ruiz', manager: null, cycle: null, self: SELF, other: OTHER });
  participant.assessment.manager_response = null;
  participant.assessment.cohort = { cohort_id: IDS.cohort, name: 'Directors, Spring 2027', nonce: 99, participant: 4242 };
  const answers = (shift) => ({
    ratings: Object.fromEntries(ALL_ITEMS.map((item, i) => [item, 1 + ((i + shift) % 5)])),
    priorities: [ALL_ITEMS[shift % 25], ALL_ITEMS[(shift + 5) % 25]],
  });
  const cohort = {
    schema: 1,
    cohort: {
      id: IDS.cohort, name: 'Directors, Spring 2027', instrument: { id: 'sparc-180', version: 1 }, nonce: 99, created_at: Date.UTC(2027, 2, 1),
      participants: [0, 1, 2, 3, 4, 5].map((t) => ({ token: 100 + t, leader: answers(t), ...(t < 3 ? { manager: answers(t + 2) } : {}), ...(t > 1 ? { team: { responses: 4 + t, means: [30 + t, 38, 25 + t, null, 41] } } : {}) })),
    },
  };
  const statements = ['strategy-connect', 'strategy-priorities', 'strategy-progress', 'purpose-why', 'purpose-values', 'purpose-recognition',
    'adaptiveness-change', 'adaptiveness-experiment', 'adaptiveness-decisions', 'resilience-safety', 'resilience-workload', 'resilience-setbacks',
    'collaboration-help', 'collaboration-voice', 'collaboration-information'];
  const comments = ['More time to plan, please.', null, 'We support each other well, and say so.', 'Decisions land late; we scramble.', null];
  const pulse = {
    schema: 1,
    pulse: {
      id: IDS.pulse, leader: 'Dana Reyes', cycle: 'Q1 2027', assessment: IDS.report, set: { id: 'sparc-team-pulse', version: 1 }, nonce: 5, created_at: Date.UTC(2027, 2, 15),
      members: [0, 1, 2, 3, 4].map((m) => ({
        token: 200 + m,
        response: {
          answers: Object.fromEntries(statements.map((s, i) => [s, (i + m) % 7 === 6 ? 'DontKnow' : { Score: 1 + ((i * 2 + m) % 5) }])),
          comment: comments[m],
        },
      })),
    },
  };
  // A collector holding two members' answers for another leader's pulse
  // (the keys' bytes only need the shape WebCrypto exports for this tour).
  const collector = {
    schema: 1,
    collector: {
      id: IDS.collector, name: 'Sam Okafor', public_key: [4, ...Array.from({ length: 64 }, (_, i) => i)], private_key: Array.from({ length: 138 }, (_, i) => i % 256), created_at: Date.UTC(2027, 2, 10),
      pulses: [{ pulse_id: 'prprprprprprprp3', nonce: 8, set: { id: 'sparc-team-pulse', version: 1 }, leader: 'Priya Shah',
        held: [1, 2].map((token) => ({ token, response: { answers: { 'strategy-connect': { Score: 4 } }, comment: 'private words' } })), released: [], bundles: 0, comments_released: 0 }],
    },
  };
  return Object.fromEntries([
    [`align180.collector.${IDS.collector}`, JSON.stringify(collector)],
    ...[report, previous, inProgress, managerCopy, participant].map((r) => [`align180.assessment.${r.assessment.id}`, JSON.stringify(r)]),
    [`align180.cohort.${IDS.cohort}`, JSON.stringify(cohort)],
    [`align180.pulse.${IDS.pulse}`, JSON.stringify(pulse)],
  ]);
}

/** The main pages, by name and address. */
const PAGES = [
  ['home', '#/'],
  ['start', '#/start'],
  ['step', `#/a/${IDS.inProgress}/self/strategy`],
  ['priorities', `#/a/${IDS.inProgress}/self/priorities`],
  ['reflections', `#/a/${IDS.inProgress}/self/reflections`],
  ['review', `#/a/${IDS.inProgress}/self/review`],
  ['profile', `#/a/${IDS.report}/profile`],
  ['turn', `#/a/${IDS.inProgress}/turn/manager`],
  ['reveal', `#/a/${IDS.report}/reveal`],
  ['report', `#/a/${IDS.report}/report`],
  ['progress', `#/a/${IDS.report}/progress`],
  ['invite', `#/a/${IDS.inProgress}/invite`],
  ['respond', `#/a/${IDS.managerCopy}/respond`],
  ['manager-step', `#/a/${IDS.inProgress}/manager/strategy`],
  ['cohort', `#/cohort/${IDS.cohort}`],
  ['cohort-new', '#/cohorts/new'],
  ['present', `#/cohort/${IDS.cohort}/present`],
  ['share-with-cohort', `#/a/${IDS.participant}/cohort`],
  ['team-pulse', `#/team/${IDS.pulse}`],
  ['ask-team', `#/a/${IDS.previous}/team`],
  ['question-sets', '#/instruments'],
  ['question-set-preview', '#/instruments/sparc-180/1'],
  ['keep', `#/a/${IDS.report}/keep`],
  ['send-back', `#/a/${IDS.report}/send-back`],
  ['manager-waiting', `#/a/${IDS.managerCopy}/report`],
  ['about', '#/about'],
  ['collect', '#/collect'],
  ['collector', `#/collector/${IDS.collector}`],
];

async function settle(page) {
  // Every page has one h1 (the slides' is the cohort's name in the corner).
  await page.waitForSelector('main:not([data-first-screen]) h1');
  // And every part from a piece (the home page's list and tools) is drawn.
  await page.waitForFunction(() => !document.querySelector('main p.loading[aria-live]'), null, { timeout: 10_000 });
  await page.waitForFunction(() => [...document.querySelectorAll('.chart-frame')].every((f) => f.dataset.chartState !== 'loading'), null, { timeout: 10_000 });
  await page.waitForTimeout(150);
}

async function axeViolations(page) {
  await page.addScriptTag({ path: path.join(repoRoot, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

// English in light and dark at three widths; German and French (long
// words, other punctuation) on a phone and a desktop.
const SWEEPS = [
  { scheme: 'light', locale: 'en-US', widths: [390, 1024, 1280] },
  { scheme: 'dark', locale: 'en-US', widths: [390, 1024, 1280] },
  { scheme: 'light', locale: 'de-DE', widths: [390, 1280] },
  { scheme: 'light', locale: 'fr-FR', widths: [390, 1280] },
];

for (const { scheme, locale, widths } of SWEEPS) {
  const language = locale.slice(0, 2);
  test(`every main page fits ${widths.join(', ')} px, ${scheme}, ${locale}, with no WCAG 2.2 AA violation`, async () => {
    const shots = language === 'en' ? SHOTS : path.join(SHOTS, language);
    await mkdir(shots, { recursive: true });
    const problems = [];
    // axe-core is injected as a script: this context lets it past the page's CSP.
    await withDevice(env.browser, { colorScheme: scheme, bypassCSP: true, locale }, async ({ page }) => {
      await page.goto(env.server.url);
      await page.evaluate((records) => { for (const [k, v] of Object.entries(records)) localStorage.setItem(k, v); }, seeds());
      // The page a team member answers on: the pulse's own link.
      await page.goto(`${env.server.url}#/team/${IDS.pulse}`);
      const pulseLink = (await (await page.waitForSelector('.share-link .share-text')).textContent()).trim();
      const pages = [...PAGES, ['answer-pulse', pulseLink.slice(pulseLink.indexOf('#'))]];
      assert.equal(pages.length, PAGES.length + 1);
      for (const [name, hash] of pages) {
        for (const width of widths) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(`${env.server.url}${hash}`);
          await page.reload();
          await settle(page);
          const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
          if (scroll > client) problems.push(`${name} at ${width} px scrolls sideways (${scroll} > ${client})`);
          // Issue 22: the report says each thing once: at most 8,000 px tall
          // at 1280 px and 14,000 px at 390 px.
          const bound = { 390: 14_000, 1280: 8_000 }[width];
          if (name === 'report' && bound && language === 'en') {
            const height = await page.evaluate(() => document.documentElement.scrollHeight);
            console.log(`# report at ${width} px, ${scheme}: ${height} px tall (bound ${bound})`);
            if (height > bound) problems.push(`report at ${width} px is ${height} px tall (bound ${bound})`);
          }
          // Issue 22: on the progress page no chart label lies over another
          // and every table shows all its columns, at every width.
          if (name === 'progress') {
            const { overlaps, labels, clipped } = await page.evaluate(() => {
              const overlaps = [];
              let labels = 0;
              for (const chart of document.querySelectorAll('.chart svg')) {
                const boxes = [...chart.querySelectorAll('text')].filter((t) => t.textContent.trim()).map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
                labels += boxes.length;
                for (let i = 0; i < boxes.length; i++) {
                  for (let j = i + 1; j < boxes.length; j++) {
                    const [a, b] = [boxes[i].box, boxes[j].box];
                    const apart = a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1;
                    if (!apart) overlaps.push(`"${boxes[i].text}" over "${boxes[j].text}"`);
                  }
                }
              }
              const clipped = [...document.querySelectorAll('.table-wrap')].filter((w) => w.scrollWidth > w.clientWidth + 1).map((w) => w.getAttribute('aria-label'));
              return { overlaps, labels, clipped };
            });
            if (labels < 20) problems.push(`progress at ${width} px: only ${labels} chart texts found`);
            for (const o of overlaps) problems.push(`progress at ${width} px: ${o}`);
            for (const c of clipped) problems.push(`progress at ${width} px: the table "${c}" is cut off`);
          }
          if (await page.evaluate(() => document.documentElement.lang.split('-')[0]) !== language) problems.push(`${name}: not in ${language}`);
          await page.screenshot({ path: path.join(shots, `${name}-${width}-${scheme}.png`), fullPage: true });
          if (width !== 1024) {
            for (const v of await axeViolations(page)) problems.push(`${name} at ${width} px: ${v}`);
          }
        }
      }
      assert.deepEqual(problems, []);
    });
  });
}

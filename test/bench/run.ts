import os from 'node:os';
import { registerScenarioFiles } from '../../src/cli/scenario-files';
import { ANALYSIS_TARGET_MS, benchAnalysis, crossCheckBuiltIn } from './analysis-bench';
import { BOOT_RATIO_TARGET } from './boot-bench';
import {
  benchClassView,
  CLASS_LONGEST_TASK_TARGET_MS,
  CLASS_SAVES,
  CLASS_TARGET_MS,
} from './class-bench';
import { IDLE_TARGET_MS_PER_S, IDLE_WINDOW_MS } from './idle-bench';
import { benchManyParties, MANY_PARTIES_TARGET_MS } from './many-parties-bench';
import { benchReplay, REPLAY_TARGET_GAMES_PER_SECOND, savedGames } from './replay-bench';
import { OUR_CODE_BUDGET_BYTES, SIZE_GROUP_LABELS, SIZE_GROUPS, type Size } from './size-bench';
import { benchWeb } from './web-bench';

// The built-in scenarios are data files, read from assets/scenarios/.
registerScenarioFiles();

const SYNTHETIC_ID = 'synthetic:10x4';
const BUILT_IN_ID = 'alaska-2025';
const FAST_RUNS = 5;
const BASELINE_RUNS = 3;
const GAMES = 2000;
const REPLAY_ROUNDS = 5;
const BOOT_ROUNDS = 9;
const MANY_PARTIES = [4, 6] as const;
const MANY_PARTIES_RUNS = 3;
const CLASS_ROUNDS = 5;

const json = process.argv.includes('--json');
const log = json ? () => {} : (line = '') => console.log(line);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const rate = (x: number) => Math.round(x).toLocaleString('en-US');
const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
const yesNo = (ok: boolean) => (ok ? 'yes' : 'no');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const times = (x: number) => `${x.toFixed(2)}×`;

const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
};
log(`Mediator benchmark — ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}`);

log();
log(`1. Analysis of ${SYNTHETIC_ID} (compile + utilities + Pareto frontier + Nash)`);
const analysis = benchAnalysis(SYNTHETIC_ID, FAST_RUNS, BASELINE_RUNS);
log(`   packages            ${analysis.packages.toLocaleString('en-US')}`);
log(`   runs (fresh each)   ${analysis.fast.samples.map((x) => x.toFixed(1)).join(', ')} ms`);
log(`   median / min        ${ms(analysis.fast.median)} / ${ms(analysis.fast.min)}`);
log(`   target              ≤ ${ANALYSIS_TARGET_MS} ms (median): ${verdict(analysis.pass)}`);
log(`   Pareto frontier     ${analysis.frontierSize} packages`);
log(`   feasible frontier   ${analysis.feasibleFrontierSize} packages`);
log(`   ZOPA                ${analysis.zopaSize.toLocaleString('en-US')} packages`);
log(
  `   Nash package        #${analysis.nash ?? 'none'} (utilities ${analysis.nashUtilities?.map((u) => u.toFixed(2)).join(' / ') ?? '—'})`,
);

log();
log('2. Sort-everything baseline (test/bench/naive-frontier.ts)');
log(`   runs (fresh each)   ${analysis.baseline.samples.map((x) => x.toFixed(1)).join(', ')} ms`);
log(`   median / min        ${ms(analysis.baseline.median)} / ${ms(analysis.baseline.min)}`);
log(`   speed ratio         baseline / fast = ${analysis.ratio.toFixed(1)}×`);
log(`   baseline Nash       #${analysis.baselineNash ?? 'none'}`);
for (const [what, same] of Object.entries(analysis.checks))
  log(`   same ${what.padEnd(16)} ${yesNo(same)}`);
const analysisAgrees = Object.values(analysis.checks).every(Boolean);
log(`   results agree: ${yesNo(analysisAgrees)}`);
const builtInChecks = crossCheckBuiltIn(BUILT_IN_ID);
const builtInAgrees = Object.values(builtInChecks).every(Boolean);
log(`   cross-check on ${BUILT_IN_ID} (has red lines), untimed: agree ${yesNo(builtInAgrees)}`);
for (const [what, same] of Object.entries(builtInChecks)) if (!same) log(`     differs: ${what}`);

log();
log(
  '3. Analysis with 4 and 6 parties at the bounds of the schema (test/bench/many-parties-bench.ts)',
);
log('   every package the schema allows, interests opposed on 16 of 22 issues, one red line');
const manyParties = MANY_PARTIES.map((parties) => benchManyParties(parties, MANY_PARTIES_RUNS));
for (const m of manyParties) {
  log(`   ${m.parties} parties`);
  log(`     packages          ${m.packages.toLocaleString('en-US')}`);
  log(`     runs (fresh each) ${m.timing.samples.map((x) => x.toFixed(0)).join(', ')} ms`);
  log(`     median / min      ${ms(m.timing.median)} / ${ms(m.timing.min)}`);
  log(`     target            < ${MANY_PARTIES_TARGET_MS} ms (median): ${verdict(m.pass)}`);
  log(
    `     frontiers         ${m.frontierSize.toLocaleString('en-US')} packages, ${m.feasibleFrontierSize.toLocaleString('en-US')} signable`,
  );
  for (const [what, ok] of Object.entries(m.checks)) log(`     ${what.padEnd(17)} ${yesNo(ok)}`);
}
const manyPartiesRight = manyParties.every((m) => Object.values(m.checks).every(Boolean));

log();
log(`4. Replay verification on ${BUILT_IN_ID} (parseSaveText + replaySave)`);
const started = performance.now();
const games = savedGames(BUILT_IN_ID, GAMES);
const generatedMs = performance.now() - started;
const replay = benchReplay(BUILT_IN_ID, games, REPLAY_ROUNDS);
log(
  `   saved games         ${replay.games.toLocaleString('en-US')} (${replay.steps.toLocaleString('en-US')} steps; greedy and random, all difficulties; generated untimed in ${ms(generatedMs)})`,
);
log(`   replays verified    ${replay.verified} / ${replay.games} reach the recorded final state`);
log(`   rounds              ${replay.round.samples.map((x) => x.toFixed(1)).join(', ')} ms`);
log(`   median / min        ${ms(replay.round.median)} / ${ms(replay.round.min)} per round`);
log(
  `   throughput          ${rate(replay.gamesPerSecond)} games/s, ${rate(replay.stepsPerSecond)} steps/s`,
);
log(
  `   target              ≥ ${rate(REPLAY_TARGET_GAMES_PER_SECOND)} games/s: ${verdict(replay.pass)}`,
);

log();
log(
  '5. Build sizes (vite build with the project config; gzip level 9 per file; 1 kB = 1000 bytes)',
);
const web = await benchWeb(BOOT_ROUNDS);
const { sizes, boot, idle } = web;
const nameWidth = Math.max(...sizes.files.map((f) => f.file.length + 2), 'our JavaScript'.length);
const sizeLine = (name: string, size: Size) =>
  log(`   ${name.padEnd(nameWidth)}  ${kB(size.raw).padStart(10)}  ${kB(size.gzip).padStart(9)}`);
log(`   ${''.padEnd(nameWidth)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(9)}`);
for (const group of SIZE_GROUPS) {
  sizeLine(SIZE_GROUP_LABELS[group], sizes.groups[group]);
  for (const file of sizes.files.filter((f) => f.group === group)) sizeLine(`  ${file.file}`, file);
}
sizeLine('total', sizes.total);
log(
  `   our code (JS+CSS, excluding Phaser) gzip: ${kB(sizes.ourCode.gzip)} — budget ${OUR_CODE_BUDGET_BYTES / 1000} kB: ${verdict(sizes.pass)}`,
);
log(`   Phaser chunk gzip: ${kB(sizes.groups.phaser.gzip)}`);
const phaserSplit = sizes.groups.phaser.raw > 0;
if (!phaserSplit) log('   no Phaser chunk in the build: the split of our code from Phaser failed');

log();
log(
  `6. Boot to the first screen in Chromium (ms from navigation start to the page's performance mark)`,
);
if ('skipped' in boot) {
  log(`   skipped: Chromium could not be found or started — ${boot.skipped}`);
} else {
  // Five milestones to a line keeps the time line readable on a terminal.
  const milestones = (label: string, m: Readonly<Record<string, number>>) => {
    const steps = Object.entries(m).map(([name, at]) => `${name} ${at.toFixed(0)}`);
    for (let i = 0; i < steps.length; i += 5)
      log(`   ${(i === 0 ? label : '').padEnd(19)} ${steps.slice(i, i + 5).join(' · ')}`);
  };
  log(
    `   rounds              ${boot.rounds}, alternating which page goes first, fresh context each`,
  );
  log(`   game (title)        ${boot.game.samples.map((x) => x.toFixed(0)).join(', ')} ms`);
  log(`   bare Phaser         ${boot.bare.samples.map((x) => x.toFixed(0)).join(', ')} ms`);
  log(`   game median / min   ${ms(boot.game.median)} / ${ms(boot.game.min)}`);
  log(`   bare median / min   ${ms(boot.bare.median)} / ${ms(boot.bare.min)}`);
  log(
    `   ratio game / bare   ${times(boot.ratio)} of the medians (${times(boot.minRatio)} of the minima)`,
  );
  log(`   target              ≤ ${times(BOOT_RATIO_TARGET)} (median): ${verdict(boot.pass)}`);
  log('   milestones          ms from navigation start, medians');
  milestones('  game', boot.game.milestones);
  milestones('  bare', boot.bare.milestones);
  log(`   page problems       ${boot.problems.length === 0 ? 'none' : boot.problems.length}`);
  for (const problem of boot.problems) log(`     ${problem}`);
}

log();
log(`7. The class view reading ${CLASS_SAVES} saved games in Chromium (test/bench/class-bench.ts)`);
const classView = await benchClassView(CLASS_ROUNDS);
const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
if ('skipped' in classView) {
  log(`   skipped: Chromium could not be found or started — ${classView.skipped}`);
} else {
  log(`   to the summary      ${classView.totals.map((x) => x.toFixed(0)).join(', ')} ms`);
  log(`   longest task        ${classView.longestTasks.map((x) => x.toFixed(0)).join(', ')} ms`);
  log(
    `   target              < ${CLASS_TARGET_MS} ms, tasks ≤ ${CLASS_LONGEST_TASK_TARGET_MS} ms (medians): ${verdict(classView.pass)}`,
  );
}

const rows: (readonly string[])[] = [
  ['benchmark', 'median', 'best', 'target', 'result'],
  [
    `analysis ${SYNTHETIC_ID}`,
    ms(analysis.fast.median),
    ms(analysis.fast.min),
    `≤ ${ANALYSIS_TARGET_MS} ms`,
    verdict(analysis.pass),
  ],
  [
    'baseline sort-everything',
    ms(analysis.baseline.median),
    ms(analysis.baseline.min),
    `${analysis.ratio.toFixed(1)}× slower`,
    `agree: ${yesNo(analysisAgrees)}`,
  ],
  ...manyParties.map((m) => [
    `analysis ${m.parties} parties at the bounds`,
    ms(m.timing.median),
    ms(m.timing.min),
    `< ${MANY_PARTIES_TARGET_MS} ms`,
    verdict(m.pass),
  ]),
  [
    `replay ${replay.games} saves`,
    `${rate(replay.gamesPerSecond)} games/s`,
    `${rate((replay.games * 1000) / replay.round.min)} games/s`,
    `≥ ${rate(REPLAY_TARGET_GAMES_PER_SECOND)} games/s`,
    verdict(replay.pass),
  ],
  [
    'our code JS+CSS gzip',
    kB(sizes.ourCode.gzip),
    '',
    `≤ ${OUR_CODE_BUDGET_BYTES / 1000} kB`,
    verdict(sizes.pass),
  ],
  ['Phaser chunk gzip', kB(sizes.groups.phaser.gzip), '', '', 'reported'],
  ...('skipped' in boot
    ? [['boot game / bare Phaser', 'skipped', '', `≤ ${times(BOOT_RATIO_TARGET)}`, 'no Chromium']]
    : [
        ['boot to title (game)', ms(boot.game.median), ms(boot.game.min), '', 'reported'],
        ['boot bare Phaser', ms(boot.bare.median), ms(boot.bare.min), '', 'reported'],
        [
          'boot game / bare Phaser',
          times(boot.ratio),
          times(boot.minRatio),
          `≤ ${times(BOOT_RATIO_TARGET)}`,
          verdict(boot.pass),
        ],
      ]),
];
if (!('skipped' in classView)) {
  rows.push([
    `class view, ${CLASS_SAVES} saves`,
    `${ms(median(classView.totals))}, longest task ${ms(median(classView.longestTasks))}`,
    `${ms(Math.min(...classView.totals))}, ${ms(Math.min(...classView.longestTasks))}`,
    `< ${CLASS_TARGET_MS} ms, ≤ ${CLASS_LONGEST_TASK_TARGET_MS} ms`,
    verdict(classView.pass),
  ]);
}
if (!('skipped' in idle)) {
  rows.push([
    `idle table, ${IDLE_WINDOW_MS / 1000} s`,
    `${idle.busyMsPerSecond.toFixed(1)} ms/s busy`,
    `${idle.frames} frames`,
    `≤ ${IDLE_TARGET_MS_PER_S} ms/s, 0 frames`,
    verdict(idle.pass),
  ]);
}
const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
log();
for (const [n, row] of rows.entries()) {
  log(
    row
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  if (n === 0) log(widths.map((w) => '-'.repeat(w)).join('  '));
}
log();
log(
  `machine: ${machine.cpus} CPUs, ${machine.cpuModel}, Node ${machine.node}, ${machine.platform}`,
);

if (json)
  console.log(
    JSON.stringify(
      {
        machine,
        analysis,
        builtInChecks,
        manyParties,
        replay: { ...replay, generatedMs },
        web,
        classView,
      },
      null,
      2,
    ),
  );
// Wrong results fail the run; slow figures are reported, not enforced.
const bootClean = 'skipped' in boot || boot.clean;
if (
  !analysisAgrees ||
  !builtInAgrees ||
  !manyPartiesRight ||
  replay.verified !== replay.games ||
  !phaserSplit ||
  !bootClean
)
  process.exitCode = 1;

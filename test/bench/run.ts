import os from 'node:os';
import { ANALYSIS_TARGET_MS, benchAnalysis, crossCheckBuiltIn } from './analysis-bench';
import { benchReplay, REPLAY_TARGET_GAMES_PER_SECOND, savedGames } from './replay-bench';

const SYNTHETIC_ID = 'synthetic:10x4';
const BUILT_IN_ID = 'alaska-2025';
const FAST_RUNS = 5;
const BASELINE_RUNS = 3;
const GAMES = 2000;
const REPLAY_ROUNDS = 5;

const json = process.argv.includes('--json');
const log = json ? () => {} : (line = '') => console.log(line);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const rate = (x: number) => Math.round(x).toLocaleString('en-US');
const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');
const yesNo = (ok: boolean) => (ok ? 'yes' : 'no');

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
log(`3. Replay verification on ${BUILT_IN_ID} (parseSaveText + replaySave)`);
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

const rows: readonly (readonly string[])[] = [
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
  [
    `replay ${replay.games} saves`,
    `${rate(replay.gamesPerSecond)} games/s`,
    `${rate((replay.games * 1000) / replay.round.min)} games/s`,
    `≥ ${rate(REPLAY_TARGET_GAMES_PER_SECOND)} games/s`,
    verdict(replay.pass),
  ],
];
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
      { machine, analysis, builtInChecks, replay: { ...replay, generatedMs } },
      null,
      2,
    ),
  );
// Wrong results fail the run; slow figures are reported, not enforced.
if (!analysisAgrees || !builtInAgrees || replay.verified !== replay.games) process.exitCode = 1;

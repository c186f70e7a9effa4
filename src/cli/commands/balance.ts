import { type BalanceRow, balanceSeeds, measureBalance } from '../../model/balance';
import { STRATEGIES } from '../../model/bots';
import { compileScenario } from '../../model/compile';
import { DIFFICULTIES } from '../../model/types';
import { type CommandSpec, parseArgs } from '../args';
import { inputError } from '../cli-error';
import { loadScenario } from '../load-scenario';
import { type CommandResult, report } from '../output';

export const BALANCE: CommandSpec = {
  flags: { scenario: 'value', seeds: 'value', json: 'switch' },
  takesNames: false,
};

/** Seeds per strategy and difficulty unless --seeds says otherwise: the measure. */
export const DEFAULT_BALANCE_SEEDS = 1000;
const MAX_BALANCE_SEEDS = 100_000;

/**
 * Every built-in strategy plays seeds 1 to N at every difficulty; prints, per strategy and
 * difficulty, the share of deals, surrenders and stalemates (by cause), the median deal score
 * and the median sessions used. Scenario authors use it to check their own files.
 */
export function runBalance(argv: readonly string[]): CommandResult {
  const args = parseArgs(BALANCE, argv);
  const seeds = seedCount(args.values.get('seeds') ?? String(DEFAULT_BALANCE_SEEDS));
  const model = compileScenario(loadScenario(args.values.get('scenario')));
  const rows = measureBalance(model, STRATEGIES, DIFFICULTIES, balanceSeeds(seeds));
  const result = { scenario: model.scenario.id, seeds, rows };
  const lines = [
    `Balance of ${model.scenario.title} (${model.scenario.id}): every strategy on seeds 1–${seeds} at each difficulty`,
    '',
    `${'strategy'.padEnd(11)} ${'difficulty'.padEnd(10)} ${'deals'.padStart(7)} ${'surrender'.padStart(9)} ${'stalemate'.padStart(9)}  ${'(deadline / failed summit / walk-out / ended)'.padEnd(46)} ${'deal score (25% / median / 75%)'.padStart(32)} ${'sessions'.padStart(8)}`,
    ...rows.map((row) => rowLine(row)),
  ];
  return report(args.switches.has('json'), result, lines);
}

function rowLine(row: BalanceRow): string {
  const share = (n: number) => `${((100 * n) / row.games).toFixed(1)}%`;
  const { deadline, 'failed-summit': failed, 'walk-out': walkOut, adjourned } = row.stalemates;
  const stalemates = deadline + failed + walkOut + adjourned;
  const causes = [deadline, failed, walkOut, adjourned].map(share).join(' / ');
  return [
    row.strategy.padEnd(11),
    row.difficulty.padEnd(10),
    share(row.deals).padStart(7),
    share(row.surrenders).padStart(9),
    share(stalemates).padStart(9),
    ` ${causes.padEnd(46)}`,
    (row.dealScoreQuartiles === null
      ? '—'
      : row.dealScoreQuartiles.map((x) => String(Math.round(x * 10) / 10)).join(' / ')
    ).padStart(32),
    String(row.medianSessions).padStart(8),
  ].join(' ');
}

function seedCount(text: string): number {
  const n = /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_BALANCE_SEEDS) {
    throw inputError(
      `--seeds must be a whole number from 1 to ${MAX_BALANCE_SEEDS}, not "${text}"`,
    );
  }
  return n;
}

import { playGame, STRATEGIES } from '../../src/model/bots';
import { compileScenario } from '../../src/model/compile';
import { stateHash } from '../../src/model/game';
import { builtInScenario } from '../../src/model/scenarios';
import { DIFFICULTIES } from '../../src/model/types';
import { replaySave } from '../../src/saves/replay';
import { createSave, parseSaveText, serializeSave } from '../../src/saves/save-format';
import { measure, type Timing } from './timing';

export const REPLAY_TARGET_GAMES_PER_SECOND = 1000;

/** A saved game as file text, with the digest of the state its game ended in. */
export interface SavedGame {
  readonly text: string;
  readonly steps: number;
  readonly finalHash: string;
}

export interface ReplayFigures {
  readonly scenario: string;
  readonly games: number;
  readonly steps: number;
  readonly rounds: number;
  /** Time to parse and replay every game once. */
  readonly round: Timing;
  readonly gamesPerSecond: number;
  readonly stepsPerSecond: number;
  readonly target: number;
  readonly pass: boolean;
  /** Games whose replay was accepted and ended in the recorded final state. */
  readonly verified: number;
}

/** Bots play `count` games, alternating strategies and cycling difficulties, each seeded apart. */
export function savedGames(scenarioId: string, count: number): SavedGame[] {
  const scenario = builtInScenario(scenarioId);
  if (!scenario) throw new Error(`unknown scenario "${scenarioId}"`);
  const model = compileScenario(scenario);
  return Array.from({ length: count }, (_, i) => {
    const game = {
      seed: Math.imul(i + 1, 0x9e3779b1) >>> 0,
      difficulty: DIFFICULTIES[i % DIFFICULTIES.length] ?? 'normal',
    };
    const strategy =
      STRATEGIES[Math.floor(i / DIFFICULTIES.length) % STRATEGIES.length] ?? 'random';
    const played = playGame(model, { ...game, strategy });
    return {
      text: serializeSave(
        createSave(model, game, played.steps, {
          name: `${strategy} bot, seed ${game.seed}`,
          savedAt: null,
        }),
      ),
      steps: played.steps.length,
      finalHash: stateHash(played.state),
    };
  });
}

/** Parses and replays a save, returning the digest of its final state or null if it fails. */
function replayText(text: string): string | null {
  const parsed = parseSaveText(text);
  if (!parsed.ok) return null;
  const replayed = replaySave(parsed.save);
  return replayed.ok ? stateHash(replayed.final) : null;
}

/** Times parseSaveText + replaySave over every saved game, `rounds` times after a warm-up. */
export function benchReplay(
  scenarioId: string,
  games: readonly SavedGame[],
  rounds: number,
): ReplayFigures {
  const verified = games.filter((g) => replayText(g.text) === g.finalHash).length;
  const { timing } = measure(
    rounds,
    () => games,
    (all) => {
      let ok = 0;
      for (const g of all) {
        const parsed = parseSaveText(g.text);
        if (parsed.ok && replaySave(parsed.save).ok) ok++;
      }
      return ok;
    },
  );
  const steps = games.reduce((n, g) => n + g.steps, 0);
  const seconds = timing.median / 1000;
  return {
    scenario: scenarioId,
    games: games.length,
    steps,
    rounds,
    round: timing,
    gamesPerSecond: games.length / seconds,
    stepsPerSecond: steps / seconds,
    target: REPLAY_TARGET_GAMES_PER_SECOND,
    pass: games.length / seconds >= REPLAY_TARGET_GAMES_PER_SECOND,
    verified,
  };
}

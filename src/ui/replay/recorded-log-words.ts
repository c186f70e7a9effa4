import type { Action } from '../../model/game';
import type { Package, Scenario } from '../../model/types';
import type { NotReplayable, RecordedLog } from '../../store/replay-store';
import { capitalised, dateTimeText } from '../words';

/**
 * Words for a save that cannot be replayed: why, what that means, and each recorded move told
 * with the scenario's names where this release knows them, else with the ids as recorded.
 */

function partyName(scenario: Scenario | null, id: string): string {
  return scenario?.parties.find((p) => p.id === id)?.country ?? id;
}

/** "Issue → option" for every issue of a package: the scenario's issues first, in its order. */
function packageWords(scenario: Scenario | null, pkg: Package): string {
  const issues = scenario?.issues ?? [];
  const known = issues.filter((issue) => Object.hasOwn(pkg, issue.id));
  const unknown = Object.keys(pkg).filter((id) => !issues.some((issue) => issue.id === id));
  return [
    ...known.map((issue) => {
      const option = pkg[issue.id] ?? '';
      const label = issue.options.find((o) => o.id === option)?.label ?? option;
      return `${issue.label} → ${label}`;
    }),
    ...unknown.map((id) => `${id} → ${pkg[id] ?? ''}`),
  ].join('; ');
}

/** A move in a few words, for a list of games: "Consulted Russia", "Tabled a proposal". */
export function shortMoveWords(scenario: Scenario | null, action: Action): string {
  return action.type === 'propose' ? 'Tabled a proposal' : moveWords(scenario, action);
}

/** One recorded move in words: "Consulted Russia", "Tabled a proposal: … → …; …". */
export function moveWords(scenario: Scenario | null, action: Action): string {
  switch (action.type) {
    case 'consult':
      return `Consulted ${partyName(scenario, action.party)}`;
    case 'propose':
      return `Tabled a proposal: ${packageWords(scenario, action.package)}`;
    case 'pressure':
      return `Applied pressure on ${partyName(scenario, action.party)}`;
    case 'summit':
      return 'Convened the summit';
    case 'adjourn':
      return 'Ended the talks';
    default: {
      const unreachable: never = action;
      return String(unreachable);
    }
  }
}

/** Why the game cannot be replayed step by step, in one or two plain sentences. */
export function whyWords(why: NotReplayable, scenario: Scenario | null, id: string): string {
  const title = scenario?.title ?? id;
  switch (why.kind) {
    case 'unknown-scenario':
      return `This game was played with a scenario, “${id}”, that this release of Mediator does not have, so it cannot be replayed step by step.`;
    case 'other-version':
      return `This game was played with a version of the scenario “${title}” that this release of Mediator does not have, so it cannot be replayed step by step.`;
    case 'changed-scenario':
      return `The scenario inside this save, “${title}”, was changed after the game was saved, so the game cannot be replayed step by step.`;
    case 'other-rules':
      return why.step === 1
        ? 'The rules of the game have changed since this game was played: this release would play it differently from the first move on, so it cannot be replayed step by step.'
        : `The rules of the game have changed since this game was played: ${why.step === 2 ? 'the first move still plays' : `the first ${why.step - 1} moves still play`} out as recorded, but this release would play move ${why.step} differently, so the game cannot be replayed step by step.`;
    default: {
      const unreachable: never = why;
      return String(unreachable);
    }
  }
}

/** What a recorded log can and cannot show. */
export const RECORDED_LOG_MEANING =
  'Below are the moves as they were recorded. The table, the leaders’ answers, the scores and the analysis cannot be worked out again for this game.';

/** "Game number 20250815 · Normal · saved 15 Aug 2025, 18:30"; `date` is the save's date in words. */
export function gameFacts(log: RecordedLog, date: string | null): string {
  const { save, scenario } = log;
  const difficulty = scenario?.difficulties[save.difficulty].label ?? capitalised(save.difficulty);
  const moves = `${save.steps.length} ${save.steps.length === 1 ? 'move' : 'moves'}`;
  return [`Game number ${save.seed}`, difficulty, moves, date ? `saved ${date}` : null]
    .filter((part) => part !== null)
    .join(' · ');
}

/** A save's date in the reader's own way of writing dates; null when it has none. */
export const savedDateText = dateTimeText;

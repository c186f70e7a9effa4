/** Phrases for the text reports a teacher reads; JSON output never goes through here. */
import type { ScenarioModel } from '../model/compile';
import type { Action, Answers, TalkEvent } from '../model/game';
import type { Outcome } from '../model/outcome';
import type { Package } from '../model/types';

const count = new Intl.NumberFormat('en-US');

/** A whole number with thousands separators: 1,048,576. */
export function formatCount(n: number): string {
  return count.format(n);
}

/** A utility as people read it: one decimal place, always shown. */
export function formatUtility(u: number): string {
  return u.toFixed(1);
}

export function formatPackage(pkg: Package): string {
  return Object.entries(pkg)
    .map(([issue, option]) => `${issue}: ${option}`)
    .join(', ');
}

export function partyName(model: ScenarioModel, id: string): string {
  return model.scenario.parties.find((p) => p.id === id)?.country ?? id;
}

function partyShort(model: ScenarioModel, id: string): string {
  return model.scenario.parties.find((p) => p.id === id)?.short ?? id;
}

/** Each leader's answer in a few words: "US yes · RU no (forces, red line) · UA no (east)". */
export function formatAnswers(model: ScenarioModel, answers: Answers): string {
  return model.partyIds
    .map((id) => {
      const a = answers[id];
      if (!a) return `${partyShort(model, id)} ?`;
      if (a.accepts) return `${partyShort(model, id)} yes`;
      return `${partyShort(model, id)} no (${a.issue}${a.redLine ? ', red line' : ''})`;
    })
    .join(' · ');
}

function formatAction(model: ScenarioModel, action: Action): string {
  switch (action.type) {
    case 'consult':
      return `consults ${partyName(model, action.party)}`;
    case 'pressure': {
      const lever = model.scenario.parties.find((p) => p.id === action.party)?.lever.label;
      return `puts pressure on ${partyName(model, action.party)}${lever ? ` (${lever})` : ''}`;
    }
    case 'propose':
      return `tables ${formatPackage(action.package)}`;
    case 'summit':
      return 'convenes the summit';
    case 'adjourn':
      return 'ends the talks';
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

/** One line of the talks' history: "3. Session 3: tables … → US yes · RU yes · UA yes". */
export function formatEvent(model: ScenarioModel, event: TalkEvent): string {
  const answers = event.answers ? ` → ${formatAnswers(model, event.answers)}` : '';
  return `${event.step}. Session ${event.session}: ${formatAction(model, event.action)}${answers}`;
}

/** An outcome in a phrase: "deal scoring 74 of 100", "surrender by Ukraine". */
export function formatOutcome(model: ScenarioModel, outcome: Outcome | null): string {
  if (!outcome) return 'unfinished (no outcome yet)';
  switch (outcome.kind) {
    case 'deal':
      return `deal scoring ${outcome.score.total} of 100`;
    case 'surrender':
      return `surrender by ${partyName(model, outcome.surrenderedBy)}`;
    case 'stalemate':
      return outcome.party === null
        ? `stalemate (${outcome.cause})`
        : `stalemate (${outcome.cause} by ${partyName(model, outcome.party)})`;
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}

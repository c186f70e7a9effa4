import type { Answer, Answers, TalkEvent } from '../../model/game';
import type { Package, Scenario } from '../../model/types';

/** Words for the talks, shared by the table's text, its history and its announcements. */

/** The scenario's party with this id, if it has one. */
export function partyOf(scenario: Scenario, id: string) {
  return scenario.parties.find((p) => p.id === id);
}

/** A party's country ("Ukraine"), or its id when the scenario has no such party. */
export function countryOf(scenario: Scenario, id: string): string {
  return partyOf(scenario, id)?.country ?? id;
}

/** An issue's label ("Security guarantee"), or its id when the scenario has no such issue. */
export function issueLabel(scenario: Scenario, id: string): string {
  return scenario.issues.find((i) => i.id === id)?.label ?? id;
}

/** An option's label ("European-led"), or its id when the issue has no such option. */
export function optionLabel(scenario: Scenario, issue: string, option: string): string {
  return (
    scenario.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ??
    option
  );
}

/** "accepts" or "rejects — most hurt by …", the answer as a sentence fragment. */
export function answerText(scenario: Scenario, answer: Answer): string {
  const issue = issueLabel(scenario, answer.issue);
  if (answer.accepts) return `accepts (what costs it most: ${issue})`;
  return answer.redLine
    ? `rejects: crosses its red line on ${issue}`
    : `rejects: ${issue} hurts most`;
}

/**
 * An answer in a few words with its mark, never a colour alone, and what it names: for a yes,
 * the issue whose option costs the leader most (`stillWants`, an issue id, or null for none).
 */
export function answerShort(
  scenario: Scenario,
  answer: Answer,
  stillWants: string | null = answer.issue,
): string {
  const issue = issueLabel(scenario, answer.issue);
  if (answer.accepts)
    return stillWants === null
      ? '✓ Accepts — it gets its favourite option on every issue it weighs'
      : `✓ Accepts — what costs it most: ${issueLabel(scenario, stillWants)}`;
  return answer.redLine ? `✗ Rejects — red line: ${issue}` : `✗ Rejects — hurts most: ${issue}`;
}

/** Every leader's answer in one sentence, for the live region and the history. */
export function answersSentence(scenario: Scenario, answers: Answers): string {
  return scenario.parties
    .map((p) => {
      const answer = answers[p.id];
      return answer ? `${p.country} ${answerText(scenario, answer)}` : null;
    })
    .filter((x): x is string => x !== null)
    .join('. ');
}

/** A package in words: "Fortified zones in the east: Demilitarized zone; …". */
export function packageText(scenario: Scenario, pkg: Package): string {
  return scenario.issues
    .map((i) => `${i.label}: ${optionLabel(scenario, i.id, pkg[i.id] ?? '')}`)
    .join('; ');
}

function trustText(scenario: Scenario, trust: Readonly<Record<string, number>>): string {
  const changes = Object.entries(trust).map(
    ([id, delta]) => `${countryOf(scenario, id)} trust ${delta > 0 ? '+' : '−'}${Math.abs(delta)}`,
  );
  return changes.length > 0 ? ` (${changes.join(', ')})` : '';
}

/** One line of the history of the talks. */
export function eventText(scenario: Scenario, event: TalkEvent): string {
  const action = event.action;
  const trust = trustText(scenario, event.trust);
  const answers = event.answers
    ? `: ${scenario.parties
        .map((p) => {
          const a = event.answers?.[p.id];
          return a ? `${p.short} ${a.accepts ? '✓' : `✗ ${issueLabel(scenario, a.issue)}`}` : '';
        })
        .join(' · ')}`
    : '';
  switch (action.type) {
    case 'consult':
      return `Session ${event.session}: consulted ${countryOf(scenario, action.party)}${trust}`;
    case 'pressure': {
      const lever = partyOf(scenario, action.party)?.lever.label ?? 'pressure';
      return `Session ${event.session}: pressure on ${countryOf(scenario, action.party)} — ${lever}${answers}${trust}`;
    }
    case 'propose':
      return `Session ${event.session}: tabled a proposal${answers}${trust}`;
    case 'summit': {
      const signed = event.answers && Object.values(event.answers).every((a) => a.accepts);
      return `Session ${event.session}: ${signed ? 'the summit signed the package' : 'the summit failed'}${answers}${trust}`;
    }
    case 'adjourn':
      return `Session ${event.session}: the mediator ended the talks`;
    default: {
      const unreachable: never = action;
      return String(unreachable);
    }
  }
}

/** A news event as the history tells it: "News · Sunday: …" or "News · During the talks: …". */
export function newsText(scenario: Scenario, id: string): string {
  const event = scenario.events?.find((e) => e.id === id);
  return event ? `News · ${event.date}: ${event.headline}` : `News: ${id}`;
}

import type { PlayerAnswerFact } from '../../model/role-play-review';
import type { TurningPointKind } from '../../model/turning-points';
import type { Scenario } from '../../model/types';
import type { DebriefView } from '../../store/debrief-view';
import { h } from '../dom';
import { stepWords } from '../replay/replay-words';
import { issueLabel } from '../table/describe';
import { listed, pointsText } from '../words';

const KIND_WORDS: Readonly<Record<TurningPointKind, string>> = {
  'red-line': 'Red line crossed',
  pressure: 'Pressure',
  distrust: 'Trust fell',
  'won-over': 'Won over',
  'gave-way': 'Gave way under pressure',
  'failed-summit': 'Summit failed',
  'walk-out': 'Walk-out',
  signed: 'Outcome',
  deadline: 'Deadline',
  adjourned: 'Talks ended',
  news: 'News',
};

/** Section 4: every move of the mediator, its turning points marked with a star and a word. */
export function timelineSection(view: DebriefView): HTMLElement {
  const { model, final, turningPoints } = view;
  const scenario = model.scenario;
  const steps = final.history.length;
  const items = final.history.map((event, i) => {
    const step = i + 1;
    const points = turningPoints.filter((p) => p.step === step);
    return h(
      'li',
      // The number is the step's own, also when the printed page leaves plain steps out.
      { class: points.length > 0 ? 'turning' : 'plain', value: step },
      h('span', { class: 'debrief-step-words' }, stepWords(scenario, event)),
      revealed(
        scenario,
        view.answers.filter((a) => a.step === step),
      ),
      points.length > 0
        ? h(
            'ul',
            { class: 'turning-points' },
            ...points.map((p) =>
              h(
                'li',
                { class: `turning-point ${p.kind}` },
                h('span', { class: 'star', 'aria-hidden': 'true' }, '★ '),
                h('strong', {}, `${KIND_WORDS[p.kind]}: `),
                p.description,
              ),
            ),
          )
        : null,
    );
  });
  return h(
    'section',
    {
      class: 'debrief-section debrief-timeline',
      id: 'debrief-timeline',
      'aria-labelledby': 'debrief-timeline-heading',
    },
    h('h2', { id: 'debrief-timeline-heading', tabindex: '-1' }, 'Timeline of the mediator’s moves'),
    steps === 0
      ? h('p', {}, 'The mediator took no action.')
      : h(
          'p',
          { class: 'debrief-intro' },
          `${steps} ${steps === 1 ? 'move' : 'moves'}; the turning points are marked ★: the proposal that first won each leader over, pressure and the trust it cost, crossed red lines, failed summits and the end.`,
        ),
    view.answers.length > 0 ? h('p', {}, answersSummary(scenario, view.answers)) : null,
    steps === 0 ? null : h('ol', { class: `debrief-steps${steps > 8 ? ' long' : ''}` }, ...items),
  );
}

const VERDICT_WORDS: Readonly<Record<PlayerAnswerFact['verdict'], string>> = {
  'refused-better': ' It refused a package better than no deal.',
  'accepted-worse': ' It accepted a package worse than no deal.',
  consistent: '',
};

/** In a role-play, what each leader's player revealed at a step: their answer and its worth. */
function revealed(scenario: Scenario, answers: readonly PlayerAnswerFact[]): HTMLElement | null {
  if (answers.length === 0) return null;
  return h(
    'ul',
    { class: 'player-answers' },
    ...answers.map((a) => {
      const country = scenario.parties.find((p) => p.id === a.party)?.country ?? a.party;
      const felt = a.felt < a.noDeal ? ` (${pointsText(a.felt)} as pressure made it feel)` : '';
      return h(
        'li',
        { class: a.verdict },
        `${country}: ${a.accepts ? 'yes' : 'no'}, naming ${issueLabel(scenario, a.issue)}${a.redLine ? ', its red line' : ''}. Worth ${pointsText(a.worth)} to it, against ${pointsText(a.noDeal)} with no deal${felt}.${VERDICT_WORDS[a.verdict]}`,
      );
    }),
  );
}

/** The role-play in a sentence: who refused more than no deal, and who accepted less. */
function answersSummary(scenario: Scenario, answers: readonly PlayerAnswerFact[]): string {
  const who = (verdict: PlayerAnswerFact['verdict']) =>
    listed(
      answers
        .filter((a) => a.verdict === verdict)
        .map((a) => {
          const country = scenario.parties.find((p) => p.id === a.party)?.country ?? a.party;
          return `${country} (step ${a.step})`;
        }),
    );
  const refused = who('refused-better');
  const accepted = who('accepted-worse');
  return `Students answered for the leaders, ${answers.length} answers in all: under each step, what each player answered and what the package was worth to that leader. ${
    refused ? `Refused a package worth more than no deal: ${refused}. ` : ''
  }${accepted ? `Accepted one worth less, or across a red line: ${accepted}.` : ''}${
    !refused && !accepted ? 'Every answer followed the player’s own points.' : ''
  }`.trim();
}

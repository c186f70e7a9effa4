import type { TurningPointKind } from '../../model/turning-points';
import type { DebriefView } from '../../store/debrief-view';
import { h } from '../dom';
import { stepWords } from '../replay/replay-words';

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
    steps === 0 ? null : h('ol', { class: `debrief-steps${steps > 8 ? ' long' : ''}` }, ...items),
  );
}

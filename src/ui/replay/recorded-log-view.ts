import type { RecordedLog } from '../../store/replay-store';
import { h } from '../dom';
import {
  gameFacts,
  moveWords,
  RECORDED_LOG_MEANING,
  savedDateText,
  whyWords,
} from './recorded-log-words';

/**
 * A save that cannot be replayed, shown as a recorded log: its name, a plain note saying why
 * and what that means, the game's number, difficulty and date, then every move as recorded.
 * `focus` is the control to focus first; `summary` is what to announce.
 */
export function recordedLogView(
  log: RecordedLog,
  back: () => void,
): { element: HTMLElement; focus: HTMLElement; summary: string } {
  const { save, why, scenario } = log;
  const reason = whyWords(why, scenario, save.scenario.id);
  const diverged = why.kind === 'other-rules' ? why.step : null;
  const backButton = h(
    'button',
    { class: 'button primary', type: 'button', onclick: back },
    'Back to the title',
  );
  const moves =
    save.steps.length === 0
      ? h('p', { class: 'note' }, 'No move was recorded.')
      : h(
          'ol',
          {
            class: 'recorded-log-moves',
            'aria-labelledby': 'recorded-log-moves-heading',
            // The list scrolls: it takes the focus so that it also scrolls from the keyboard.
            tabindex: 0,
          },
          ...save.steps.map((step, i) =>
            h(
              'li',
              { class: i + 1 === diverged ? 'recorded-log-diverged' : undefined },
              h('span', { class: 'recorded-log-number' }, `Step ${i + 1}`),
              ' ',
              moveWords(scenario, step.action),
              i + 1 === diverged
                ? h(
                    'span',
                    { class: 'recorded-log-mark' },
                    ' — from this move on, this release plays the game differently',
                  )
                : null,
            ),
          ),
        );
  const branched = save.branchedFrom;
  const element = h(
    'section',
    { class: 'recorded-log card', 'aria-labelledby': 'recorded-log-heading' },
    h(
      'header',
      { class: 'recorded-log-top' },
      h(
        'h1',
        { id: 'recorded-log-heading' },
        h('span', { class: 'brand' }, 'Mediator'),
        ' · Recorded log: ',
        h('span', { class: 'replay-name' }, save.name),
      ),
      backButton,
    ),
    h(
      'p',
      { class: 'recorded-log-facts' },
      `${scenario?.title ?? save.scenario.id} · ${gameFacts(log, savedDateText(save.savedAt))}`,
    ),
    branched
      ? h('p', { class: 'note' }, `Played on from “${branched.name}” at step ${branched.step}.`)
      : null,
    h(
      'div',
      { class: 'recorded-log-note', role: 'note' },
      h('h2', {}, 'Why this game cannot be replayed'),
      h('p', {}, reason),
      h('p', {}, RECORDED_LOG_MEANING),
    ),
    h('h2', { id: 'recorded-log-moves-heading' }, 'The moves as recorded'),
    moves,
  );
  return {
    element,
    focus: backButton,
    summary: `Recorded log of “${save.name}”. ${reason} ${RECORDED_LOG_MEANING}`,
  };
}

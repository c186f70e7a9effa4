import type { DebriefView } from '../../store/debrief-view';
import { h } from '../dom';

/** Section 5: the scenario's discussion questions, a short set and a long one. */
export function questionsSection(view: DebriefView): HTMLElement {
  const discussion = view.model.scenario.discussion;
  const set = (id: string, title: string, questions: readonly string[]) => [
    h('h3', { id }, title),
    h(
      'ol',
      { class: 'debrief-questions', 'aria-labelledby': id },
      ...questions.map((q) => h('li', {}, q)),
    ),
  ];
  return h(
    'section',
    {
      class: 'debrief-section debrief-discussion',
      id: 'debrief-discussion',
      'aria-labelledby': 'debrief-discussion-heading',
    },
    h('h2', { id: 'debrief-discussion-heading', tabindex: '-1' }, 'Discussion questions'),
    ...(discussion
      ? [
          ...set('debrief-short-heading', 'Five minutes', discussion.short),
          ...set('debrief-long-heading', 'Twenty minutes', discussion.long),
        ]
      : [h('p', {}, 'This scenario file has no discussion questions.')]),
  );
}

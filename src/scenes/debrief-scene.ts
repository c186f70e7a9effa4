import type { SceneData } from '../game/scene-keys';
import { Screen } from '../game/screen';
import { openDebrief, selectPairFrontier } from '../store/debrief-view';
import { exportOf } from '../store/persistence';
import { announce } from '../ui/announcer';
import { scrollableByKeyboard } from '../ui/debrief/chart-frame';
import { followCurrentSection } from '../ui/debrief/current-section';
import { debriefHeadline, outcomeSection } from '../ui/debrief/outcome-section';
import { packagesSection } from '../ui/debrief/packages-section';
import { prioritiesSection } from '../ui/debrief/priorities-section';
import { questionsSection } from '../ui/debrief/questions-section';
import { timelineSection } from '../ui/debrief/timeline-section';
import { h } from '../ui/dom';
import { fileAndLink } from '../ui/session/save-bar';
import { capitalised } from '../ui/words';
import '../ui/styles/map.css';
import '../ui/styles/debrief.css';

const SECTIONS = [
  ['debrief-outcome', 'Outcome'],
  ['debrief-priorities', 'Hidden priorities'],
  ['debrief-packages', 'All packages'],
  ['debrief-timeline', 'Timeline'],
  ['debrief-discussion', 'Discussion'],
] as const;

/**
 * The debrief of a saved game, as one document that scrolls with the page and prints on one
 * page: the outcome and how each leader fared, the hidden priorities, the package among all
 * packages, the timeline with its turning points, and questions for the class.
 */
export class DebriefScene extends Screen<SceneData['DebriefScene']> {
  create(data: SceneData['DebriefScene']): void {
    const save = data.save;
    const opened = openDebrief(save);
    const toTitle = () => this.go('TitleScene');
    const backToTitle = h(
      'button',
      { class: 'button', type: 'button', onclick: toTitle },
      'Back to the title',
    );
    if (!opened.ok) {
      const sentence = `${capitalised(opened.error)}.`;
      this.showPage(
        'debrief-error-screen',
        h(
          'section',
          { class: 'debrief-error card', 'aria-labelledby': 'debrief-error-heading' },
          h('h1', { id: 'debrief-error-heading' }, 'This game cannot be debriefed'),
          h('p', { class: 'note' }, `The saved game “${save.name}”:`),
          h('p', {}, sentence),
          backToTitle,
        ),
      );
      backToTitle.focus();
      announce(`This game cannot be debriefed. ${sentence}`);
      return;
    }

    const view = opened.view;
    const scenario = view.model.scenario;
    const headline = debriefHeadline(view);
    const { sessionsUsed, sessions, difficulty } = view.final;
    const summary = `${scenario.title} · ${scenario.difficulties[difficulty].label} · ${sessionsUsed} of ${sessions} sessions used${view.final.players === 'people' ? ' · Role-play: students answered for the leaders' : ''}`;

    const footer = h(
      'footer',
      { class: 'debrief-footer' },
      h(
        'p',
        {},
        'A simplified teaching model, not a prediction or an endorsement; leaders’ positions are told in the third person, and no quote is invented. ',
        ...scenario.sources.map((s) => `Source: ${s.title} (${s.publisher}, ${s.date}). `),
      ),
    );
    const doc = h(
      'div',
      { class: 'debrief-doc', tabindex: '0', role: 'region', 'aria-label': 'Debrief' },
      outcomeSection(view),
      prioritiesSection(view),
      packagesSection(view, (a, b) => selectPairFrontier(view, a, b)),
      timelineSection(view),
      questionsSection(view),
      footer,
    );
    // The document scrolls with the page, and the list marks the section being read. A section
    // chosen from the list is marked at once, and stays marked while the page rests where the
    // choice put it (a short last section cannot reach the top).
    let chosenRest: number | null = null;
    const navButtons = SECTIONS.map(([id, label], index) =>
      h(
        'button',
        {
          type: 'button',
          class: 'debrief-nav-button',
          onclick: () => {
            chosenRest = this.goTo(doc, id);
            markSection(index);
          },
        },
        label,
      ),
    );
    const markSection = (current: number) => {
      navButtons.forEach((b, i) => {
        if (i === current) b.setAttribute('aria-current', 'true');
        else b.removeAttribute('aria-current');
      });
    };

    const print = h(
      'button',
      { class: 'button primary', type: 'button', onclick: () => window.print() },
      'Print this summary',
    );
    const replayButton = h(
      'button',
      {
        class: 'button',
        type: 'button',
        onclick: () => this.go('ReplayScene', { save }),
      },
      data.from === 'replay' ? 'Back to the replay' : 'Watch the replay',
    );
    const sharing = fileAndLink(() => exportOf(save));
    this.showPage(
      'debrief-screen',
      h(
        'div',
        { class: 'debrief-page' },
        h(
          'header',
          { class: 'debrief-top' },
          h(
            'div',
            { class: 'debrief-title' },
            h('h1', {}, h('span', { class: 'brand' }, 'Mediator'), ' · Debrief'),
            h('p', { class: 'debrief-summary', title: save.name }, summary),
          ),
          h(
            'div',
            { class: 'debrief-actions' },
            print,
            replayButton,
            backToTitle,
            // The two ways to save stay together as a group, as on the replay.
            h(
              'div',
              { class: 'save-bar', role: 'group', 'aria-label': 'Save this game' },
              ...sharing.buttons,
            ),
          ),
          sharing.status,
        ),
        h(
          'nav',
          { class: 'debrief-nav', 'aria-label': 'Sections of the debrief' },
          h('ul', {}, ...navButtons.map((b) => h('li', {}, b))),
        ),
        doc,
      ),
    );
    markSection(0);
    const sections = SECTIONS.map(([id]) => doc.querySelector<HTMLElement>(`#${id}`)).filter(
      (section) => section !== null,
    );
    this.onStop(
      followCurrentSection(sections, footer, (current) => {
        if (chosenRest !== null && Math.abs(window.scrollY - chosenRest) < 1) return;
        chosenRest = null;
        markSection(current);
      }),
    );
    this.onStop(scrollableByKeyboard(doc));
    doc.focus({ preventScroll: true });
    announce(`Debrief. ${headline.word}: ${headline.verdict}. ${view.outcome?.reasons[0] ?? ''}`);
  }

  /**
   * Scrolls the page to a section and moves the focus to its heading; returns where the page
   * rests (it stops short when the section is near the end).
   */
  private goTo(doc: HTMLElement, id: string): number {
    const section = doc.querySelector<HTMLElement>(`#${id}`);
    if (!section) return window.scrollY;
    section.scrollIntoView({ block: 'start' });
    section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    return window.scrollY;
  }
}

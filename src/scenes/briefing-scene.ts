import type { SceneData } from '../game/scene-keys';
import { Screen } from '../game/screen';
import type { Party, Scenario } from '../model/types';
import { selectClassCode } from '../store/class-code';
import { selectScenarioMap } from '../store/map-view';
import { type Briefing, selectBriefing } from '../store/selectors';
import { h } from '../ui/dom';
import { emblem } from '../ui/emblem';
import { buildMap, mapData, mapTitle } from '../ui/map';
import { capitalised, dateText } from '../ui/words';
import '../ui/styles/map.css';
import '../ui/styles/briefing.css';

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const inWords = (n: number) => NUMBER_WORDS[n] ?? String(n);

/**
 * A scenario's summary, one sentence to a paragraph so that it reads in short steps. A sentence
 * ends after a lower-case word, so abbreviations such as "U.S." do not split one.
 */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[a-z0-9)”’'"][.!?])\s+(?=[A-Z“])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A section headed by its own heading, which also names it for assistive technology. */
function section(id: string, heading: string, ...content: HTMLElement[]): HTMLElement {
  return h(
    'section',
    { class: `briefing-${id}`, 'aria-labelledby': `briefing-${id}-heading` },
    h('h2', { id: `briefing-${id}-heading` }, heading),
    ...content,
  );
}

/**
 * The briefing: the situation, the map, the leaders' public positions, the deadline and how the
 * talks are scored, read from the scenario and the new game in the store.
 */
export class BriefingScene extends Screen<SceneData['BriefingScene']> {
  create(data: SceneData['BriefingScene']): void {
    const { store } = data;
    const state = store.getState();
    const scenario = state.model.scenario;
    const leaderItems = scenario.parties.map((party) => this.leaderItem(party));

    const go = h(
      'button',
      {
        class: 'button primary',
        type: 'button',
        onclick: () => this.go('TableScene', { store }),
      },
      'Go to the table',
    );
    const back = h(
      'button',
      { class: 'button', type: 'button', onclick: () => this.go('TitleScene') },
      'Back to the title',
    );

    const briefing = selectBriefing(state);
    const { sessions, difficulty } = briefing;
    const scenarioMap = selectScenarioMap(state);
    const classCode = selectClassCode(state);

    this.showPage(
      'briefing-screen',
      h(
        'div',
        { class: 'briefing-page' },
        h(
          'header',
          { class: 'briefing-head' },
          h('h1', {}, scenario.title),
          h(
            'p',
            { class: 'briefing-deadline' },
            h(
              'strong',
              {},
              `You have ${sessions} ${sessions === 1 ? 'session' : 'sessions'} before the ${briefing.summit} deadline.`,
            ),
            ` Difficulty: ${difficulty}. One action per session.`,
          ),
          classCode
            ? h(
                'p',
                { class: 'note' },
                `Class code ${classCode}: whoever enters it on the title plays this same game.`,
              )
            : null,
        ),
        h(
          'div',
          { class: 'briefing-column' },
          section(
            'situation',
            'The situation',
            ...sentences(scenario.summary).map((s) => h('p', {}, s)),
          ),
          scenarioMap
            ? section(
                'map',
                'Who holds what',
                buildMap(mapData(), scenarioMap, {
                  title: mapTitle(scenarioMap, 'who holds each region, roughly'),
                  legend: true,
                }).element,
              )
            : section(
                'issues',
                'What is on the table',
                h('ul', {}, ...scenario.issues.map((issue) => h('li', {}, issue.label))),
              ),
        ),
        h(
          'div',
          { class: 'briefing-column' },
          section(
            'leaders',
            'The leaders’ public positions',
            h('ul', {}, ...leaderItems),
            h(
              'p',
              { class: 'note' },
              scenario.parties.some((party) => party.concession)
                ? 'Leaders open high and give ground as sessions pass, sooner if they trust you. Consulting in private reveals what each cares about.'
                : 'What matters most to each leader is hidden at first. Consulting a leader in private reveals some of it and builds trust.',
            ),
          ),
        ),
        h('div', { class: 'briefing-column' }, this.scoring(scenario, briefing)),
        // Kept in view at the foot of the screen where there is height to spare, so that the
        // focused way to the table is seen without scrolling past the briefing.
        h('div', { class: 'briefing-actions' }, go, back),
      ),
    );

    go.focus({ preventScroll: true });
  }

  private leaderItem(party: Party): HTMLElement {
    return h(
      'li',
      { class: 'briefing-leader card' },
      emblem(party, 48),
      h('h3', {}, `${party.leader.title} ${party.leader.name} — ${party.country}`),
      h('p', {}, party.position),
    );
  }

  /** How a game ends, in plain words, with the thresholds and weights of the scenario. */
  private scoring(scenario: Scenario, briefing: Briefing): HTMLElement {
    const rules = scenario.rules.outcome;
    const shares = briefing.scoreShares;
    const all = capitalised(`all ${inWords(scenario.parties.length)}`);
    const quoted = briefing.quote;
    const durable = briefing.durability;
    const item = (kind: string, label: string, ...text: (string | HTMLElement)[]) =>
      h(
        'li',
        { class: `briefing-outcome ${kind}` },
        h('strong', { class: 'briefing-outcome-label' }, label),
        ' ',
        ...text,
      );
    return section(
      'scoring',
      'How the talks end',
      h(
        'ul',
        {},
        item(
          'deal',
          'Deal.',
          `${all} leaders sign a package that each prefers to no deal, and nobody gives up everything. It scores 0–100: fairness ${shares.fairness}% (every side gains a fair share), efficiency ${shares.efficiency}% (no other package would have been better for all of them) and durability ${shares.durability}% (${durable.durableTerms ?? 'terms'} that help ${durable.lasting} last).`,
        ),
        item(
          'stalemate',
          'Stalemate.',
          'Nothing is signed by the deadline, the final summit fails, or a leader walks out: its trust ran out, or you pushed too hard.',
        ),
        item(
          'surrender',
          'Surrender.',
          `A leader is pushed into signing across one of their red lines, or for less than they would get with no deal; or one side gets ${rules.lopsidedHigh}% or more of what it could want while another gets ${rules.lopsidedLow}% or less.`,
        ),
      ),
      ...(quoted
        ? [
            h(
              'figure',
              { class: 'briefing-quote' },
              h('blockquote', {}, h('p', {}, `“${quoted.quote.text}.”`)),
              h(
                'figcaption',
                {},
                `${quoted.quote.by}, as reported on ${dateText(quoted.source.date)}`,
              ),
            ),
          ]
        : []),
    );
  }
}

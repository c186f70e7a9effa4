import type { SceneData } from '../game/scene-keys';
import { Screen } from '../game/screen';
import type { VersusNoDeal } from '../model/results';
import type { Party } from '../model/types';
import { newSeed } from '../store/new-game';
import { gameSaving } from '../store/persistence';
import { type FaredFigures, selectFared, selectResults } from '../store/selectors';
import { announce, prefersReducedMotion } from '../ui/announcer';
import { concessionsOf } from '../ui/concession-list';
import { fullName } from '../ui/debrief/facts';
import { h, styled } from '../ui/dom';
import { emblem } from '../ui/emblem';
import { outcomeHeadline } from '../ui/outcome-headline';
import { outcomeMark } from '../ui/outcome-mark';
import { saveBar } from '../ui/session/save-bar';
import '../ui/styles/outcome.css';

const SCORE_COMPONENTS = [
  ['fairness', 'Fairness'],
  ['efficiency', 'Efficiency'],
  ['durability', 'Durability'],
] as const;

/** One leader's row: what the package is worth to it against its no-deal value. */
interface FaredRow {
  readonly party: Party;
  readonly index: number;
  readonly name: string;
  /** What the package is worth to the leader (0–100), or null when there is no package. */
  readonly value: number | null;
  /** The leader's no-deal value in this game (0–100). */
  readonly noDeal: number;
  readonly caption: string;
}

/** The end of the talks: what happened and why, how each leader fared, and what each gave up. */
export class OutcomeScene extends Screen<SceneData['OutcomeScene']> {
  create(data: SceneData['OutcomeScene']): void {
    const store = data.store;
    const outcome = store.getState().game.outcome;
    if (!outcome) {
      this.go('TitleScene');
      return;
    }
    const { model } = store.getState();
    const results = selectResults(store.getState());
    const fared = selectFared(store.getState());
    if (!results || !fared) return;
    const { choice, signed } = results;
    const pkg = results.package;

    const rows: FaredRow[] = model.scenario.parties.map((party, p) => {
      const figures = fared[p] ?? { utility: null, noDeal: 0, gap: null };
      return {
        party,
        index: p,
        name: fullName(party),
        value: figures.utility,
        noDeal: figures.noDeal,
        caption: caption(figures, results.parties[p]?.versusNoDeal ?? null, signed),
      };
    });

    const headline = outcomeHeadline(outcome, model.scenario);
    const playAgain = h(
      'button',
      {
        class: 'button primary',
        type: 'button',
        onclick: () => {
          store.getState().reset({ seed: newSeed() });
          this.go('TableScene', { store });
        },
      },
      'Play again',
    );
    const saveNow = () => {
      const when = new Date().toLocaleString(undefined, {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
      return store.getState().toSave({
        name: `${headline.word} — ${headline.verdict}, ${when}`,
        savedAt: new Date().toISOString(),
      });
    };
    const debrief = h(
      'button',
      {
        class: 'button',
        type: 'button',
        onclick: () => this.go('DebriefScene', { save: saveNow(), from: 'outcome' }),
      },
      'Debrief',
    );
    const watchReplay = h(
      'button',
      {
        class: 'button',
        type: 'button',
        onclick: () => this.go('ReplayScene', { save: saveNow() }),
      },
      'Watch the replay',
    );
    const backToTitle = h(
      'button',
      { class: 'button', type: 'button', onclick: () => this.go('TitleScene') },
      'Back to the title',
    );
    const [reason, ...moreReasons] = outcome.reasons;
    // The autosave has moved the finished game to the saved games, or says here why it could not;
    // here it can also go to a file or a link.
    const saving = saveBar(gameSaving(store));
    this.onStop(saving.stop);

    this.showPage(
      `outcome-screen outcome-${outcome.kind}${prefersReducedMotion() ? '' : ' enter'}`,
      h(
        'div',
        { class: 'outcome-page' },
        h(
          'header',
          { class: 'outcome-head' },
          outcomeMark(outcome.kind),
          h('h1', {}, headline.word),
          h('p', { class: 'verdict' }, headline.verdict),
          outcome.kind === 'deal'
            ? h(
                'dl',
                { class: 'components' },
                ...SCORE_COMPONENTS.map(([key, label]) =>
                  h('div', {}, h('dt', {}, label), h('dd', {}, String(outcome.score[key]))),
                ),
              )
            : null,
          outcome.kind === 'deal'
            ? h(
                'p',
                { class: 'note score-basis' },
                'Each part is out of 100. Fairness compares what each leader gained over its no-deal value with what it would gain in the Nash bargaining package: the package that makes the leaders’ gains, multiplied together, as large as they can be, a standard measure of a fair split. It uses the no-deal values the scenario states, so the same terms always score the same; the no-deal values below are this game’s, moved by hidden chance and the news.',
              )
            : null,
        ),
        h(
          'section',
          { class: 'outcome-why', 'aria-label': 'Why' },
          h('p', { class: 'reason' }, reason ?? ''),
          moreReasons.length > 0
            ? h('ul', { class: 'more-reasons' }, ...moreReasons.map((r) => h('li', {}, r)))
            : null,
        ),
        // What to do next comes before the leaders' cards, so that it is in view as the screen
        // opens, with the headline and its reason.
        h(
          'div',
          { class: 'outcome-actions' },
          playAgain,
          watchReplay,
          debrief,
          backToTitle,
          saving.buttons,
        ),
        h('div', { class: 'outcome-save-info' }, saving.status),
        h('div', { class: 'outcome-autosave' }, saving.autosave),
        this.faredSection(rows, signed, pkg !== null, (p) =>
          choice
            ? concessionsOf(model.scenario, results.parties[p]?.concessions ?? [], signed)
            : null,
        ),
      ),
    );
    playAgain.focus({ preventScroll: true });
    announce(`${headline.word}: ${headline.verdict}. ${reason ?? ''}`);
  }

  /**
   * Each leader's card: what the package is worth to it as a bar against a tick at its no-deal
   * value (hidden until now), the numbers in words, and what it gave up.
   */
  private faredSection(
    rows: readonly FaredRow[],
    signed: boolean,
    tabled: boolean,
    conceded: (party: number) => HTMLElement | null,
  ): HTMLElement {
    const key = (swatch: string, text: string) =>
      h('li', {}, h('span', { class: `swatch ${swatch}`, 'aria-hidden': 'true' }), text);
    const tick = key(
      'tick',
      'Dark line: the leader’s no-deal value in this game, hidden until now',
    );
    const legend = signed
      ? [key('bar', 'Bar: what the signed package is worth to the leader, out of 100'), tick]
      : [
          tick,
          tabled ? key('grey', 'Grey bar: what the last tabled package would have given it') : null,
        ];
    return h(
      'section',
      { class: 'outcome-fared', 'aria-labelledby': 'fared-heading' },
      h(
        'h2',
        { id: 'fared-heading' },
        signed ? 'How each leader fared, and what each gave up' : 'What each leader is left with',
      ),
      h('ul', { class: 'legend', 'aria-hidden': 'true' }, ...legend),
      !tabled
        ? h('p', { class: 'note' }, 'No package was tabled, so there are no terms to compare.')
        : null,
      h(
        'ul',
        { class: 'fared-leaders' },
        ...rows.map((row) =>
          h(
            'li',
            { class: 'fared-leader card' },
            h('h3', {}, emblem(row.party, 40), h('span', {}, row.name)),
            this.bar(row, signed),
            h('p', { class: 'fared-caption' }, row.caption),
            conceded(row.index),
          ),
        ),
      ),
    );
  }

  /** The bar and the tick, drawn by the style sheet from their lengths; the caption says both. */
  private bar(row: FaredRow, signed: boolean): HTMLElement {
    const track = h('div', {
      class: `fared-track${signed ? '' : ' hypothetical'}`,
      'aria-hidden': 'true',
    });
    if (row.value !== null)
      track.append(styled(h('span', { class: 'fared-bar' }), { width: `${row.value}%` }));
    track.append(styled(h('span', { class: 'fared-tick' }), { left: `${row.noDeal}%` }));
    return track;
  }
}

/** The numbers of a leader's row in words, with the model's comparison against no deal. */
function caption(
  { utility: value, noDeal, gap }: FaredFigures,
  versus: VersusNoDeal | null,
  signed: boolean,
): string {
  if (value === null) return `Keeps its no-deal value: ${noDeal}`;
  const diff =
    versus === 'better-off'
      ? `better off by ${gap}`
      : versus === 'worse-off'
        ? `worse off by ${gap}`
        : 'no better off';
  return `${signed ? 'Package' : 'Would have given'} ${value} · no deal ${noDeal} · ${diff}`;
}

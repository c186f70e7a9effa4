import { Scene } from 'phaser';
import { COLOURS, SceneKeys } from '../game/scene-keys';
import { choiceOf } from '../model/compile';
import type { GameState } from '../model/game';
import type { Outcome } from '../model/outcome';
import type { Package, Party } from '../model/types';
import { roundUtility, utilities } from '../model/utility';
import type { GameStoreApi } from '../store/game-store';
import { announce, prefersReducedMotion } from '../ui/announcer';
import { concessionList } from '../ui/concession-list';
import { h } from '../ui/dom';
import { outcomeHeadline } from '../ui/outcome-headline';
import { drawSatisfactionChart, type SatisfactionRow } from '../ui/satisfaction-chart';
import { addScreen } from '../ui/screen';
import { newSeed } from '../ui/seed';
import { saveBar } from '../ui/session/save-bar';
import '../ui/styles/outcome.css';
import { startLazyScene } from '../game/lazy-scenes';

/** Where the leaders' rows sit: the chart on the left, their concessions on the right. */
const ROWS = { top: 358, height: 120 } as const;
/** The mark beside the headline. */
const MARK = { x: 78, y: 66, radius: 38 } as const;
const SCORE_COMPONENTS = [
  ['fairness', 'Fairness'],
  ['efficiency', 'Efficiency'],
  ['durability', 'Durability'],
] as const;
const fullName = (party: Party) => `${party.leader.title} ${party.leader.name} (${party.country})`;
const points = (x: number) => roundUtility(x).toString();

/** The package whose terms the screen explains: the signed one, or the last one tabled. */
function packageOf(outcome: Outcome, state: GameState): Package | null {
  return outcome.kind === 'stalemate' ? state.table : outcome.package;
}

/** The end of the talks: what happened and why, how each leader fared, and what each gave up. */
export class OutcomeScene extends Scene {
  constructor() {
    super(SceneKeys.Outcome);
  }

  create(data: { store?: GameStoreApi }): void {
    const store = data.store;
    const outcome = store?.getState().game.outcome;
    if (!store || !outcome) {
      this.scene.start(SceneKeys.Title);
      return;
    }
    const { model, game } = store.getState();
    const pkg = packageOf(outcome, game);
    const parsed = pkg ? choiceOf(model, pkg) : null;
    const choice = parsed?.ok ? parsed.choice : null;
    const values = choice ? utilities(model, choice) : null;
    const signed = outcome.kind !== 'stalemate';

    const rows: SatisfactionRow[] = model.scenario.parties.map((party, p) => {
      const noDeal = game.parties[party.id]?.noDealValue ?? model.reservationValues[p] ?? 0;
      const raw = signed ? outcome.utilities[party.id] : values?.[p];
      const value = raw === undefined ? null : roundUtility(raw);
      return {
        party,
        name: fullName(party),
        value,
        noDeal,
        caption: caption(value, noDeal, signed),
      };
    });

    this.drawMark(outcome.kind);
    drawSatisfactionChart(this, rows, {
      x: 40,
      y: ROWS.top,
      scale: 420,
      rowHeight: ROWS.height,
      hypothetical: !signed,
      animate: !prefersReducedMotion(),
    });

    const headline = outcomeHeadline(outcome, model.scenario);
    const playAgain = h(
      'button',
      {
        class: 'button primary',
        type: 'button',
        onclick: () => {
          store.getState().reset({ seed: newSeed() });
          this.scene.start(SceneKeys.Table, { store });
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
        onclick: () =>
          startLazyScene(this, SceneKeys.Debrief, { save: saveNow(), from: 'outcome' }),
      },
      'Debrief',
    );
    const watchReplay = h(
      'button',
      {
        class: 'button',
        type: 'button',
        onclick: () => startLazyScene(this, SceneKeys.Replay, { save: saveNow() }),
      },
      'Watch the replay',
    );
    const backToTitle = h(
      'button',
      { class: 'button', type: 'button', onclick: () => this.scene.start(SceneKeys.Title) },
      'Back to the title',
    );
    const [reason, ...moreReasons] = outcome.reasons;
    // The autosave has moved the finished game to the saved games, or says here why it could not;
    // here it can also go to a file or a link.
    const saving = saveBar(store);
    this.events.once('shutdown', saving.stop);

    addScreen(
      this,
      h(
        'div',
        {
          class: `outcome-screen outcome-${outcome.kind}${prefersReducedMotion() ? '' : ' enter'}`,
        },
        h(
          'header',
          { class: 'outcome-head' },
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
        ),
        h(
          'section',
          { class: 'outcome-why', 'aria-label': 'Why' },
          h('p', { class: 'reason' }, reason ?? ''),
          moreReasons.length > 0
            ? h('ul', { class: 'more-reasons' }, ...moreReasons.map((r) => h('li', {}, r)))
            : null,
        ),
        this.faredSection(rows, signed, pkg !== null),
        concessionList(model, choice, signed, ROWS),
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
      ),
    );
    playAgain.focus();
    announce(`${headline.word}: ${headline.verdict}. ${reason ?? ''}`);
  }

  /** The heading and legend of the canvas chart, and its numbers as a table for screen readers. */
  private faredSection(rows: readonly SatisfactionRow[], signed: boolean, tabled: boolean) {
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
        signed ? 'How each leader fared' : 'What each leader is left with',
      ),
      // The table below carries the same numbers to screen readers; this key explains the canvas.
      h('ul', { class: 'legend', 'aria-hidden': 'true' }, ...legend),
      h(
        'table',
        { class: 'visually-hidden' },
        h(
          'caption',
          {},
          signed
            ? 'The signed package against each leader’s no-deal value (hidden until now), out of 100'
            : 'Each leader’s no-deal value (hidden until now) and what the last tabled package would have given it, out of 100',
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Leader'),
            h('th', { scope: 'col' }, signed ? 'Signed package' : 'Last tabled package'),
            h('th', { scope: 'col' }, 'No-deal value'),
          ),
        ),
        h(
          'tbody',
          {},
          ...rows.map((row) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, row.name),
              h('td', {}, row.value === null ? 'nothing tabled' : points(row.value)),
              h('td', {}, points(row.noDeal)),
            ),
          ),
        ),
      ),
    );
  }

  /** A disc in the outcome's colour with a white sign: a tick, an equals sign, or a white flag. */
  private drawMark(kind: Outcome['kind']): void {
    const { x, y, radius: r } = MARK;
    const g = this.add.graphics({ x, y });
    g.fillStyle(COLOURS[kind], 1).fillCircle(0, 0, r);
    g.fillStyle(0xffffff, 1).lineStyle(8, 0xffffff, 1);
    switch (kind) {
      case 'deal':
        g.beginPath();
        g.moveTo(-r * 0.45, 0);
        g.lineTo(-r * 0.12, r * 0.32);
        g.lineTo(r * 0.48, -r * 0.32);
        g.strokePath();
        break;
      case 'stalemate':
        g.fillRect(-r * 0.45, -r * 0.26, r * 0.9, r * 0.16);
        g.fillRect(-r * 0.45, r * 0.1, r * 0.9, r * 0.16);
        break;
      case 'surrender':
        g.fillRect(-r * 0.42, -r * 0.55, r * 0.12, r * 1.1);
        g.fillRect(-r * 0.3, -r * 0.55, r * 0.8, r * 0.5);
        break;
      default: {
        const unreachable: never = kind;
        throw new Error(`no mark for ${String(unreachable)}`);
      }
    }
  }
}

/** The numbers of a chart row in words. */
function caption(value: number | null, noDeal: number, signed: boolean): string {
  if (value === null) return `Keeps its no-deal value: ${points(noDeal)}`;
  const gap = points(Math.abs(value - noDeal));
  const diff =
    value > noDeal
      ? `better off by ${gap}`
      : value < noDeal
        ? `worse off by ${gap}`
        : 'no better off';
  return `${signed ? 'Package' : 'Would have given'} ${points(value)} · no deal ${points(noDeal)} · ${diff}`;
}

import type { GameObjects, Scene } from 'phaser';
import type { Answer } from '../../model/game';
import type { Issue, Party, Scenario } from '../../model/types';
import { prefersReducedMotion } from '../announcer';
import { append, h, replaceChildren, styled } from '../dom';
import { drawEmblem } from '../emblem';
import { textStyle } from '../text-style';
import { answerShort, answerText } from './describe';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where the seat at `index` goes in a row of seats starting at the stage's left margin. */
export function seatBox(
  index: number,
  row: {
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly gap: number;
  },
): Box {
  return { x: 16 + index * (row.width + row.gap), y: row.y, width: row.width, height: row.height };
}

export interface SeatState {
  readonly trust: number;
  readonly answer: Answer | undefined;
  readonly known: readonly Issue[];
  readonly over: boolean;
}

export interface SeatActions {
  consult(): void;
  pressure(): void;
}

const METER = { x: 236, y: 68, width: 150, height: 18 } as const;

/**
 * One leader's seat: a card of text and buttons over a canvas emblem, trust meter and answer
 * mark. Without actions it is read-only, as a replay shows it.
 */
export class SeatView {
  readonly element: HTMLElement;
  private readonly trustText = h('span', { class: 'trust-value' });
  private readonly answerLine = h('p', { class: 'answer' });
  private readonly knownLine = h('p', { class: 'known' });
  private readonly consult: HTMLButtonElement | null = null;
  private readonly pressure: HTMLButtonElement | null = null;
  private readonly meter: GameObjects.Rectangle;
  private readonly badge: GameObjects.Container;
  private readonly badgeText: GameObjects.Text;
  private readonly badgeDisc: GameObjects.Arc;
  private shownTrust: number | null = null;
  private shownAnswer: Answer | undefined;

  constructor(
    private readonly scene: Scene,
    private readonly scenario: Scenario,
    private readonly party: Party,
    box: Box,
    private readonly actions: SeatActions | null,
  ) {
    const id = `seat-${party.id}`;
    this.element = h(
      'section',
      {
        class: 'seat card',
        'aria-labelledby': `${id}-name`,
      },
      h('h2', { id: `${id}-name` }, party.country),
      h('p', { class: 'leader' }, `${party.leader.title} ${party.leader.name}`),
      h('p', { class: 'trust' }, 'Trust in you: ', this.trustText),
      this.answerLine,
      this.knownLine,
    );
    styled(this.element, {
      left: `${box.x}px`,
      top: `${box.y}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
    });
    if (actions) {
      this.consult = h(
        'button',
        {
          class: 'button',
          type: 'button',
          'aria-label': `Consult ${party.country}`,
          'aria-describedby': `${id}-consult-hint`,
          onclick: () => actions.consult(),
        },
        'Consult',
      );
      this.pressure = h(
        'button',
        {
          class: 'button pressure',
          type: 'button',
          // The name is the visible words, then whom they concern.
          'aria-label': `Apply pressure ${party.lever.label}, on ${party.country}`,
          'aria-describedby': `${id}-pressure-hint`,
          onclick: () => actions.pressure(),
        },
        h('span', { class: 'pressure-verb' }, 'Apply pressure'),
        ' ',
        h('span', { class: 'pressure-lever' }, party.lever.label),
      );
      append(this.element, [
        h('div', { class: 'seat-actions' }, this.consult, this.pressure),
        h(
          'p',
          { class: 'visually-hidden', id: `${id}-consult-hint` },
          `Uses a session. Learn more of what ${party.country} cares about and a range for its no-deal value; trust rises, less each further time.`,
        ),
        h(
          'p',
          { class: 'visually-hidden', id: `${id}-pressure-hint` },
          `Uses a session. ${party.lever.description} ${party.country} will settle for less, but trust falls by ${party.lever.trustCost}${(party.lever.walkOutRisk ?? 0) > 0 ? ', and from the second time it may walk out' : ''}.`,
        ),
      ]);
    }
    scene.add
      .graphics()
      .fillStyle(0xffffff, 1)
      .fillRoundedRect(box.x, box.y, box.width, box.height, 10)
      .lineStyle(2, 0xc9cfd8, 1)
      .strokeRoundedRect(box.x, box.y, box.width, box.height, 10);
    drawEmblem(scene, party, box.x + box.width - 44, box.y + 40, 30);
    scene.add
      .rectangle(box.x + METER.x, box.y + METER.y, METER.width, METER.height, 0xe3e7ed)
      .setOrigin(0, 0)
      .setStrokeStyle(2, 0x14213d);
    this.meter = scene.add
      .rectangle(box.x + METER.x + 2, box.y + METER.y + 2, 0, METER.height - 4, 0x1d3557)
      .setOrigin(0, 0);
    this.badgeDisc = scene.add.circle(0, 0, 17, 0x2a7f62).setStrokeStyle(2, 0x14213d);
    this.badgeText = scene.add
      .text(0, 0, '', textStyle(22, { fontStyle: 'bold', color: '#ffffff' }))
      .setOrigin(0.5);
    this.badge = scene.add
      .container(box.x + box.width - 26, box.y + 114, [this.badgeDisc, this.badgeText])
      .setVisible(false);
  }

  update(state: SeatState): void {
    const { party, scenario } = this;
    this.trustText.textContent = `${state.trust} of 100`;
    this.setMeter(state.trust);
    this.answerLine.textContent = state.answer
      ? answerShort(scenario, state.answer)
      : this.actions
        ? 'No answer yet: table a proposal.'
        : 'No proposal tabled yet.';
    this.answerLine.title = state.answer ? answerText(scenario, state.answer) : '';
    this.answerLine.classList.toggle('rejects', state.answer?.accepts === false);
    if (state.answer !== this.shownAnswer) this.showBadge(state.answer);
    replaceChildren(
      this.knownLine,
      state.known.length > 0
        ? `Cares most about: ${state.known.map((i) => i.label).join(', ')}`
        : `What matters most to ${party.country}: not known yet.`,
    );
    if (this.consult) this.consult.disabled = state.over;
    if (this.pressure) this.pressure.disabled = state.over;
  }

  private setMeter(trust: number): void {
    const width = ((METER.width - 4) * trust) / 100;
    const colour = trust < 25 ? 0xb23a48 : trust < 50 ? 0xc77d12 : 0x1d3557;
    this.meter.fillColor = colour;
    // A replay can step faster than the meter moves: the newest value wins.
    this.scene.tweens.killTweensOf(this.meter);
    if (this.shownTrust === null || prefersReducedMotion()) this.meter.width = width;
    else this.scene.tweens.add({ targets: this.meter, width, duration: 400, ease: 'Sine.easeOut' });
    this.shownTrust = trust;
  }

  private showBadge(answer: Answer | undefined): void {
    this.shownAnswer = answer;
    if (!answer) {
      this.badge.setVisible(false);
      return;
    }
    this.badgeText.setText(answer.accepts ? '✓' : '✗');
    this.badgeDisc.fillColor = answer.accepts ? 0x2a7f62 : 0xb23a48;
    this.badge.setVisible(true);
    if (prefersReducedMotion()) return;
    this.badge.setScale(0.2).setAlpha(0);
    this.scene.tweens.add({
      targets: this.badge,
      scale: 1,
      alpha: 1,
      duration: 350,
      ease: 'Back.easeOut',
    });
  }
}

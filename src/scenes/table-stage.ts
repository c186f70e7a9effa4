import { type GameObjects, Scene } from 'phaser';
import type { StageData } from '../game/stage-keys';
import type { CardPicture, SeatPicture, TableView } from '../store/table-view';
import { themeColour, themeNumber } from '../ui/theme';
import { drawEmblem } from './stage/emblem';
import { type Rect, type TableLayout, tableLayout } from './stage/table-layout';
import { textStyle } from './stage/text-style';

/** The stage's size in CSS pixels and the screen's pixel density, set by the stage host. */
interface StageLayout {
  readonly width: number;
  readonly height: number;
  readonly density: number;
}

interface SeatShape {
  readonly group: GameObjects.Container;
  readonly meter: GameObjects.Rectangle;
  readonly meterWidth: number;
  readonly trust: GameObjects.Text;
  readonly badge: GameObjects.Container;
  readonly badgeText: GameObjects.Text;
  readonly badgeBack: GameObjects.Rectangle;
  shownTrust: number;
  shownAnswer: SeatPicture['answer'];
  shownWalkOut: boolean;
}

interface CardShape {
  readonly box: GameObjects.Rectangle;
  readonly option: GameObjects.Text;
  readonly container: GameObjects.Container;
  shown: CardPicture;
}

/** Milliseconds each kind of movement takes (a presentation choice, not a game mechanic). */
const MOTION = { meter: 450, badge: 350, card: 320, float: 1400, news: 500, summit: 450 } as const;

/**
 * The negotiating table drawn in its region of the page: the leaders seated round it (2–6,
 * from the scenario) with their emblems, trust meters and answer marks; the draft package as
 * cards in the middle, which turn over when the mediator changes them; the news as it arrives;
 * and the summit as its own moment. It shows what the page beside it says in words, and
 * decides nothing: it draws the view it is given and animates the changes, calmly when asked.
 */
export class TableStage extends Scene {
  private view!: TableView;
  private wake: () => void = () => undefined;
  private root!: GameObjects.Container;
  private layout!: TableLayout;
  private seats: SeatShape[] = [];
  private cards: CardShape[] = [];
  private newsShown = 0;
  /** Where the cards would be too small to read, one line counts them instead. */
  private cardSummary: GameObjects.Text | null = null;
  private newsLayer: GameObjects.Container | null = null;
  private summitLayer: GameObjects.Container | null = null;

  constructor() {
    super('TableStage');
  }

  create(data: StageData['TableStage'] & { readonly wake: () => void }): void {
    this.wake = data.wake;
    this.view = data.view.getState();
    this.newsShown = this.view.news.length;
    this.build();
    const unsubscribe = data.view.subscribe((view) => this.change(view));
    const relayout = () => {
      this.build();
      this.wake();
    };
    this.registry.events.on('changedata-layout', relayout);
    this.events.once('shutdown', () => {
      unsubscribe();
      this.registry.events.off('changedata-layout', relayout);
    });
  }

  /** Draws the whole table afresh for the current size: on start and on every resize. */
  private build(): void {
    this.tweens.killAll();
    this.children.removeAll(true);
    this.seats = [];
    this.cards = [];
    this.newsLayer = null;
    this.summitLayer = null;
    const stage = this.registry.get('layout') as StageLayout | undefined;
    if (!stage) return;
    this.root = this.add.container(0, 0).setScale(stage.density);
    const view = this.view;
    this.layout = tableLayout(stage.width, stage.height, view.seats.length, view.cards.length);
    const { table } = this.layout;
    this.root.add(
      this.add
        .ellipse(table.x, table.y, table.rx * 2, table.ry * 2, themeNumber('paper-deep'))
        .setStrokeStyle(2, themeNumber('line')),
    );
    view.seats.forEach((seat, i) => {
      const box = this.layout.seats[i];
      if (box) this.seats.push(this.drawSeat(seat, box, stage.density));
    });
    const cell = this.cardRect(0);
    this.cardSummary = null;
    if (cell.width < 56 || cell.height < 26) {
      const { area } = this.layout.cards;
      this.cardSummary = this.add
        .text(
          area.x + area.width / 2,
          area.y + area.height / 2,
          '',
          textStyle(Math.max(12, this.layout.text * 0.85), stage.density, {
            color: themeColour('ink'),
            align: 'center',
            wordWrap: { width: Math.max(area.width, 60) },
          }),
        )
        .setOrigin(0.5);
      this.root.add(this.cardSummary);
      this.countCards(view);
    } else {
      view.cards.forEach((card, i) => {
        this.cards.push(this.drawCard(card, i, stage.density));
      });
    }
    const latest = view.news.at(-1);
    if (latest) this.drawNews(latest, stage.density, false);
    if (view.summit) this.drawSummit(view.summit, stage, false);
  }

  /** What changed since the last view, animated; a new size or seat count redraws instead. */
  private change(view: TableView): void {
    const before = this.view;
    this.view = view;
    const stage = this.registry.get('layout') as StageLayout | undefined;
    if (!stage) return;
    if (view.seats.length !== before.seats.length || view.cards.length !== before.cards.length) {
      this.build();
      this.wake();
      return;
    }
    view.seats.forEach((seat, i) => {
      const shape = this.seats[i];
      const box = this.layout.seats[i];
      if (shape && box) this.updateSeat(shape, seat, box, view.calm);
    });
    view.cards.forEach((card, i) => {
      const shape = this.cards[i];
      if (shape) this.updateCard(shape, card, view.calm);
    });
    this.countCards(view);
    const latest = view.news.at(-1);
    if (latest && view.news.length > this.newsShown)
      this.drawNews(latest, stage.density, !view.calm);
    this.newsShown = view.news.length;
    if (view.summit && !before.summit) this.drawSummit(view.summit, stage, !view.calm);
    if (!view.summit && this.summitLayer) {
      this.summitLayer.destroy();
      this.summitLayer = null;
    }
    this.wake();
  }

  private drawSeat(seat: SeatPicture, box: Rect, density: number): SeatShape {
    const { emblem, text } = this.layout;
    const cx = box.x + box.width / 2;
    const ink = themeColour('ink');
    const group = this.add.container(0, 0);
    group.add(drawEmblem(this, seat, cx, box.y + emblem, emblem, density));
    group.add(
      this.add
        .text(
          cx,
          box.y + emblem * 2 + 4,
          seat.country,
          textStyle(text, density, {
            fontStyle: 'bold',
            color: ink,
            align: 'center',
            wordWrap: { width: box.width },
          }),
        )
        .setOrigin(0.5, 0),
    );
    const meterY = box.y + emblem * 2 + text * 1.5 + 8;
    const meterWidth = box.width * 0.62;
    const meterX = cx - box.width / 2;
    group.add(
      this.add
        .rectangle(meterX, meterY, meterWidth, text * 0.7, themeNumber('panel'))
        .setOrigin(0, 0)
        .setStrokeStyle(1.5, themeNumber('ink')),
    );
    const meter = this.add
      .rectangle(
        meterX + 1.5,
        meterY + 1.5,
        ((meterWidth - 3) * seat.trust) / 100,
        text * 0.7 - 3,
        trustColour(seat),
      )
      .setOrigin(0, 0);
    const trust = this.add
      .text(
        meterX + meterWidth + 6,
        meterY + (text * 0.7) / 2,
        String(seat.trust),
        textStyle(Math.max(12, text * 0.9), density, { color: ink }),
      )
      .setOrigin(0, 0.5);
    // The answer as a mark and a word on a tag beside the emblem: "✓ yes", "✗ no".
    const badgeText = this.add
      .text(
        0,
        0,
        '',
        textStyle(Math.max(12, text * 0.9), density, {
          fontStyle: 'bold',
          color: themeColour('panel'),
        }),
      )
      .setOrigin(0.5);
    const badgeBack = this.add
      .rectangle(0, 0, text * 3.6, text * 1.5, themeNumber('deal'))
      .setStrokeStyle(1.5, themeNumber('ink'));
    // Beside the emblem, kept within the seat's box (and so within the canvas).
    const badgeX = Math.min(
      cx + emblem + badgeBack.width / 2,
      box.x + box.width - badgeBack.width / 2,
    );
    const badge = this.add
      .container(badgeX, box.y + emblem * 0.5, [badgeBack, badgeText])
      .setVisible(false);
    group.add([meter, trust, badge]);
    this.root.add(group);
    const shape: SeatShape = {
      group,
      meter,
      meterWidth: meterWidth - 3,
      trust,
      badge,
      badgeText,
      badgeBack,
      shownTrust: seat.trust,
      shownAnswer: null,
      shownWalkOut: false,
    };
    this.setBadge(shape, seat.answer, false);
    if (seat.walkedOut) this.walkOut(shape, box, false);
    return shape;
  }

  /** A leader who walks out: its seat fades, and the words say so. */
  private walkOut(shape: SeatShape, box: Rect, animate: boolean): void {
    shape.shownWalkOut = true;
    const stage = this.registry.get('layout') as StageLayout;
    const label = this.add
      .text(
        box.x + box.width / 2,
        box.y + box.height / 2,
        '✗ walked out',
        textStyle(this.layout.text, stage.density, {
          fontStyle: 'bold',
          color: themeColour('panel'),
          backgroundColor: themeColour('surrender'),
          padding: { x: 6, y: 3 },
        }),
      )
      .setOrigin(0.5);
    this.root.add(label);
    if (!animate) {
      shape.group.setAlpha(0.35);
      return;
    }
    label.setAlpha(0);
    this.tweens.add({ targets: shape.group, alpha: 0.35, duration: MOTION.summit * 2 });
    this.tweens.add({ targets: label, alpha: 1, delay: MOTION.summit, duration: MOTION.summit });
  }

  private updateSeat(shape: SeatShape, seat: SeatPicture, box: Rect, calm: boolean): void {
    if (seat.trust !== shape.shownTrust) {
      const change = seat.trust - shape.shownTrust;
      shape.shownTrust = seat.trust;
      shape.trust.setText(String(seat.trust));
      shape.meter.fillColor = trustColour(seat);
      const width = (shape.meterWidth * seat.trust) / 100;
      this.tweens.killTweensOf(shape.meter);
      if (calm) shape.meter.width = width;
      else
        this.tweens.add({
          targets: shape.meter,
          width,
          duration: MOTION.meter,
          ease: 'Sine.easeOut',
        });
      this.floatChange(change, box, calm);
    }
    if (seat.answer !== shape.shownAnswer) this.setBadge(shape, seat.answer, !calm);
    if (seat.walkedOut && !shape.shownWalkOut) this.walkOut(shape, box, !calm);
  }

  /** The change of trust as a number beside the seat ("+10", "−15"), rising and fading. */
  private floatChange(change: number, box: Rect, calm: boolean): void {
    const stage = this.registry.get('layout') as StageLayout;
    const label = this.add
      .text(
        box.x + box.width - 4,
        box.y + box.height - this.layout.text,
        `${change > 0 ? '+' : '−'}${Math.abs(change)} trust`,
        textStyle(this.layout.text, stage.density, {
          fontStyle: 'bold',
          color: themeColour(change > 0 ? 'deal' : 'surrender'),
          backgroundColor: themeColour('panel'),
          padding: { x: 4, y: 1 },
        }),
      )
      .setOrigin(1, 0.5);
    this.root.add(label);
    this.tweens.add({
      targets: label,
      y: label.y - (calm ? 0 : this.layout.text * 1.6),
      alpha: { from: 1, to: 0 },
      delay: calm ? MOTION.float : MOTION.float / 3,
      duration: calm ? 1 : MOTION.float,
      onComplete: () => label.destroy(),
    });
  }

  /** The answer as a mark and a word: "✓ yes" on green, "✗ no" on red. */
  private setBadge(shape: SeatShape, answer: SeatPicture['answer'], animate: boolean): void {
    shape.shownAnswer = answer;
    if (answer === null) {
      shape.badge.setVisible(false);
      return;
    }
    shape.badgeText.setText(answer === 'accepts' ? '✓ yes' : '✗ no');
    shape.badgeBack.fillColor = themeNumber(answer === 'accepts' ? 'deal' : 'surrender');
    shape.badge.setVisible(true);
    if (!animate) return;
    shape.badge.setScale(0.2).setAlpha(0);
    this.tweens.add({
      targets: shape.badge,
      scale: 1,
      alpha: 1,
      duration: MOTION.badge,
      ease: 'Back.easeOut',
    });
  }

  /** The package in one line, where the cards would be too small: how much is chosen and tabled. */
  private countCards(view: TableView): void {
    if (!this.cardSummary) return;
    const chosen = view.cards.filter((card) => card.option !== null).length;
    const tabled = view.cards.filter((card) => card.tabled).length;
    this.cardSummary.setText(`${chosen} of ${view.cards.length} chosen\n${tabled} tabled`);
  }

  private cardRect(index: number): Rect {
    const { area, columns, rows } = this.layout.cards;
    const gap = 6;
    const width = (area.width - gap * (columns - 1)) / columns;
    const height = (area.height - gap * (rows - 1)) / rows;
    const column = index % columns;
    const row = Math.floor(index / columns);
    return { x: area.x + column * (width + gap), y: area.y + row * (height + gap), width, height };
  }

  private drawCard(card: CardPicture, index: number, density: number): CardShape {
    const rect = this.cardRect(index);
    const container = this.add.container(rect.x + rect.width / 2, rect.y + rect.height / 2);
    const box = this.add
      .rectangle(0, 0, rect.width, rect.height, themeNumber('panel'))
      .setStrokeStyle(2, themeNumber('line'));
    const size = Math.max(12, Math.min(this.layout.text * 0.85, rect.height / 3.2));
    const option = this.add
      .text(
        0,
        0,
        '',
        textStyle(size, density, {
          color: themeColour('ink'),
          align: 'center',
          wordWrap: { width: rect.width - 8 },
        }),
      )
      .setOrigin(0.5);
    container.add([box, option]);
    this.root.add(container);
    const shape: CardShape = { box, option, container, shown: card };
    this.fillCard(shape, card, rect);
    return shape;
  }

  /**
   * A card's words: the issue, then the option, at the largest size (down to 12 CSS pixels, the
   * smallest text anywhere in the game) that holds them uncut; else the issue alone (its fill
   * says whether an option is chosen); else nothing (the issue board says it all).
   */
  private fillCard(shape: CardShape, card: CardPicture, rect: Rect): void {
    shape.shown = card;
    const fits = () =>
      shape.option.height <= rect.height - 4 && shape.option.width <= rect.width - 4;
    const sizes = [Math.max(12, this.layout.text * 0.85), 13, 12].filter(
      (size, i, all) => i === 0 || size < (all[0] ?? 0),
    );
    let placed = false;
    // The issue's name matters more than the option's: the issue board beside the table names
    // the option, and a card without its issue could be any of them.
    for (const words of [`${card.label}\n${card.optionLabel}`, card.label]) {
      for (const size of sizes) {
        shape.option.setFontSize(`${size}px`).setText(words);
        if (fits()) {
          placed = true;
          break;
        }
      }
      if (placed) break;
    }
    if (!placed) shape.option.setText('');
    shape.option.setColor(themeColour(card.option ? 'ink' : 'ink-soft'));
    shape.box.setStrokeStyle(card.tabled ? 3 : 2, themeNumber(card.tabled ? 'accent' : 'line'));
    shape.box.fillColor = themeNumber(card.option ? 'panel' : 'paper');
  }

  private updateCard(shape: CardShape, card: CardPicture, calm: boolean): void {
    const before = shape.shown;
    if (
      before.option === card.option &&
      before.tabled === card.tabled &&
      before.optionLabel === card.optionLabel
    )
      return;
    const rect = this.cardRect(this.cards.indexOf(shape));
    if (calm || before.option === card.option) {
      this.fillCard(shape, card, rect);
      return;
    }
    // The card turns over: it narrows to an edge, shows the new option, and opens again.
    this.tweens.killTweensOf(shape.container);
    this.tweens.chain({
      targets: shape.container,
      tweens: [
        {
          scaleX: 0,
          duration: MOTION.card / 2,
          ease: 'Sine.easeIn',
          onComplete: () => this.fillCard(shape, card, rect),
        },
        { scaleX: 1, duration: MOTION.card / 2, ease: 'Sine.easeOut' },
      ],
    });
  }

  /** The latest news: its date, headline and source, sliding in along the bottom. */
  private drawNews(news: TableView['news'][number], density: number, animate: boolean): void {
    this.newsLayer?.destroy();
    const strip = this.layout.news;
    const size = Math.max(12, this.layout.text * 0.85);
    const words = this.add
      .text(
        10,
        strip.height / 2,
        `News · ${news.date}: ${news.headline}${news.source ? ` (${news.source})` : ''}`,
        textStyle(size, density, {
          color: themeColour('ink'),
          wordWrap: { width: strip.width - 20 },
        }),
      )
      .setOrigin(0, 0.5);
    // A headline too long for the strip keeps its date and the first words that fit, whole.
    if (words.height > strip.height)
      words.setText(`News · ${news.date}: see the history of the talks`);
    const layer = this.add.container(strip.x, strip.y, [
      this.add
        .rectangle(0, 0, strip.width, strip.height, themeNumber('accent-soft'))
        .setOrigin(0, 0)
        .setStrokeStyle(2, themeNumber('accent')),
      words,
    ]);
    this.root.add(layer);
    this.newsLayer = layer;
    if (!animate) return;
    layer.setAlpha(0).setX(strip.x - 30);
    this.tweens.add({
      targets: layer,
      alpha: 1,
      x: strip.x,
      duration: MOTION.news,
      ease: 'Sine.easeOut',
    });
  }

  /** The summit: the flags together, the package read out, then the signature or the failure. */
  private drawSummit(
    summit: NonNullable<TableView['summit']>,
    stage: StageLayout,
    animate: boolean,
  ): void {
    this.summitLayer?.destroy();
    const { width, height, density } = stage;
    const text = this.layout.text;
    const layer = this.add.container(0, 0);
    layer.add(this.add.rectangle(0, 0, width, height, themeNumber('ink'), 1).setOrigin(0, 0));
    const light = themeColour('paper');
    layer.add(
      this.add
        .text(
          width / 2,
          text * 1.6,
          'The summit',
          textStyle(text * 1.8, density, { fontStyle: 'bold', color: light }),
        )
        .setOrigin(0.5),
    );
    const emblem = Math.min(this.layout.emblem, width / (this.view.seats.length * 3));
    this.view.seats.forEach((seat, i) => {
      const x = width / 2 + (i - (this.view.seats.length - 1) / 2) * emblem * 2.8;
      layer.add(drawEmblem(this, seat, x, text * 3.4 + emblem, emblem, density));
    });
    const top = text * 4 + emblem * 2.4;
    const lines = this.add
      .text(
        width / 2,
        top,
        summit.lines.join('\n'),
        textStyle(Math.max(12, text * 0.85), density, {
          color: light,
          align: 'center',
          wordWrap: { width: width - 24 },
        }),
      )
      .setOrigin(0.5, 0);
    // The package is read out only where there is room for all of it.
    if (top + lines.height > height - text * 3) lines.setText('');
    layer.add(lines);
    const verdict = this.add
      .text(
        width / 2,
        height - text * 1.8,
        summit.signed
          ? '✓ Signed'
          : `✗ The summit fails${summit.refused.length ? `: ${summit.refused.join(', ')} ${summit.refused.length === 1 ? 'says' : 'say'} no` : ''}`,
        textStyle(text * 1.5, density, {
          fontStyle: 'bold',
          color: themeColour(summit.signed ? 'deal-soft' : 'surrender-soft'),
          align: 'center',
          wordWrap: { width: width - 24 },
        }),
      )
      .setOrigin(0.5);
    layer.add(verdict);
    this.root.add(layer);
    this.summitLayer = layer;
    if (!animate) return;
    layer.setAlpha(0);
    this.tweens.add({ targets: layer, alpha: 1, duration: MOTION.summit });
    verdict.setScale(0.3).setAlpha(0);
    this.tweens.add({
      targets: verdict,
      scale: 1,
      alpha: 1,
      delay: MOTION.summit * 2,
      duration: MOTION.summit,
      ease: 'Back.easeOut',
    });
  }
}

/** Trust's colour, with its number always beside it: dark blue, amber under the comfort level. */
function trustColour(seat: SeatPicture): number {
  return themeNumber(seat.lowTrust ? 'focus' : 'accent');
}

/** A rectangle in CSS pixels: its top-left corner and size. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where everything on the drawn table goes, in CSS pixels of the stage region. */
export interface TableLayout {
  /** The table's centre and radii. */
  readonly table: {
    readonly x: number;
    readonly y: number;
    readonly rx: number;
    readonly ry: number;
  };
  /** One box per seat, in the scenario's order, clockwise from the top. */
  readonly seats: readonly Rect[];
  /** The emblem's radius in every seat. */
  readonly emblem: number;
  /** Where the issue cards go, in rows and columns. */
  readonly cards: { readonly area: Rect; readonly columns: number; readonly rows: number };
  /** The strip along the bottom where news arrives. */
  readonly news: Rect;
  /** The base text size, 13–18 CSS pixels. */
  readonly text: number;
}

const PAD = 8;
/** The narrowest a card may be and stay readable. */
const CARD_MIN_WIDTH = 104;

const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

/**
 * Lays out a table for `seats` parties (2–6) and `cards` issues in a region `width`×`height`:
 * the seats evenly round an ellipse starting at the top, each box wholly inside the region;
 * the cards in the middle, in as many columns as fit at a readable width, in the space the
 * seats leave; the news in a strip along the bottom.
 */
export function tableLayout(
  width: number,
  height: number,
  seats: number,
  cards: number,
): TableLayout {
  const text = clamp(Math.min(width, height) / 26, 13, 18);
  const newsHeight = Math.round(text * 2.6);
  const news: Rect = {
    x: PAD,
    y: height - newsHeight - PAD,
    width: width - 2 * PAD,
    height: newsHeight,
  };
  const floor = news.y - PAD;
  const emblem = clamp(Math.min(width, floor) / 14, 14, 34);
  const seatWidth = clamp(width / Math.max(3, Math.ceil(seats / 2) + 1), 84, 170);
  const seatHeight = emblem * 2 + text * 3.2;
  const cx = width / 2;
  const cy = floor / 2;
  const rx = Math.max(0, cx - seatWidth / 2 - PAD);
  const ry = Math.max(0, cy - seatHeight / 2 - PAD);
  const seatBoxes: Rect[] = [];
  for (let i = 0; i < seats; i++) {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / seats;
    const x = clamp(cx + rx * Math.cos(angle) - seatWidth / 2, PAD, width - PAD - seatWidth);
    const y = clamp(cy + ry * Math.sin(angle) - seatHeight / 2, PAD, floor - seatHeight);
    seatBoxes.push({ x, y, width: seatWidth, height: seatHeight });
  }
  // The cards take the middle of the table; each seat that reaches into it cuts off the side it
  // is on, whichever side loses the least room.
  let area: Rect = { x: cx - rx * 0.8, y: PAD, width: rx * 1.6, height: floor - PAD };
  for (const seat of seatBoxes) {
    if (overlaps(seat, area)) area = cutAway(area, seat);
  }
  const { columns, rows } = cardGrid(area, cards, text);
  // The table is drawn round the cards, between the seats, and within the region.
  const middle = { x: area.x + area.width / 2, y: area.y + area.height / 2 };
  const table = {
    x: middle.x,
    y: middle.y,
    rx: Math.min(Math.max(rx, (area.width / 2) * 1.3), middle.x - PAD, width - PAD - middle.x),
    ry: Math.min(Math.max(ry, (area.height / 2) * 1.3), middle.y - PAD, floor - middle.y),
  };
  return {
    table,
    seats: seatBoxes,
    emblem,
    cards: { area, columns, rows },
    news,
    text,
  };
}

/** Whether two rectangles share any area. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The largest part of `area` left when the side facing `seat` is cut back to clear it. */
function cutAway(area: Rect, seat: Rect): Rect {
  const right = area.x + area.width;
  const bottom = area.y + area.height;
  // A few pixels' clearance, which also keeps rounding from leaving the two just touching.
  const clear = 4;
  const cuts: Rect[] = [
    { ...area, y: seat.y + seat.height + clear, height: bottom - (seat.y + seat.height + clear) },
    { ...area, height: seat.y - clear - area.y },
    { ...area, x: seat.x + seat.width + clear, width: right - (seat.x + seat.width + clear) },
    { ...area, width: seat.x - clear - area.x },
  ];
  const best = cuts
    .filter((cut) => cut.width > 0 && cut.height > 0)
    .sort((a, b) => b.width * b.height - a.width * a.height)[0];
  return best ?? { ...area, width: 0, height: 0 };
}

/**
 * The rows and columns that make `cards` cards in `area` most readable: as close as possible to
 * CARD_MIN_WIDTH wide and two lines of `text` high, whichever falls shorter.
 */
function cardGrid(area: Rect, cards: number, text: number): { columns: number; rows: number } {
  let best = { columns: 1, rows: Math.max(1, cards), score: -1 };
  for (let columns = 1; columns <= Math.max(1, cards); columns++) {
    const rows = Math.ceil(cards / columns);
    const score = Math.min(
      area.width / columns / CARD_MIN_WIDTH,
      area.height / rows / (text * 2.6),
    );
    if (score > best.score) best = { columns, rows, score };
  }
  return { columns: best.columns, rows: best.rows };
}

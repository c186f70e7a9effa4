import { createStore, type StoreApi } from 'zustand/vanilla';
import { arrivedNews } from '../model/news';
import { trustStanding } from '../model/standing';
import type { Package } from '../model/types';
import type { GameStoreState } from './game-store';
import { selectStandings } from './selectors';

/** One leader as the drawn table shows it. */
export interface SeatPicture {
  readonly id: string;
  readonly short: string;
  readonly country: string;
  /** Flag colours, drawn as bands: never a likeness. */
  readonly emblem: readonly string[];
  /** Trust in the mediator, 0–100. */
  readonly trust: number;
  /** Trust below the scenario's comfort level, where the leader gives ground slower. */
  readonly lowTrust: boolean;
  /** Its last answer to the package on the table, or null. */
  readonly answer: 'accepts' | 'rejects' | null;
  /** Whether it has walked out, ending the talks. */
  readonly walkedOut: boolean;
}

/** One issue's card in the middle of the table. */
export interface CardPicture {
  readonly issue: string;
  readonly label: string;
  /** The option chosen in the draft, or null while none is. */
  readonly option: string | null;
  readonly optionLabel: string;
  /** Whether the draft's option is the one on the table. */
  readonly tabled: boolean;
}

/** A news item as it arrives: dated, with its source. */
export interface NewsPicture {
  readonly id: string;
  readonly date: string;
  readonly headline: string;
  readonly source: string;
}

/** The summit as its own moment: the flags together, the package read out, then the verdict. */
export interface SummitPicture {
  readonly signed: boolean;
  readonly lines: readonly string[];
  /** Who walked out or said no, when the summit fails. */
  readonly refused: readonly string[];
}

/** Everything the drawn table shows: the picture of what the page says in words. */
export interface TableView {
  readonly seats: readonly SeatPicture[];
  readonly cards: readonly CardPicture[];
  /** The news that has arrived, oldest first. */
  readonly news: readonly NewsPicture[];
  readonly summit: SummitPicture | null;
  /** Motion is reduced at the reader's request: changes appear without movement. */
  readonly calm: boolean;
}

export type TableViewStore = StoreApi<TableView>;

/** The drawn table for a game and the mediator's draft (issue id → option id, '' for none). */
export function selectTableView(
  state: GameStoreState,
  draft: Readonly<Record<string, string>>,
  extra: { readonly summit: SummitPicture | null; readonly calm: boolean },
): TableView {
  const { game, model } = state;
  const scenario = model.scenario;
  const table: Package | null = game.table;
  const sources = new Map(scenario.sources.map((s) => [s.id, s]));
  const standings = selectStandings(state);
  return {
    seats: scenario.parties.map((party, p) => {
      const answer = table ? game.answers?.[party.id] : undefined;
      return {
        id: party.id,
        short: party.short,
        country: party.country,
        emblem: party.emblem,
        trust: game.parties[party.id]?.trust ?? 0,
        lowTrust: trustStanding(model, game.parties[party.id]?.trust ?? 0).band !== 'comfortable',
        answer: answer ? (answer.accepts ? 'accepts' : 'rejects') : null,
        walkedOut: standings[p]?.walkedOut === true,
      };
    }),
    cards: scenario.issues.map((issue) => {
      const option = draft[issue.id] || null;
      return {
        issue: issue.id,
        label: issue.label,
        option,
        optionLabel: issue.options.find((o) => o.id === option)?.label ?? 'not chosen',
        tabled: option !== null && table?.[issue.id] === option,
      };
    }),
    news: arrivedNews(game).flatMap((id) => {
      const event = scenario.events?.find((e) => e.id === id);
      if (!event) return [];
      const source = event.cite ? sources.get(event.cite.source) : undefined;
      return [
        {
          id,
          date: event.date,
          headline: event.headline,
          source: source ? `${source.publisher}, ${source.date}` : '',
        },
      ];
    }),
    summit: extra.summit,
    calm: extra.calm,
  };
}

/** A store of the drawn table's picture, which the table's page keeps up to date. */
export function createTableView(initial: TableView): TableViewStore {
  return createStore<TableView>()(() => initial);
}

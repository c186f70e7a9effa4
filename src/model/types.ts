/** A scenario as written in a scenario file: data only, every number with its reason. */
export interface Scenario {
  readonly format: 'mediator-scenario';
  readonly version: 1;
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** The reports the scenario is built from; citations refer to them by id. */
  readonly sources: readonly Source[];
  readonly parties: readonly Party[];
  readonly issues: readonly Issue[];
  readonly rules: Rules;
  readonly difficulties: Readonly<Record<Difficulty, DifficultySettings>>;
  readonly map?: MapInfo;
  /** Dated news from the reporting that arrives during the talks and moves positions. */
  readonly events?: readonly NewsEvent[];
  /** Questions for the class after a game, shown in the debrief. */
  readonly discussion?: Discussion;
  /** The scenario's own words for what the screens and the outcome's reasons say of it. */
  readonly wording?: Wording;
}

/**
 * Words a scenario gives the game to speak of it, each optional: where one is absent the game
 * says something that fits any scenario (scenario-words.ts). The last four are written into the
 * outcome's reasons, so they decide a game's record like a party's country (scenario-hash.ts).
 */
export interface Wording {
  /** One sentence for the title screen, addressed to the player: "You chair …". */
  readonly blurb?: string;
  /** The meeting that signs a package, as in "before the … deadline": "trilateral summit". */
  readonly summit?: string;
  /** A real agreement, with its article, as in "that is not …, it is surrender": "a peace deal". */
  readonly deal?: string;
  /** What the terms of a deal keep, as in "help … last": "the peace". */
  readonly lasting?: string;
  /** The terms that make a deal last, as in "how far the terms (…) help the peace last". */
  readonly durableTerms?: string;
  /** What goes on when nothing is signed, as in "nobody won, and …": "the war goes on". */
  readonly noDeal?: string;
  /** A quote the sources record word for word, shown beside the rules of how the talks end. */
  readonly quote?: string;
}

/** A short set of questions (about 5 minutes) and a long one (about 20). */
export interface Discussion {
  readonly short: readonly string[];
  readonly long: readonly string[];
}

/**
 * The state of a region on the map, shown qualitatively: how much of it another side holds
 * (`all`, `mostly`, `largely`, `partly`, `pockets`), or what a package makes of it
 * (`demilitarized`, `returned`). What each means in a scenario is its map's `levels` label.
 */
export type ControlLevel =
  | 'all'
  | 'mostly'
  | 'largely'
  | 'partly'
  | 'pockets'
  | 'demilitarized'
  | 'returned';

export const CONTROL_LEVELS = [
  'all',
  'mostly',
  'largely',
  'partly',
  'pockets',
  'demilitarized',
  'returned',
] as const satisfies readonly ControlLevel[];

/** A scenario's map: a drawing of its regions (by the ids of the game's map outline). */
export interface MapInfo {
  /** What the map shows, as in "Map of …": "Ukraine by region". */
  readonly name?: string;
  /** Where the shading comes from and how rough it is; shown under the map. */
  readonly note: string;
  /** The legend's words for each level the map uses: "Mostly Russian-held". */
  readonly levels?: Readonly<Partial<Record<ControlLevel, string>>>;
  /** Each shaded region's level today, by region id; an unlisted region is not shaded. */
  readonly control: Readonly<Record<string, ControlLevel>>;
  /**
   * What a package would make of the map: by issue id, by option id, the level each region the
   * option changes would have (each region one of that issue's `regions`). An option not listed
   * leaves its regions as they are.
   */
  readonly terms?: Readonly<
    Record<string, Readonly<Record<string, Readonly<Record<string, ControlLevel>>>>>
  >;
}

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly date: string;
  /** What the source quotes word for word: the only text the scenario may show in quotation marks. */
  readonly quotes?: readonly Quote[];
}

/** Words a source quotes verbatim, and who said them as the source attributes them. */
export interface Quote {
  readonly text: string;
  readonly by: string;
}

/** A reason for a modelling choice, with the reported fact it rests on where there is one. */
export interface Rationale {
  readonly why: string;
  /** "reported" rests on the sources; "game-mechanic" and "assumption" are the designers' choices. */
  readonly basis: 'reported' | 'assumption' | 'game-mechanic';
  readonly cite?: Citation;
}

export interface Citation {
  readonly source: string;
  /** A short paraphrase of what was reported; quotation marks only around a recorded quote. */
  readonly note: string;
}

export interface Party {
  readonly id: string;
  readonly country: string;
  /** Short label for tight spaces, e.g. "US". */
  readonly short: string;
  readonly leader: { readonly title: string; readonly name: string };
  /** The party's public position, in the third person. */
  readonly position: string;
  /** Colours of the flag or emblem, drawn as stripes; never a likeness. */
  readonly emblem: readonly string[];
  /** Trust in the mediator (0–100) when the talks open. */
  readonly initialTrust: Weighted<number>;
  /** The utility (0–100) of walking away with no deal. */
  readonly reservationValue: Weighted<number>;
  readonly priorities: Readonly<Record<string, Priority>>;
  readonly redLines: readonly RedLine[];
  readonly lever: Lever;
  /**
   * How the party's demand moves over the talks. Without it the party demands its no-deal value
   * from the first session to the last (as scenario files written for release 0.1 play).
   */
  readonly concession?: ConcessionCurve;
}

/**
 * A time-dependent concession tactic (Faratin, Sierra & Jennings 1998, "Negotiation
 * decision functions for autonomous agents"): the demand opens at `opening` and falls towards
 * the no-deal value as the talks use their sessions, as demand = noDeal + (opening − noDeal) ×
 * (1 − τ^(1/curve)), τ the share of the talks gone by.
 */
export interface ConcessionCurve {
  /** The utility (0–100) the party demands when the talks open: its aspiration. */
  readonly opening: Weighted<number>;
  /**
   * The curve's exponent: below 1 the party concedes late (a hard-liner, "Boulware"), 1 at a
   * steady pace, above 1 early (a "conceder").
   */
  readonly curve: Weighted<number>;
}

/** Something reported that happens during the talks, at a session fixed or drawn by the seed. */
export interface NewsEvent extends Rationale {
  readonly id: string;
  /** What happened, in the game's own words (a paraphrase, or a recorded quote in quotation marks). */
  readonly headline: string;
  /** When the reports placed it, e.g. "Sunday"; shown with the headline. */
  readonly date: string;
  /** It arrives at the start of a session from `from` to `to` (both included), drawn by the seed. */
  readonly sessions: { readonly from: number; readonly to: number };
  readonly effects: readonly NewsEffect[];
}

/** How a news event moves one party. */
export interface NewsEffect {
  readonly party: string;
  /** Points added to the party's demand (negative: it asks less). */
  readonly demand?: number;
  /** Points added to the party's no-deal value (negative: failing the talks would cost it more). */
  readonly noDeal?: number;
  /** Points added to the party's trust in the mediator. */
  readonly trust?: number;
}
export type Weighted<T> = { readonly value: T } & Rationale;

/** How much a party cares about one issue and how it values each option of it. */
export interface Priority extends Rationale {
  /** Relative importance, a whole number; weights are normalised over the issues. */
  readonly weight: number;
  /** Value of each option, a whole number from 0 (worst) to 100 (best). */
  readonly options: Readonly<Record<string, Weighted<number>>>;
}

export interface RedLine extends Rationale {
  readonly issue: string;
  readonly option: string;
}

/** A way the mediator can push a party: lowers its no-deal value, costs its trust. */
export interface Lever extends Rationale {
  readonly label: string;
  readonly description: string;
  /** Points taken off the party's no-deal value each time the lever is used. */
  readonly reservationDrop: number;
  readonly trustCost: number;
  /**
   * The risk, in percent, that the party walks out when pressed, for each earlier use of this
   * lever: none the first time, then this, twice this, … (0 when absent).
   */
  readonly walkOutRisk?: number;
}

export interface Issue {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly kind: 'territory' | 'security' | 'economic' | 'legal';
  /** Map regions this issue concerns. */
  readonly regions: readonly string[];
  readonly options: readonly IssueOption[];
}

export interface IssueOption {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** How much this option makes a settlement last (0–100); feeds the deal's durability. */
  readonly durability: Weighted<number>;
}

export interface Rules {
  /** Trust points gained by consulting a party the first time; each further time half as many. */
  readonly consultTrust: number;
  /** Trust points a party loses when a tabled package crosses one of its red lines. */
  readonly redLineTrustCost: number;
  /** Trust points every party loses when a summit fails. */
  readonly summitFailureTrustCost: number;
  /** Extra sessions a failed summit costs, beyond its own. */
  readonly summitFailureSessionCost: number;
  /** Below this trust a party demands more than its no-deal value. */
  readonly trustComfort: number;
  /** Extra points demanded per point of trust below the comfort level. */
  readonly distrustPremium: number;
  /**
   * Sessions over which a party at comfortable trust concedes from its opening demand to its
   * no-deal value, whatever the difficulty's deadline (absent: the game's sessions).
   */
  readonly concessionSessions?: number;
  /** Points a party's demand hardens each time it rejects a tabled package in public (0 when absent). */
  readonly rejectionHardening?: number;
  /** Points every other party's demand hardens when the mediator presses one party (0 when absent). */
  readonly pressureHardening?: number;
  /**
   * The width, in utility points, of the range a first consultation gives for a party's no-deal
   * value; each further consultation of the same party halves it (absent: nothing is revealed).
   */
  readonly noDealRange?: number;
  readonly outcome: OutcomeRules;
}

export interface OutcomeRules {
  /**
   * A signed package is lopsided — a surrender — when one party gets at least `lopsidedHigh`
   * percent of what it could get and another at most `lopsidedLow` percent.
   */
  readonly lopsidedHigh: number;
  readonly lopsidedLow: number;
  /** Weights of the deal score's components; they need not sum to one. */
  readonly scoreWeights: {
    readonly fairness: number;
    readonly efficiency: number;
    readonly durability: number;
  };
  /** Efficiency points lost per utility point that every party could still have gained together. */
  readonly efficiencyPenalty: number;
}

export type Difficulty = 'easy' | 'normal' | 'hard';
export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const satisfies readonly Difficulty[];

export interface DifficultySettings {
  readonly label: string;
  readonly sessions: number;
  /** Issues revealed per consultation. */
  readonly revealPerConsult: number;
  /** Each party's top issues known before the talks begin. */
  readonly revealedAtStart: number;
  /** Hidden noise on no-deal values: each is shifted by a whole number in ±noise. */
  readonly noise: number;
  /** Points added to every party's opening demand (0 when absent). */
  readonly openingPremium?: number;
}

/** A package chooses one option id for every issue id. */
export type Package = Readonly<Record<string, string>>;

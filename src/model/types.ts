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
  /** Questions for the class after a game, shown in the debrief. */
  readonly discussion?: Discussion;
}

/** A short set of questions (about 5 minutes) and a long one (about 20). */
export interface Discussion {
  readonly short: readonly string[];
  readonly long: readonly string[];
}

/** How much of a region is held by the other side, shown qualitatively. */
export type ControlLevel = 'mostly' | 'largely' | 'pockets';

export interface MapInfo {
  readonly note: string;
  readonly control: Readonly<Record<string, ControlLevel>>;
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
  /** Trust points gained by consulting a party. */
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
}

/** A package chooses one option id for every issue id. */
export type Package = Readonly<Record<string, string>>;

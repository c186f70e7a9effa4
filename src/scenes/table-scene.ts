import type { SceneData } from '../game/scene-keys';
import { Screen } from '../game/screen';
import { showStage } from '../game/stage';
import type { PlayerAnswers } from '../model/game';
import type { ActionResult } from '../model/reducer';
import type { Issue, Package } from '../model/types';
import type { GameStoreApi, GameStoreState } from '../store/game-store';
import { selectScenarioMap } from '../store/map-view';
import { gameSaving } from '../store/persistence';
import { guideSeen, rememberGuideSeen } from '../store/preferences';
import {
  type Question,
  selectAnswerSheets,
  selectBrief,
  selectIsRolePlay,
} from '../store/role-play';
import {
  selectActionPreview,
  selectClock,
  selectProposalPreview,
  selectStandings,
} from '../store/selectors';
import {
  createTableView,
  type SummitPicture,
  selectTableView,
  type TableViewStore,
} from '../store/table-view';
import { announce, prefersReducedMotion } from '../ui/announcer';
import { confirmStep } from '../ui/confirm';
import { h, replaceChildren } from '../ui/dom';
import { fullscreenButton } from '../ui/fullscreen';
import { mapData } from '../ui/map';
import { askPlayers, type PlayerTurn } from '../ui/role-play/hand-over';
import { saveBar } from '../ui/session/save-bar';
import {
  consultCost,
  pressureCost,
  pressureEffects,
  summitFailureCost,
  trustNote,
} from '../ui/table/costs';
import {
  answersSentence,
  eventText,
  issueLabel,
  newsText,
  optionLabel,
} from '../ui/table/describe';
import { FirstTurnGuide } from '../ui/table/first-turn-guide';
import { type Draft, IssueBoard, issueNotes } from '../ui/table/issue-board';
import { type IssueDetail, issueDetail } from '../ui/table/issue-detail';
import { SeatView } from '../ui/table/seat-view';
import '../ui/styles/map.css';
import '../ui/styles/table.css';
import { listed } from '../ui/words';

/** The talks: three seats, the issues, the map, the actions and the history. */
export class TableScene extends Screen<SceneData['TableScene']> {
  private store!: GameStoreApi;
  private seats: SeatView[] = [];
  private board!: IssueBoard;
  private detail!: IssueDetail;
  private readonly sessionText = h('p', { class: 'session' });
  private readonly draftStatus = h('p', { class: 'draft-status', id: 'draft-status' });
  // A long game's history scrolls: a keyboard can reach it to scroll it.
  private readonly history = h('ol', {
    class: 'history-list',
    tabindex: '0',
    'aria-labelledby': 'history-heading',
  });
  private tableButton!: HTMLButtonElement;
  private summitButton!: HTMLButtonElement;
  private endButton!: HTMLButtonElement;
  private root!: HTMLElement;
  private view!: TableViewStore;
  private summit: SummitPicture | null = null;
  private guide: FirstTurnGuide | null = null;

  create(data: SceneData['TableScene']): void {
    this.store = data.store;
    this.seats = [];
    const { model, game } = this.store.getState();
    const scenario = model.scenario;

    this.seats = scenario.parties.map(
      (party) =>
        new SeatView(scenario, party, {
          consult: () =>
            this.act(this.store.getState().consult(party.id), `You consulted ${party.country}.`),
          pressure: () => void this.pressure(party.id, party.country),
        }),
    );

    const draft: Draft = {};
    for (const issue of scenario.issues) draft[issue.id] = game.table?.[issue.id] ?? '';
    this.board = new IssueBoard(scenario, draft, {
      change: () => this.renderDraft(),
      focus: (issue) => this.showIssue(issue),
    });
    this.detail = issueDetail(selectScenarioMap(this.store.getState()), () => mapData());

    this.tableButton = h(
      'button',
      {
        class: 'button primary',
        type: 'button',
        'aria-describedby': 'draft-status',
        onclick: () => void this.tableProposal(),
      },
      'Table the proposal',
    );
    this.summitButton = h(
      'button',
      { class: 'button primary', type: 'button', onclick: () => void this.convene() },
      'Convene the summit',
    );
    this.endButton = h(
      'button',
      {
        class: 'button',
        type: 'button',
        onclick: () => void this.endTalks(),
      },
      'End the talks',
    );

    const saving = saveBar(gameSaving(this.store));
    this.onStop(saving.stop);
    this.view = createTableView(this.tableView());
    const region = h('div', { class: 'table-stage' });
    if (!guideSeen() && game.history.length === 0) {
      this.guide = new FirstTurnGuide(() => {
        rememberGuideSeen();
        this.guide?.element.remove();
        this.guide = null;
      });
    }
    this.root = this.showPage(
      'table-screen',
      h(
        'header',
        { class: 'table-top' },
        h('h1', {}, scenario.title),
        this.sessionText,
        saving.buttons,
        saving.status,
        fullscreenButton((stop) => this.onStop(stop)),
        h(
          'button',
          {
            class: 'button small',
            type: 'button',
            'aria-label': 'Leave the table for the title screen; the game stays saved',
            onclick: () => this.go('TitleScene'),
          },
          'Leave',
        ),
      ),
      this.guide?.element ?? null,
      region,
      h('div', { class: 'seats' }, ...this.seats.map((s) => s.element)),
      this.board.element,
      h(
        'aside',
        { class: 'table-map', 'aria-label': scenario.map ? 'Map' : 'About the issue' },
        this.detail.element,
      ),
      h(
        'section',
        { class: 'actions', 'aria-label': 'Actions' },
        h('div', { class: 'action-buttons' }, this.tableButton, this.summitButton, this.endButton),
        this.draftStatus,
        saving.autosave,
      ),
      h(
        'section',
        { class: 'history', 'aria-labelledby': 'history-heading' },
        h('h2', { id: 'history-heading' }, 'History of the talks'),
        this.history,
      ),
    );

    const stage = showStage(region, 'TableStage', { view: this.view });
    this.onStop(() => stage.handle.stop());
    stage.ready.catch(() => {
      region.replaceChildren(
        h(
          'p',
          { class: 'note' },
          'The drawing of the table could not be loaded. Everything it shows is written below.',
        ),
      );
    });
    this.render(this.store.getState());
    this.renderDraft();
    this.onStop(this.store.subscribe((state) => this.render(state)));
    // The keyboard starts where the guided first turn does, on the first leader's Consult: in
    // view on a desktop and a portrait tablet, and first of the seats' controls.
    this.seats[0]?.focusConsult();
    window.scrollTo(0, 0);
    announce(`The talks begin. You have ${selectClock(this.store.getState()).left} sessions.`);
  }

  /** Redraws everything that follows from the game state. The draft is the player's own. */
  private render(state: GameStoreState): void {
    const { game, model } = state;
    const scenario = model.scenario;
    const over = game.outcome !== null;
    const standings = selectStandings(state);
    const previews = selectActionPreview(state);
    this.seats.forEach((seat, i) => {
      const party = scenario.parties[i];
      const standing = standings[i];
      const consult = previews.consult[i];
      const pressure = previews.pressure[i];
      if (!party || !standing || !consult || !pressure) return;
      seat.update({
        trust: standing.trust.trust,
        trustNote: trustNote(standing.trust),
        lowTrust: standing.trust.band !== 'comfortable',
        answer: standing.answer ?? undefined,
        stillWants: standing.stillWants,
        noDealRange: standing.noDealRange,
        pressed: standing.pressure,
        known: standing.revealed
          .map((r) => scenario.issues.find((issue) => issue.id === r.issue))
          .filter((issue): issue is Issue => issue !== undefined),
        over,
        costs: {
          consult: consultCost(consult, standing.noDealRange !== null),
          pressure: pressureCost(pressure, party.country, selectIsRolePlay(state)),
        },
      });
    });
    const known = new Map(standings.map((s) => [s.party, s.revealed.map((r) => r.issue)]));
    this.board.annotate((issue) =>
      issueNotes(scenario, (p) => known.get(p) ?? [], game.answers, issue),
    );
    const clock = selectClock(state);
    this.sessionText.textContent = `Session ${clock.session} of ${clock.sessions} · ${clock.left} left · ${scenario.difficulties[game.difficulty].label}${selectIsRolePlay(state) ? ' · Role-play: students answer for the leaders' : ''}`;
    replaceChildren(
      this.history,
      ...[...game.history]
        .reverse()
        .flatMap((event) => [
          ...[...event.news]
            .reverse()
            .map((id) => h('li', { class: 'history-news' }, newsText(scenario, id))),
          h('li', {}, eventText(scenario, event)),
        ]),
      game.history.length === 0
        ? h('li', { class: 'note' }, 'Nothing yet. Each action uses one session.')
        : null,
    );
    this.summitButton.disabled = over || game.table === null;
    this.endButton.disabled = over;
    this.board.setDisabled(over);
    this.renderDraft();
  }

  /** The drawn table's picture of the game, the draft and the summit under way. */
  private tableView() {
    const draft = this.board ? this.board.draft() : {};
    return selectTableView(this.store.getState(), draft, {
      summit: this.summit,
      calm: prefersReducedMotion(),
    });
  }

  /** Whether the draft is complete and how it compares with the package on the table. */
  private renderDraft(): void {
    const { game } = this.store.getState();
    const draft = this.board.draft();
    const missing = Object.values(draft).filter((option) => option === '').length;
    const onTable =
      game.table !== null &&
      Object.entries(draft).every(([issue, option]) => game.table?.[issue] === option);
    this.view.setState(this.tableView(), true);
    const chosen = Object.values(draft).some((option) => option !== '');
    if (chosen && !onTable) this.detail.showPackage(draft, 'Under your draft package');
    else if (game.table) this.detail.showPackage(game.table, 'Under the tabled package');
    else this.detail.showPackage(null, '');
    this.guide?.show(
      game.history.some((event) => event.action.type === 'propose')
        ? 'summit'
        : missing === 0
          ? 'table'
          : game.history.length > 0
            ? 'choose'
            : 'consult',
    );
    this.tableButton.disabled = game.outcome !== null || missing > 0;
    this.draftStatus.textContent =
      missing > 0
        ? `Choose an option for every issue to table a proposal (${missing} still to choose).`
        : onTable
          ? this.tableStatus()
          : game.table
            ? `Your draft differs from the package on the table: table it to hear the answers. ${this.proposalCost(draft)}`
            : `Your package is ready to table. ${this.proposalCost(draft)}`;
  }

  /**
   * What the package on the table faces: every leader's yes, or who said no and in which session,
   * since leaders give ground as sessions pass and the summit asks them again.
   */
  private tableStatus(): string {
    const state = this.store.getState();
    const summit = selectActionPreview(state).summit;
    if (summit.refusing.length === 0)
      return 'Every leader accepts this package: convene the summit to sign it.';
    const asked = [...state.game.history]
      .reverse()
      .find((event) => event.answers !== null)?.session;
    return `${listed(this.countries(summit.refusing))} said no${asked === undefined ? '' : ` in session ${asked}`}. A summit asks again, and fails if anyone still says no. ${summitFailureCost(summit)} Tabling the same package again asks in public again, for a session.`;
  }

  /** What tabling the draft costs: a session, the red lines it is known to cross, hardening. */
  private proposalCost(draft: Package): string {
    const state = this.store.getState();
    const preview = selectProposalPreview(state, draft);
    const scenario = state.model.scenario;
    const crossed = preview.crossesKnownRedLines.map((line) => {
      const party = scenario.parties.find((p) => p.id === line.party)?.country ?? line.party;
      return `${party}’s red line on ${issueLabel(scenario, line.issue)}`;
    });
    const hardening =
      preview.rejectionHardening > 0
        ? ` Each leader who says no in public asks ${preview.rejectionHardening} ${preview.rejectionHardening === 1 ? 'point' : 'points'} more afterwards.`
        : '';
    const warning =
      crossed.length > 0
        ? ` It crosses ${listed(crossed)}: each leader so crossed loses ${preview.redLineTrustCost} trust.`
        : '';
    return `It uses ${preview.sessions === 1 ? '1 session' : `${preview.sessions} sessions`}.${hardening}${warning}`;
  }

  private countries(ids: readonly string[]): string[] {
    const scenario = this.store.getState().model.scenario;
    return ids.map((id) => scenario.parties.find((party) => party.id === id)?.country ?? id);
  }

  private showIssue(issue: Issue | null): void {
    this.detail.show(issue);
  }

  private async tableProposal(): Promise<void> {
    const pkg: Package = this.board.draft();
    const asked = await this.askPlayers(
      { type: 'propose', package: pkg },
      'The mediator tables this package, and each leader answers in public',
    );
    if (!asked) return;
    const result = this.store.getState().propose(pkg, ...asked);
    if (result.ok && result.state.answers) {
      announce(
        `Proposal tabled. ${answersSentence(this.store.getState().model.scenario, result.state.answers)}.`,
      );
    }
    this.afterAction(result);
  }

  /** Ends the talks once the mediator has confirmed that nothing will be signed. */
  private async endTalks(): Promise<void> {
    const sure = await confirmStep({
      title: 'End the talks now?',
      body: [
        'The game ends at once as a stalemate: nothing is signed, and every leader is left with its no-deal value.',
      ],
      confirm: 'End the talks now',
      cancel: 'Keep talking',
    });
    if (sure) this.act(this.store.getState().adjourn(), 'You ended the talks.');
  }

  /**
   * Presses a leader; when this use risks a walk-out, only after the mediator has confirmed,
   * knowing the chance and that a walk-out ends the talks.
   */
  private async pressure(party: string, country: string): Promise<void> {
    const previews = selectActionPreview(this.store.getState());
    const preview = previews.pressure.find((p) => p.party === party);
    if (preview && !preview.blocked && (preview.walkOutChance > 0 || preview.trustRunsOut)) {
      const sure = await confirmStep({
        title: `Press ${country} again?`,
        body: [
          preview.trustRunsOut
            ? `Its trust in you would run out: ${country} walks out and the talks end in a stalemate.`
            : `There is a ${preview.walkOutChance}% chance that ${country} walks out, which ends the talks in a stalemate.`,
          `${pressureEffects(preview, selectIsRolePlay(this.store.getState()))}.`,
        ],
        confirm: 'Apply pressure',
        cancel: 'Not now',
      });
      if (!sure) return;
    }
    const lever = this.store.getState().model.scenario.parties.find((p) => p.id === party)?.lever;
    const asked = await this.askPlayers(
      { type: 'pressure', party },
      `The mediator presses ${country} (${lever?.label.toLowerCase() ?? 'pressure'}), and every leader answers again on the package on the table`,
    );
    if (!asked) return;
    this.act(this.store.getState().pressure(party, ...asked), `You put pressure on ${country}.`);
  }

  /**
   * Convenes the summit; when a leader's last answer to the package was no, only after the
   * mediator has confirmed, knowing who refused and what a failed summit costs.
   */
  private async convene(): Promise<void> {
    const state = this.store.getState();
    const summit = selectActionPreview(state).summit;
    const draft = this.board.draft();
    const draftDiffers =
      state.game.table !== null &&
      Object.entries(draft).some(([issue, option]) => state.game.table?.[issue] !== option);
    if (draftDiffers) {
      const sure = await confirmStep({
        title: 'Convene the summit on the tabled package?',
        body: [
          'The summit signs the package on the table, not the draft you have changed since. To have your draft signed, table it first and hear the answers.',
        ],
        confirm: 'Convene on the tabled package',
        cancel: 'Not yet',
      });
      if (!sure) return;
    }
    const pressed = state.model.scenario.parties.filter(
      (party) =>
        state.game.answers?.[party.id]?.accepts === true &&
        (state.game.parties[party.id]?.pressure ?? 0) > 0,
    );
    if (summit.refusing.length === 0 && pressed.length > 0) {
      const sure = await confirmStep({
        title: 'Convene the summit after your pressure?',
        body: [
          `${listed(pressed.map((party) => party.country))} ${pressed.length === 1 ? 'says' : 'say'} yes after your pressure. A leader who signs a package worth less to it than no deal has not agreed: it has surrendered, and the talks end in a surrender, not a deal.`,
        ],
        confirm: 'Convene the summit',
        cancel: 'Not yet',
      });
      if (!sure) return;
    }
    if (summit.refusing.length > 0) {
      const sure = await confirmStep({
        title: 'Convene the summit anyway?',
        body: [
          `${listed(this.countries(summit.refusing))} said no to this package. The summit asks every leader again, and fails if anyone still says no.`,
          summitFailureCost(summit),
        ],
        confirm: 'Convene the summit',
        cancel: 'Not yet',
      });
      if (!sure) return;
    }
    const asked = await this.askPlayers(
      { type: 'summit' },
      'The mediator convenes the summit to sign the package on the table: it is signed only if every leader says yes',
    );
    if (!asked) return;
    const result = this.store.getState().convene(...asked);
    if (!result.ok) {
      this.afterAction(result);
      return;
    }
    const scenario = this.store.getState().model.scenario;
    const answers = result.state.answers ?? {};
    const signed = result.state.outcome !== null && result.state.outcome.kind !== 'stalemate';
    announce(
      signed
        ? 'At the summit every leader signs the package.'
        : `The summit fails. ${answersSentence(scenario, answers)}.`,
    );
    this.summitMoment(signed);
  }

  /**
   * In a role-play, hands the device to each leader's player in turn to answer the question
   * (ui/role-play/hand-over.ts): their answers, as the argument the store's action takes, or null
   * when the mediator went back to the table instead. In a solo game nobody is asked: no argument.
   */
  private async askPlayers(question: Question, what: string): Promise<[] | [PlayerAnswers] | null> {
    const state = this.store.getState();
    const sheets = selectAnswerSheets(state, question);
    if (sheets.length === 0) return [];
    const turns = sheets.flatMap((sheet): PlayerTurn[] => {
      const brief = selectBrief(state, sheet.party);
      return brief ? [{ sheet, brief }] : [];
    });
    const { scenario } = state.model;
    const answers = await askPlayers({
      scenario,
      what,
      game: `Game number ${state.game.seed} · ${scenario.difficulties[state.game.difficulty].label}`,
      turns,
    });
    return answers ? [answers] : null;
  }

  private act(result: ActionResult, message: string): void {
    if (result.ok) announce(message);
    this.afterAction(result);
  }

  private afterAction(result: ActionResult): void {
    if (!result.ok) {
      announce(`Not possible: ${result.rejection.message}.`);
      return;
    }
    if (result.state.outcome && result.state.history.at(-1)?.action.type !== 'summit') {
      announce(result.state.outcome.reasons[0] ?? 'The talks are over.');
      this.later(prefersReducedMotion() ? 300 : 1200, () => this.toOutcome());
    }
  }

  /**
   * The summit is its own moment, drawn on the table: the emblems together, the package read
   * out, then the signature or the failure. The controls wait until it is over.
   */
  private summitMoment(signed: boolean): void {
    const { model, game } = this.store.getState();
    const scenario = model.scenario;
    const table = game.table ?? {};
    this.summit = {
      signed,
      lines: scenario.issues.map(
        (issue) => `${issue.label}: ${optionLabel(scenario, issue.id, table[issue.id] ?? '')}`,
      ),
      refused: scenario.parties
        .filter((party) => game.answers?.[party.id]?.accepts === false)
        .map((party) => party.country),
    };
    this.view.setState(this.tableView(), true);
    const controls = [...this.root.querySelectorAll<HTMLElement>('.seats, .issue-board, .actions')];
    for (const part of controls) part.inert = true;
    this.root
      .querySelector('.table-stage')
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    this.later(prefersReducedMotion() ? 1200 : 3000, () => {
      if (game.outcome !== null) {
        this.toOutcome();
        return;
      }
      this.summit = null;
      this.view.setState(this.tableView(), true);
      for (const part of controls) part.inert = false;
      this.summitButton.focus();
    });
  }

  private toOutcome(): void {
    this.go('OutcomeScene', { store: this.store });
  }
}

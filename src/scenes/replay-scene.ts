import type { SceneData } from '../game/scene-keys';
import { Screen } from '../game/screen';
import { scenarioMapView } from '../store/map-view';
import { exportOf } from '../store/persistence';
import {
  createReplayStore,
  type RecordedLog,
  type ReplayState,
  type ReplayStoreApi,
  selectReplayStep,
  selectTimeline,
} from '../store/replay-store';
import { announce } from '../ui/announcer';
import { h } from '../ui/dom';
import { mapData } from '../ui/map';
import { outcomeHeadline } from '../ui/outcome-headline';
import { recordedLogView } from '../ui/replay/recorded-log-view';
import { ReplayControls } from '../ui/replay/replay-controls';
import { ReplayMap } from '../ui/replay/replay-map';
import { sessionsLeftText, stepIndicator, stepWords } from '../ui/replay/replay-words';
import { listenForShortcuts } from '../ui/replay/shortcuts';
import { StepCard } from '../ui/replay/step-card';
import { Timeline } from '../ui/replay/timeline';
import { fileAndLink } from '../ui/session/save-bar';
import { SeatView } from '../ui/table/seat-view';
import '../ui/styles/map.css';
import '../ui/styles/table.css';
import '../ui/styles/replay.css';

/**
 * A saved game, step by step: the table as it was after each action, the timeline of every
 * action, the outcome at the end; and the way back into the game from any step. A save this
 * release cannot replay is shown as its recorded log instead. The replay's own store holds the
 * step on show and whether it plays; this scene draws it and runs the clock while it plays.
 */
export class ReplayScene extends Screen<SceneData['ReplayScene']> {
  private store!: ReplayStoreApi;
  private timer: number | null = null;
  private seats: SeatView[] = [];
  private map!: ReplayMap;
  private card!: StepCard;
  private timeline!: Timeline;
  private controls!: ReplayControls;
  private indicator!: HTMLElement;
  private sessionsLeft!: HTMLElement;
  private playOn!: HTMLButtonElement;
  private status!: HTMLElement;

  create(data: SceneData['ReplayScene']): void {
    this.timer = null;
    const opened = createReplayStore(data.save);
    if (!opened.ok) {
      this.showRecordedLog(opened.log);
      return;
    }
    const store = opened.store;
    this.store = store;
    const { save, model } = store.getState();
    const scenario = model.scenario;
    const act = store.getState();

    this.seats = scenario.parties.map((party) => new SeatView(scenario, party, null));
    this.card = new StepCard(scenario);
    this.map = new ReplayMap(scenario.issues, scenarioMapView(scenario), mapData());
    const branched = save.branchedFrom;
    this.timeline = new Timeline(
      scenario,
      selectTimeline(store.getState()),
      branched ? `Played on from “${branched.name}” at step ${branched.step}.` : null,
      (step) => act.toStep(step),
    );
    this.controls = new ReplayControls({
      toStep: (step) => act.toStep(step),
      togglePlay: () => act.togglePlay(),
      setDelay: (delay) => act.setDelay(delay),
    });
    this.indicator = h('p', { class: 'replay-indicator' });
    this.sessionsLeft = h('p', { class: 'replay-sessions-left' });
    // One primary button on the screen, Play; this is the first of the ways out.
    this.playOn = h(
      'button',
      {
        class: 'button',
        type: 'button',
        'aria-describedby': 'play-on-hint',
        onclick: () => this.playOnFromHere(),
      },
      'Play on from here',
    );
    this.status = h('p', { class: 'replay-status', id: 'play-on-hint' });
    const backToTitle = h(
      'button',
      { class: 'button', type: 'button', onclick: () => this.go('TitleScene') },
      'Back to the title',
    );
    const debrief = h(
      'button',
      {
        class: 'button',
        type: 'button',
        onclick: () => this.go('DebriefScene', { save, from: 'replay' }),
      },
      'Debrief',
    );

    // The game as saved, to a file or a link, from here as from the table.
    const sharing = fileAndLink(() => exportOf(save));
    this.showPage(
      'replay-screen',
      h(
        'header',
        { class: 'replay-top' },
        h(
          'h1',
          {},
          h('span', { class: 'brand' }, 'Mediator'),
          ' · Replay: ',
          h('span', { class: 'replay-name', title: save.name }, save.name),
        ),
        save.players === 'people'
          ? h('p', { class: 'note' }, 'Role-play: students answered for the leaders')
          : null,
        h('div', { class: 'replay-where' }, this.indicator, this.sessionsLeft),
        h(
          'div',
          { class: 'save-bar', role: 'group', 'aria-label': 'Save this game' },
          ...sharing.buttons,
        ),
        sharing.status,
      ),
      h('div', { class: 'seats' }, ...this.seats.map((seat) => seat.element)),
      h(
        'div',
        { class: 'replay-main' },
        this.card.element,
        this.map.element,
        this.timeline.element,
      ),
      h(
        'section',
        { class: 'replay-controls', 'aria-label': 'Replay controls' },
        this.controls.element,
        h(
          'div',
          { class: 'replay-exits' },
          this.playOn,
          backToTitle,
          debrief,
          this.status,
          h('p', { class: 'replay-keys' }, 'Keys: ← → a step · Home, End · Space plays or pauses'),
        ),
      ),
    );
    const stopListening = listenForShortcuts({
      back: () => act.toStep(store.getState().step - 1),
      forward: () => act.toStep(store.getState().step + 1),
      toStart: () => act.toStep(0),
      toEnd: () => act.toStep(store.getState().states.length - 1),
      togglePlay: () => act.togglePlay(),
    });
    this.onStop(() => {
      stopListening();
      this.stopTimer();
    });
    this.onStop(store.subscribe((now, before) => this.changed(now, before)));
    this.render();
    this.controls.focusPlay();
    const first = selectReplayStep(store.getState());
    announce(
      `Replay of “${save.name}”: ${first.last} steps. ${stepIndicator(first)}. Press Play, or step forward.`,
    );
  }

  /** Draws the replay again; a new step is announced, and the clock follows play and pause. */
  private changed(now: ReplayState, before: ReplayState): void {
    this.render();
    if (now.step !== before.step) this.announceStep();
    if (now.playing !== before.playing || now.delay !== before.delay) {
      if (now.playing) this.startTimer(now.delay);
      else this.stopTimer();
    }
  }

  /** Says the step now on show, and at the last step how the game ended. */
  private announceStep(): void {
    const { model } = this.store.getState();
    const at = selectReplayStep(this.store.getState());
    const outcome = at.state.outcome;
    const ending =
      outcome && at.step === at.last
        ? ` ${outcomeHeadline(outcome, model.scenario).word}. ${outcome.reasons[0] ?? ''}`
        : '';
    announce(`Step ${at.step} of ${at.last}: ${stepWords(model.scenario, at.event)}.${ending}`);
  }

  private startTimer(delay: number): void {
    this.stopTimer();
    this.timer = window.setInterval(() => this.store.getState().advance(), delay);
  }

  private stopTimer(): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
  }

  /** Draws the step on show: seats, the step's card, the map, the timeline and the controls. */
  private render(): void {
    const state = this.store.getState();
    const scenario = state.model.scenario;
    const at = selectReplayStep(state);
    this.seats.forEach((seat, i) => {
      const shown = at.seats[i];
      if (shown) seat.update({ ...shown, over: true });
    });
    this.card.update(stepWords(scenario, at.event), at.state, at.changed);
    this.map.show(at.state, at.changed);
    this.indicator.textContent = stepIndicator(at);
    this.sessionsLeft.textContent = sessionsLeftText(at.sessionsLeft);
    this.timeline.setCurrent(at.step);
    this.controls.update({ step: at.step, last: at.last, playing: at.playing, delay: state.delay });
    const finished = at.state.outcome !== null;
    this.playOn.disabled = finished;
    this.status.textContent = finished
      ? 'The game ended at this step: go back a step to play on from there.'
      : `Starts a new game from step ${at.step}, with ${sessionsLeftText(at.sessionsLeft)}.`;
  }

  private playOnFromHere(): void {
    const result = this.store.getState().playOn();
    if (!result.ok) {
      this.status.textContent = `Cannot play on from here: ${result.error}.`;
      announce(this.status.textContent);
      return;
    }
    this.go('TableScene', { store: result.store });
  }

  /** A save that does not replay: the moves as recorded, why that is all, and the way back. */
  private showRecordedLog(log: RecordedLog): void {
    const view = recordedLogView(log, () => this.go('TitleScene'));
    this.showPage('recorded-log-screen', view.element);
    view.focus.focus();
    announce(view.summary);
  }
}

import type { SceneData } from '../game/scene-keys';
import { Screen } from '../game/screen';
import type { ScenarioModel } from '../model/compile';
import { type GameState, revealedIssues } from '../model/game';
import type { Issue } from '../model/types';
import { recordedLog } from '../saves/recorded-log';
import { replaySave } from '../saves/replay';
import type { Save } from '../saves/save-format';
import { branchFromSave } from '../store/game-store';
import { scenarioMapView } from '../store/map-view';
import { announce } from '../ui/announcer';
import { h } from '../ui/dom';
import { mapData } from '../ui/map';
import { outcomeHeadline } from '../ui/outcome-headline';
import { recordedLogView } from '../ui/replay/recorded-log-view';
import { DEFAULT_DELAY, ReplayControls } from '../ui/replay/replay-controls';
import { ReplayMap } from '../ui/replay/replay-map';
import {
  changedIssues,
  sessionsLeftText,
  stepIndicator,
  stepWords,
} from '../ui/replay/replay-words';
import { listenForShortcuts } from '../ui/replay/shortcuts';
import { StepCard } from '../ui/replay/step-card';
import { Timeline } from '../ui/replay/timeline';
import { SeatView } from '../ui/table/seat-view';
import '../ui/styles/map.css';
import '../ui/styles/table.css';
import '../ui/styles/replay.css';

/**
 * A saved game, step by step: the table as it was after each action, the timeline of every
 * action, the outcome at the end; and the way back into the game from any step. A save this
 * release cannot replay is shown as its recorded log instead.
 */
export class ReplayScene extends Screen<SceneData['ReplayScene']> {
  private save!: Save;
  private model!: ScenarioModel;
  private states: readonly GameState[] = [];
  private step = 0;
  private playing = false;
  private delay: number = DEFAULT_DELAY;
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
    this.playing = false;
    this.timer = null;
    this.step = 0;
    this.delay = DEFAULT_DELAY;
    const save = data.save;
    const replay = replaySave(save);
    if (!replay.ok) {
      this.showRecordedLog(save, replay);
      return;
    }
    this.save = save;
    this.model = replay.model;
    this.states = replay.states;
    const scenario = this.model.scenario;

    this.seats = scenario.parties.map((party) => new SeatView(scenario, party, null));
    this.card = new StepCard(scenario);
    this.map = new ReplayMap(scenario.issues, scenarioMapView(scenario), mapData());
    const branched = save.branchedFrom;
    this.timeline = new Timeline(
      scenario,
      this.states,
      branched ? `Played on from “${branched.name}” at step ${branched.step}.` : null,
      (step) => this.jump(step),
    );
    this.controls = new ReplayControls({
      toStep: (step) => this.jump(step),
      togglePlay: () => this.togglePlay(),
      setDelay: (delay) => {
        this.delay = delay;
        if (this.playing) this.startTimer();
      },
    });
    this.indicator = h('p', { class: 'replay-indicator' });
    this.sessionsLeft = h('p', { class: 'replay-sessions-left' });
    this.playOn = h(
      'button',
      {
        class: 'button primary',
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
        h('div', { class: 'replay-where' }, this.indicator, this.sessionsLeft),
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
      back: () => this.jump(this.step - 1),
      forward: () => this.jump(this.step + 1),
      toStart: () => this.jump(0),
      toEnd: () => this.jump(this.lastStep()),
      togglePlay: () => this.togglePlay(),
    });
    this.onStop(() => {
      stopListening();
      this.stopTimer();
    });
    this.render();
    this.controls.focusPlay();
    announce(
      `Replay of “${save.name}”: ${this.lastStep()} steps. ${stepIndicator(this.states, 0)}. Press Play, or step forward.`,
    );
  }

  private lastStep(): number {
    return this.states.length - 1;
  }

  /** Shows a step chosen by hand; stepping by hand pauses the replay. */
  private jump(step: number): void {
    if (this.playing) this.setPlaying(false);
    this.show(step);
  }

  private show(step: number): void {
    const next = Math.max(0, Math.min(this.lastStep(), step));
    if (next === this.step) {
      this.render();
      return;
    }
    this.step = next;
    this.render();
    const state = this.states[next];
    const scenario = this.model.scenario;
    const ending =
      state?.outcome && next === this.lastStep()
        ? ` ${outcomeHeadline(state.outcome, scenario).word}. ${state.outcome.reasons[0] ?? ''}`
        : '';
    announce(
      `Step ${next} of ${this.lastStep()}: ${stepWords(scenario, this.states, next)}.${ending}`,
    );
  }

  private togglePlay(): void {
    if (this.playing) {
      this.setPlaying(false);
      return;
    }
    // Playing from the end starts again from the beginning.
    if (this.step >= this.lastStep()) this.show(0);
    this.setPlaying(true);
  }

  private setPlaying(playing: boolean): void {
    this.playing = playing;
    if (playing) this.startTimer();
    else this.stopTimer();
    this.render();
  }

  private startTimer(): void {
    this.stopTimer();
    this.timer = window.setInterval(() => {
      this.show(this.step + 1);
      if (this.step >= this.lastStep()) this.setPlaying(false);
    }, this.delay);
  }

  private stopTimer(): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
  }

  /** Draws the step on show: seats, the step's card, the map, the timeline and the controls. */
  private render(): void {
    const { step, states } = this;
    const scenario = this.model.scenario;
    const state = states[step];
    if (!state) return;
    this.seats.forEach((seat, i) => {
      const party = scenario.parties[i];
      if (!party) return;
      const known = revealedIssues(state, party.id)
        .map((id) => scenario.issues.find((issue) => issue.id === id))
        .filter((issue): issue is Issue => issue !== undefined);
      seat.update({
        trust: state.parties[party.id]?.trust ?? 0,
        answer: state.answers?.[party.id],
        known,
        over: true,
      });
    });
    const changed = changedIssues(scenario, states[step - 1], state);
    this.card.update(stepWords(scenario, states, step), state, changed);
    this.map.show(state, changed);
    this.indicator.textContent = stepIndicator(states, step);
    this.sessionsLeft.textContent = sessionsLeftText(state);
    this.timeline.setCurrent(step);
    this.controls.update({ step, last: this.lastStep(), playing: this.playing });
    const finished = state.outcome !== null;
    this.playOn.disabled = finished;
    this.status.textContent = finished
      ? 'The game ended at this step: go back a step to play on from there.'
      : `Starts a new game from step ${step}, with ${sessionsLeftText(state)}.`;
  }

  private playOnFromHere(): void {
    const result = branchFromSave(this.save, this.step);
    if (!result.ok) {
      this.status.textContent = `Cannot play on from here: ${result.error}.`;
      announce(this.status.textContent);
      return;
    }
    this.go('TableScene', { store: result.store });
  }

  /** A save that does not replay: the moves as recorded, why that is all, and the way back. */
  private showRecordedLog(save: Save, failure: { readonly step?: number }): void {
    const view = recordedLogView(recordedLog(save, failure), () => this.go('TitleScene'));
    this.showPage('recorded-log-screen', view.element);
    view.focus.focus();
    announce(view.summary);
  }
}

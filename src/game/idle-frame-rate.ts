import { Core, type Game, type Scene, Scenes } from 'phaser';

/**
 * Steps a second while nothing on the canvas moves: enough to notice within a fifth of a second
 * a change no person caused (a screen that finished loading), at a twelfth of the cost of
 * stepping 60 times (a rendering choice, not a game mechanic). Idle steps draw nothing.
 */
const IDLE_FPS = 5;
/** Frames without movement before slowing down: a tenth of a second at 60 frames a second. */
const QUIET_FRAMES = 6;
/** What a person does on the page that may change what the canvas shows. */
const WAKE_EVENTS = ['pointerdown', 'keydown', 'wheel', 'input', 'change', 'drop'] as const;

/**
 * While no scene is starting, loading, tweening or waiting on a timer, the game loop slows to
 * IDLE_FPS and its steps draw nothing (the canvas keeps its last frame); it speeds back up and
 * draws at once when something moves or a person acts on the page. The screens are still between
 * actions, so an idle table costs next to nothing, which keeps a class's laptops cool and their
 * batteries charged. Call before the game boots: the loop binds `game.step` when it starts.
 */
export function slowWhenIdle(game: Game): void {
  let quietFrames = 0;
  let idle = false;
  const draw = game.step.bind(game);
  const skipDrawing = game.headlessStep.bind(game);
  game.step = (time: number, delta: number) =>
    idle ? skipDrawing(time, delta) : draw(time, delta);
  const wake = () => {
    quietFrames = 0;
    if (!idle) return;
    idle = false;
    game.loop.setFPSLimit(0);
  };
  game.events.on(Core.Events.POST_STEP, () => {
    if (somethingMoves(game)) {
      wake();
    } else if (!idle && ++quietFrames >= QUIET_FRAMES) {
      idle = true;
      game.loop.setFPSLimit(IDLE_FPS);
    }
  });
  for (const type of WAKE_EVENTS) {
    document.addEventListener(type, wake, { capture: true, passive: true });
  }
  window.addEventListener('resize', wake);
  window.addEventListener('hashchange', wake);
}

/**
 * Whether any scene is on its way in (starting, loading, creating), loading, tweening, or
 * waiting on a timer (a timer's callback may change what the canvas shows).
 */
function somethingMoves(game: Game): boolean {
  return game.scene.getScenes(false).some((scene) => {
    const status = scene.sys.settings.status;
    if (status >= Scenes.START && status < Scenes.RUNNING) return true;
    if (status !== Scenes.RUNNING) return false;
    return scene.tweens.getTweens().length > 0 || scene.load.isLoading() || hasTimers(scene);
  });
}

/**
 * Whether a scene's clock has timers to run. Phaser's Clock keeps them in two lists it does not
 * expose (Phaser 4.2 `src/time/Clock.js`); a version without them reads as "no timers", which
 * only makes a timer's change show at the next action instead of at once.
 */
function hasTimers(scene: Scene): boolean {
  const clock = scene.time as unknown as {
    readonly _active?: readonly unknown[];
    readonly _pendingInsertion?: readonly unknown[];
  };
  return (clock._active?.length ?? 0) > 0 || (clock._pendingInsertion?.length ?? 0) > 0;
}

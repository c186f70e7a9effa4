import { Core, type Game, Scenes } from 'phaser';

/**
 * Frames a second while nothing on the canvas moves: enough to pick up any change within a fifth
 * of a second, at a twelfth of the cost of drawing 60 (a rendering choice, not a game mechanic).
 */
const IDLE_FPS = 5;
/** Frames without movement before slowing down: a tenth of a second at 60 frames a second. */
const QUIET_FRAMES = 6;
/** What a person does on the page that may change what the canvas shows. */
const WAKE_EVENTS = ['pointerdown', 'keydown', 'wheel', 'input', 'change', 'drop'] as const;

/**
 * Slows the game loop to IDLE_FPS while no scene is starting, loading or tweening, and speeds
 * it back up at once when something moves or a person acts on the page. The screens are still
 * between actions, so an idle table no longer redraws 60 times a second, which keeps the
 * computer (and a class's laptops) cool and leaves its cores to other work.
 */
export function slowWhenIdle(game: Game): void {
  let quietFrames = 0;
  let idle = false;
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

/** Whether any scene is on its way in (starting, loading, creating), loading or tweening. */
function somethingMoves(game: Game): boolean {
  return game.scene.getScenes(false).some((scene) => {
    const status = scene.sys.settings.status;
    if (status >= Scenes.START && status < Scenes.RUNNING) return true;
    if (status !== Scenes.RUNNING) return false;
    return scene.tweens.getTweens().length > 0 || scene.load.isLoading();
  });
}

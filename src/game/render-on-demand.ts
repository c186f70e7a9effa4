import { Core, type Game, Scenes } from 'phaser';

/**
 * Frames the loop keeps running after the last movement, so a tween's final frame and the
 * frame after a scene's last change are both drawn (a rendering choice, not a game mechanic).
 */
const QUIET_FRAMES = 2;

/**
 * Renders on demand: the game loop sleeps (no animation frames at all) while no scene is
 * starting, loading or tweening, and `wake` starts it again when something changes. An idle
 * table therefore costs the computer nothing, which keeps a class's laptops cool.
 */
export function renderOnDemand(game: Game): { wake(): void } {
  let quietFrames = 0;
  game.events.on(Core.Events.POST_STEP, () => {
    if (somethingMoves(game)) quietFrames = 0;
    else if (++quietFrames >= QUIET_FRAMES) game.loop.sleep();
  });
  return {
    wake() {
      quietFrames = 0;
      if (game.loop.running) return;
      // The time asleep is not animation time: the next frame starts from a zero delta.
      game.loop.resetDelta();
      game.loop.wake();
    },
  };
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

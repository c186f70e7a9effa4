import { AUTO, Game, Scale, Scene } from 'phaser';
import { COLOURS, STAGE } from '../../../src/game/scene-keys';
import { BARE_READY_MARK } from './marks';

class EmptyScene extends Scene {
  constructor() {
    super('EmptyScene');
  }

  create(): void {
    performance.mark(BARE_READY_MARK);
  }
}

// The game's own config (src/game/start-game.ts) without its scenes: the baseline for boot time.
new Game({
  type: AUTO,
  parent: 'game-container',
  backgroundColor: COLOURS.paper,
  scale: {
    mode: Scale.FIT,
    autoCenter: Scale.CENTER_BOTH,
    width: STAGE.width,
    height: STAGE.height,
  },
  dom: { createContainer: true },
  banner: false,
  scene: [EmptyScene],
});

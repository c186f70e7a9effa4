import { AUTO, Game, Scene } from 'phaser';
import { BARE_READY_MARK } from './marks';

class EmptyScene extends Scene {
  constructor() {
    super('EmptyScene');
  }

  create(): void {
    performance.mark(BARE_READY_MARK);
  }
}

// A Phaser game with one empty scene, as Phaser's own template starts one: the baseline for
// boot time.
new Game({
  type: AUTO,
  parent: 'game-container',
  width: 1280,
  height: 800,
  banner: false,
  scene: [EmptyScene],
});

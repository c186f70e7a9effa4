import { Game, Scene } from 'phaser';
import { gameConfig } from '../../../src/game/game-config';
import { BARE_READY_MARK } from './marks';

class EmptyScene extends Scene {
  constructor() {
    super('EmptyScene');
  }

  create(): void {
    performance.mark(BARE_READY_MARK);
  }
}

// The game's own configuration without its scenes: the baseline for boot time.
new Game(gameConfig('game-container', [EmptyScene]));

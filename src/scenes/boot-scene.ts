import { Scene } from 'phaser';
import { COLOURS, SceneKeys } from '../game/scene-keys';

/** Sets the stage's background, then hands over to the preloader. */
export class BootScene extends Scene {
  constructor() {
    super(SceneKeys.Boot);
  }

  create(): void {
    this.cameras.main.setBackgroundColor(COLOURS.paper);
    this.scene.start(SceneKeys.Preloader);
  }
}

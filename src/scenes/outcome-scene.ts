import { Scene } from 'phaser';
import { SceneKeys } from '../game/scene-keys';

export class OutcomeScene extends Scene {
  constructor() {
    super(SceneKeys.Outcome);
  }
}

import { Scene } from 'phaser';
import { SceneKeys } from '../game/scene-keys';

export class TableScene extends Scene {
  constructor() {
    super(SceneKeys.Table);
  }
}

import { Scene } from 'phaser';
import { SceneKeys } from '../game/scene-keys';

export class BriefingScene extends Scene {
  constructor() {
    super(SceneKeys.Briefing);
  }
}

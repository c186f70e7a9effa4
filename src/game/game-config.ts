import { AUTO, Scale, type Types } from 'phaser';
import { COLOURS, STAGE } from './scene-keys';

/** The game's configuration: a stage that scales to fit, with a DOM layer for the controls. */
export function gameConfig(parent: string, scene: Types.Scenes.SceneType[]): Types.Core.GameConfig {
  return {
    type: AUTO,
    parent,
    backgroundColor: COLOURS.paper,
    scale: {
      mode: Scale.FIT,
      autoCenter: Scale.CENTER_BOTH,
      width: STAGE.width,
      height: STAGE.height,
    },
    dom: { createContainer: true },
    banner: false,
    scene,
  };
}

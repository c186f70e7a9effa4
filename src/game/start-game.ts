import { AUTO, Game, Scale } from 'phaser';
import { BriefingScene } from '../scenes/briefing-scene';
import { OutcomeScene } from '../scenes/outcome-scene';
import { PreloaderScene } from '../scenes/preloader-scene';
import { TableScene } from '../scenes/table-scene';
import { TitleScene } from '../scenes/title-scene';
import { COLOURS, STAGE } from './scene-keys';

/** Starts the game in the element with the given id. */
export function startGame(parent: string): Game {
  return new Game({
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
    scene: [PreloaderScene, TitleScene, BriefingScene, TableScene, OutcomeScene],
  });
}

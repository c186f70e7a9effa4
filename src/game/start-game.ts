import { Game } from 'phaser';
import { BriefingScene } from '../scenes/briefing-scene';
import { OutcomeScene } from '../scenes/outcome-scene';
import { PreloaderScene } from '../scenes/preloader-scene';
import { TableScene } from '../scenes/table-scene';
import { TitleScene } from '../scenes/title-scene';
import { gameConfig } from './game-config';
import { slowWhenIdle } from './idle-frame-rate';

/** Starts the game in the element with the given id. */
export function startGame(parent: string): Game {
  const game = new Game(
    gameConfig(parent, [PreloaderScene, TitleScene, BriefingScene, TableScene, OutcomeScene]),
  );
  slowWhenIdle(game);
  return game;
}

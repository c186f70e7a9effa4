import type { GameObjects, Scene } from 'phaser';
import { STAGE } from '../game/scene-keys';

/**
 * Puts a scene's controls on the stage: one DOM element the size of the stage, which Phaser
 * scales and positions with the canvas and removes when the scene shuts down.
 */
export function addScreen(scene: Scene, ...content: HTMLElement[]): GameObjects.DOMElement {
  const screen = document.createElement('div');
  screen.className = 'screen';
  screen.style.width = `${STAGE.width}px`;
  screen.style.height = `${STAGE.height}px`;
  screen.append(...content);
  return scene.add.dom(0, 0, screen).setOrigin(0, 0);
}

/** Like addScreen, returning the screen's root element. */
export function screenOf(scene: Scene, ...content: HTMLElement[]): HTMLElement {
  return addScreen(scene, ...content).node as HTMLElement;
}

import { h } from '../ui/dom';
import type { Go } from './scene-keys';

/** What a scene is given: where its page goes, and how to start another scene. */
export interface SceneContext {
  readonly root: HTMLElement;
  readonly go: Go;
}

/**
 * One scene of the game: a page of HTML in the document's flow, which reflows with the window
 * and the browser's zoom. A scene that draws (the table) asks for the stage, Phaser's region of
 * the page, in its own layout. Everything a scene starts (subscriptions, timers, the stage) is
 * handed to `onStop`, and stopped when another scene takes its place.
 */
export abstract class Screen<D> {
  private readonly stops: (() => void)[] = [];
  protected readonly go: Go;
  private readonly pageRoot: HTMLElement;

  constructor(context: SceneContext) {
    this.go = context.go;
    this.pageRoot = context.root;
  }

  abstract create(data: D): void;

  /** Shows the scene's page in place of the last one; returns its root element. */
  protected showPage(className: string, ...content: (HTMLElement | null)[]): HTMLElement {
    const page = h('div', { class: `screen ${className}` }, ...content);
    this.pageRoot.replaceChildren(page);
    window.scrollTo(0, 0);
    return page;
  }

  /** Runs `stop` when the scene ends. */
  protected onStop(stop: () => void): void {
    this.stops.push(stop);
  }

  /** Runs `then` after `ms` milliseconds unless the scene has ended first. */
  protected later(ms: number, then: () => void): void {
    const timer = window.setTimeout(then, ms);
    this.onStop(() => window.clearTimeout(timer));
  }

  /** Ends the scene: everything it started stops, last started first. */
  stop(): void {
    for (const stop of this.stops.splice(0).reverse()) stop();
  }
}

/** A scene's class, as the list of scenes holds it. */
export type ScreenClass<D> = new (context: SceneContext) => Screen<D>;

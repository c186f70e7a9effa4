import './ui/fonts';
import './ui/styles/base.css';
import { prefetchPlay, startApp } from './game/app';
import { prefetchMap } from './ui/map-source';
import { TITLE_INTERACTIVE_MARK } from './ui/marks';

prefetchMap();
const root = document.getElementById('app');
if (root) startApp(root);

// Once the title takes input, the rest of the game (Phaser included) downloads in the
// background, and the service worker installs: the built game works offline after the first
// visit. Without the worker (an old browser, a refused registration) it simply needs the
// network, so a failure is not worth a message.
new PerformanceObserver((list, observer) => {
  if (list.getEntriesByName(TITLE_INTERACTIVE_MARK).length === 0) return;
  observer.disconnect();
  prefetchPlay();
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  }
}).observe({ type: 'mark', buffered: true });

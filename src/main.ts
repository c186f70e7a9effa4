import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './ui/styles/base.css';
import { startGame } from './game/start-game';

startGame('game-container');

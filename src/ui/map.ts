import type { MapUnderPackage, RegionUnderPackage } from '../model/scenario-map';
import type { ControlLevel, Package } from '../model/types';
import type { ScenarioMapView } from '../store/map-view';
import { h, replaceChildren } from './dom';
import { prefetchedMap } from './map-source';
import { svg } from './svg';
import { listed } from './words';

export interface MapRegion {
  readonly id: string;
  readonly name: string;
  readonly d: string;
}

export interface MapData {
  readonly viewBox: string;
  readonly regions: readonly MapRegion[];
}

/** The credit the licence of the map outline (assets/maps/) asks for, beside every map. */
export const MAP_CREDIT = 'Map: @svg-maps/ukraine, after MapSVG, CC BY 4.0.';

let parsed: MapData | null = null;

/** The region outlines from the downloaded SVG text (parsed once it has arrived). */
export function mapData(): MapData {
  if (parsed) return parsed;
  const text = prefetchedMap() ?? '';
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const outline = doc.querySelector('svg');
  const data = {
    viewBox: outline?.getAttribute('viewBox') ?? '0 0 1000 670',
    regions: Array.from(doc.querySelectorAll('path')).map((path) => ({
      id: path.getAttribute('id') ?? '',
      name: path.getAttribute('aria-label') ?? path.getAttribute('id') ?? '',
      d: path.getAttribute('d') ?? '',
    })),
  };
  if (text !== '') parsed = data;
  return data;
}

/** A map's accessible name: "Map of Ukraine by region; …" with what this copy of it shows. */
export function mapTitle(map: ScenarioMapView, shows: string): string {
  return `Map of ${map.name}; ${shows}`;
}

type PatternKind = 'solid' | 'hatch' | 'back-hatch' | 'cross' | 'dots' | 'lines';

/**
 * How each level is drawn, so that it is told by its pattern (and the legend's words) as well as
 * by its colour: the pattern, the size of its tile in map units, and the colour family map.css
 * gives it (`.map .pattern-ground.held`, `.map line.pattern-ink.held`, …).
 */
const LEVEL_PATTERNS: Readonly<
  Record<
    ControlLevel,
    { readonly kind: PatternKind; readonly tile: number; readonly family: string }
  >
> = {
  all: { kind: 'solid', tile: 10, family: 'held' },
  mostly: { kind: 'hatch', tile: 9, family: 'held' },
  largely: { kind: 'hatch', tile: 16, family: 'held' },
  partly: { kind: 'back-hatch', tile: 18, family: 'held' },
  pockets: { kind: 'dots', tile: 14, family: 'held' },
  demilitarized: { kind: 'cross', tile: 14, family: 'neutral' },
  returned: { kind: 'lines', tile: 12, family: 'returned' },
};

/** The marks of one tile of a pattern, over its ground. */
function tileMarks(kind: PatternKind, tile: number, family: string): SVGElement[] {
  const size = String(tile);
  const middle = String(tile / 2);
  const line = (x2: string, y2: string, y1 = '0') =>
    svg('line', { x1: '0', y1, x2, y2, class: `pattern-ink ${family}` });
  switch (kind) {
    case 'solid':
      return [svg('rect', { width: size, height: size, class: `pattern-ink ${family}` })];
    case 'hatch':
    case 'back-hatch':
      return [line('0', size)];
    case 'cross':
      return [line('0', size), line(size, '0')];
    case 'dots':
      return [svg('circle', { cx: middle, cy: middle, r: '2.6', class: `pattern-dot ${family}` })];
    case 'lines':
      return [line(size, middle, middle)];
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

const ROTATIONS: Readonly<Record<PatternKind, string | undefined>> = {
  solid: undefined,
  hatch: 'rotate(45)',
  'back-hatch': 'rotate(-45)',
  cross: 'rotate(45)',
  dots: undefined,
  lines: undefined,
};

let mapCount = 0;

/** One pattern per level, under ids of this map only (`prefix-level`). */
function patterns(prefix: string): SVGElement {
  const defs = svg('defs');
  for (const [level, { kind, tile, family }] of Object.entries(LEVEL_PATTERNS)) {
    const size = String(tile);
    defs.append(
      svg(
        'pattern',
        {
          id: `${prefix}-${level}`,
          width: size,
          height: size,
          patternUnits: 'userSpaceOnUse',
          patternTransform: ROTATIONS[kind],
        },
        svg('rect', { width: size, height: size, class: `pattern-ground ${family}` }),
        ...tileMarks(kind, tile, family),
      ),
    );
  }
  return defs;
}

/** A small square of a level's pattern, for the legend. */
function swatch(prefix: string, level: ControlLevel): SVGElement {
  return svg(
    'svg',
    { viewBox: '0 0 20 20', class: 'swatch', 'aria-hidden': 'true' },
    svg('rect', { width: '20', height: '20', fill: `url(#${prefix}-${level})` }),
  );
}

export interface MapView {
  readonly element: HTMLElement;
  /** Lights up the regions an issue concerns and says which they are in words. */
  highlight(regionIds: readonly string[], issueLabel: string | null): void;
  /**
   * Shades every region as `regions` (the model's mapUnderPackage) says a package leaves it,
   * outlines those it changes, and says so in a legend headed by `heading` (e.g. "Under the
   * tabled package") that calls the shading an approximation; null shades the map as it is today.
   */
  showRegions(regions: MapUnderPackage | null, heading?: string): void;
}

/**
 * A scenario's map by region, with each region's level shown by pattern and colour and told in
 * words (the legend, each region's title), and a caption. `legend` shows the legend of today's
 * levels; the legend of a package shows whenever a package is shown.
 */
export function buildMap(
  data: MapData,
  map: ScenarioMapView,
  options: { readonly title: string; readonly legend: boolean },
): MapView {
  const prefix = `map${++mapCount}-level`;
  const nameOf = (id: string) => data.regions.find((r) => r.id === id)?.name ?? id;
  const labels = new Map(map.levels.map(({ level, label }) => [level, label]));
  const label = (level: ControlLevel) => labels.get(level) ?? level;
  const drawing = svg('svg', { viewBox: data.viewBox, role: 'img', 'aria-label': options.title });
  drawing.append(patterns(prefix));
  const paths = new Map<string, { path: SVGElement; title: SVGElement; name: string }>();
  for (const region of data.regions) {
    const title = svg('title');
    const path = svg('path', { d: region.d, class: 'region' }, title);
    paths.set(region.id, { path, title, name: region.name });
    drawing.append(path);
  }
  const lit = svg('g', { class: 'lit-regions' });
  drawing.append(lit);
  const caption = h('p', { class: 'map-caption' });
  const legend = h('div', { class: 'map-legend-area' });
  const note = h('p', { class: 'map-note' }, `${map.note} ${MAP_CREDIT}`.trim());
  const element = h(
    'figure',
    { class: 'map' },
    drawing,
    h('figcaption', {}, caption, legend, note),
  );

  /** The legend's items: each level in use, with its regions; a changed region says what it was. */
  const legendItems = (regions: readonly RegionUnderPackage[], underPackage: boolean) =>
    map.levels.map(({ level }) => {
      const here = regions.filter((r) => r.level === level);
      if (here.length === 0) return null;
      const names = here.map((r) =>
        underPackage && r.level !== r.now
          ? `${nameOf(r.region)} (today: ${r.now ? label(r.now) : 'not marked'})`
          : nameOf(r.region),
      );
      return h(
        'li',
        {},
        swatch(prefix, level),
        h('span', {}, `${label(level)}: ${names.join(', ')}`),
      );
    });

  const view: MapView = {
    element,
    highlight(regionIds, issueLabel) {
      lit.replaceChildren();
      for (const id of regionIds) {
        const path = paths.get(id)?.path;
        if (path) lit.append(svg('path', { d: path.getAttribute('d') ?? '', class: 'region-lit' }));
      }
      if (issueLabel === null) caption.textContent = '';
      else if (regionIds.length === 0)
        caption.textContent = `${issueLabel}: concerns no region in particular.`;
      else caption.textContent = `${issueLabel}: ${regionIds.map(nameOf).join(', ')} (outlined).`;
    },
    showRegions(regions, heading = 'Under this package') {
      const shown = [...(regions ?? map.under(null)).values()];
      const byRegion = new Map(shown.map((r) => [r.region, r]));
      for (const [id, { path, title, name }] of paths) {
        const state = byRegion.get(id);
        const level = state?.level ?? null;
        const changed = regions !== null && state !== undefined && state.level !== state.now;
        if (level) path.setAttribute('fill', `url(#${prefix}-${level})`);
        else path.removeAttribute('fill');
        path.setAttribute('class', `region${level ? '' : ' plain'}${changed ? ' changed' : ''}`);
        const now = state?.now ? label(state.now) : 'not marked';
        title.textContent = !level
          ? name
          : changed
            ? `${name}, under the package: ${label(level)} (today: ${now})`
            : `${name}: ${label(level)}`;
      }
      const changedNames = shown.filter((r) => r.level !== r.now).map((r) => nameOf(r.region));
      if (regions) {
        replaceChildren(
          legend,
          h(
            'p',
            { class: 'map-legend-heading' },
            `${heading}, an approximation: `,
            changedNames.length === 0
              ? 'the package changes no region.'
              : `the package changes ${listed(changedNames)} (outlined).`,
          ),
          h('ul', { class: 'map-legend' }, ...legendItems(shown, true)),
        );
      } else {
        replaceChildren(
          legend,
          options.legend ? h('ul', { class: 'map-legend' }, ...legendItems(shown, false)) : null,
        );
      }
    },
  };
  view.highlight([], null);
  view.showRegions(null);
  return view;
}

/** A map a package can be shown on: the draft, the tabled or the signed package. */
export interface PackageMapView extends MapView {
  /**
   * Shades the map as the package would leave it (a draft may leave issues out), with a legend
   * headed by `heading` ("Under the draft package"); null shows the map as it is today.
   */
  showPackage(pkg: Package | null, heading?: string): void;
}

/**
 * The scenario's map, ready to show packages on; null for a scenario without a map (`map` null),
 * which then has no map region at all. `shows` ends its accessible name ("Map of …; …").
 */
export function packageMap(
  data: MapData,
  map: ScenarioMapView | null,
  options: { readonly shows: string; readonly legend: boolean },
): PackageMapView | null {
  if (!map) return null;
  const view = buildMap(data, map, {
    title: mapTitle(map, options.shows),
    legend: options.legend,
  });
  return {
    ...view,
    showPackage(pkg, heading) {
      view.showRegions(pkg ? map.under(pkg) : null, heading);
    },
  };
}

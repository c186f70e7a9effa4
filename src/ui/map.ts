import type { ControlLevel, MapInfo } from '../model/types';
import { h } from './dom';
import { prefetchedMap } from './map-source';

export interface MapRegion {
  readonly id: string;
  readonly name: string;
  readonly d: string;
}

export interface MapData {
  readonly viewBox: string;
  readonly regions: readonly MapRegion[];
}

export const MAP_CREDIT = 'Map: @svg-maps/ukraine, after MapSVG, CC BY 4.0.';

export const CONTROL_LABELS: Readonly<Record<ControlLevel, string>> = {
  mostly: 'Mostly Russian-held',
  largely: 'Largely Russian-held',
  pockets: 'Small Russian-held pockets',
};

const SVG = 'http://www.w3.org/2000/svg';
let parsed: MapData | null = null;

/** The region outlines from the downloaded SVG text (parsed once it has arrived). */
export function mapData(): MapData {
  if (parsed) return parsed;
  const text = prefetchedMap() ?? '';
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.querySelector('svg');
  const data = {
    viewBox: svg?.getAttribute('viewBox') ?? '0 0 1000 670',
    regions: Array.from(doc.querySelectorAll('path')).map((path) => ({
      id: path.getAttribute('id') ?? '',
      name: path.getAttribute('aria-label') ?? path.getAttribute('id') ?? '',
      d: path.getAttribute('d') ?? '',
    })),
  };
  if (text !== '') parsed = data;
  return data;
}

function svgElement(tag: string, attrs: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value);
  return element;
}

/** Hatching and dots, so control is told by pattern and legend as well as by colour. */
function patterns(): SVGElement {
  const defs = svgElement('defs', {});
  const hatch = (id: string, gap: number, colour: string) => {
    const pattern = svgElement('pattern', {
      id,
      width: String(gap),
      height: String(gap),
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    });
    pattern.append(
      svgElement('rect', { width: String(gap), height: String(gap), fill: '#f3d9d9' }),
      svgElement('line', {
        x1: '0',
        y1: '0',
        x2: '0',
        y2: String(gap),
        stroke: colour,
        'stroke-width': '5',
      }),
    );
    return pattern;
  };
  const dots = svgElement('pattern', {
    id: 'control-pockets',
    width: '14',
    height: '14',
    patternUnits: 'userSpaceOnUse',
  });
  dots.append(
    svgElement('rect', { width: '14', height: '14', fill: '#f6ecec' }),
    svgElement('circle', { cx: '7', cy: '7', r: '2.6', fill: '#9b2c3a' }),
  );
  defs.append(hatch('control-mostly', 9, '#7d1f2c'), hatch('control-largely', 16, '#b23a48'), dots);
  return defs;
}

export interface MapView {
  readonly element: HTMLElement;
  /** Lights up the regions an issue concerns and says which they are in words. */
  highlight(regionIds: readonly string[], issueLabel: string | null): void;
}

/** A map of Ukraine by region, with control shown qualitatively and a caption in words. */
export function buildMap(
  data: MapData,
  options: { readonly title: string; readonly info: MapInfo | undefined; readonly legend: boolean },
): MapView {
  const control = options.info?.control ?? {};
  const svg = svgElement('svg', {
    viewBox: data.viewBox,
    role: 'img',
    'aria-label': options.title,
  });
  svg.append(patterns());
  const paths = new Map<string, SVGElement>();
  for (const region of data.regions) {
    const level = control[region.id];
    const path = svgElement('path', {
      d: region.d,
      class: 'region',
      fill: level ? `url(#control-${level})` : '#e8edf2',
    });
    const title = svgElement('title', {});
    title.textContent = level
      ? `${region.name}: ${CONTROL_LABELS[level].toLowerCase()}`
      : region.name;
    path.append(title);
    paths.set(region.id, path);
    svg.append(path);
  }
  const lit = svgElement('g', { class: 'lit-regions' });
  svg.append(lit);
  const caption = h('p', { class: 'map-caption' });
  const nameOf = (id: string) => data.regions.find((r) => r.id === id)?.name ?? id;
  const levels = Object.keys(CONTROL_LABELS) as ControlLevel[];
  const legend = options.legend
    ? h(
        'ul',
        { class: 'map-legend' },
        ...levels.map((level) => {
          const regions = Object.entries(control)
            .filter(([, l]) => l === level)
            .map(([id]) => nameOf(id));
          if (regions.length === 0) return null;
          const swatch = svgElement('svg', {
            viewBox: '0 0 20 20',
            class: 'swatch',
            'aria-hidden': 'true',
          });
          // The main map defines the patterns; ids are shared across the document.
          swatch.append(
            svgElement('rect', { width: '20', height: '20', fill: `url(#control-${level})` }),
          );
          return h(
            'li',
            {},
            swatch,
            h('span', {}, `${CONTROL_LABELS[level]}: ${regions.join(', ')}`),
          );
        }),
      )
    : null;
  const element = h(
    'figure',
    { class: 'map' },
    svg,
    h(
      'figcaption',
      {},
      caption,
      legend,
      h('p', { class: 'map-note' }, `${options.info?.note ?? ''} ${MAP_CREDIT}`),
    ),
  );
  const view: MapView = {
    element,
    highlight(regionIds, issueLabel) {
      lit.replaceChildren();
      for (const id of regionIds) {
        const path = paths.get(id);
        if (path)
          lit.append(svgElement('path', { d: path.getAttribute('d') ?? '', class: 'region-lit' }));
      }
      if (issueLabel === null) caption.textContent = '';
      else if (regionIds.length === 0)
        caption.textContent = `${issueLabel}: concerns the country as a whole.`;
      else caption.textContent = `${issueLabel}: ${regionIds.map(nameOf).join(', ')} (outlined).`;
    },
  };
  view.highlight([], null);
  return view;
}

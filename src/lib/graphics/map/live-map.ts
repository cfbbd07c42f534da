/**
 * The MapLibre view of the projects, kept out of the Svelte component: the component says what to show
 * (hidden sectors, the projects in focus, the chosen project) and this module draws it.
 * Only loaded, with maplibre-gl, when the reader nears a map.
 */
import * as maplibregl from 'maplibre-gl';
import type { ExpressionSpecification, FilterSpecification, MapLayerMouseEvent, ErrorEvent, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geoBounds, geoCentroid } from 'd3-geo';
import { BASEMAP_STYLE_URL } from './map-config.ts';
import { plain } from '../../i18n/fallback.ts';
import { anchorPoint, focusBounds, SERBIA_BOUNDS, type LngLatBounds } from './map-camera.ts';
import { basemapStyle, projectFeatures, type MapColours } from './map-style.ts';
import { KOSOVO, SERBIA, type CountryCode } from './basemap.ts';
import { declutter, type PlacedLabel } from './declutter.ts';
import type { MapProject, StaticMapModel } from './static-map.ts';

maplibregl.setWorkerUrl(workerUrl);

export interface LiveMapOptions {
  container: HTMLElement;
  topology: Topology;
  projects: MapProject[];
  /** The town labels the static map placed: the live map shows the same ones. */
  places: StaticMapModel['places'];
  colours: MapColours;
  /** Explorable: the reader can pan, zoom and pick projects. Otherwise (a scrolly graphic) the map only follows the story. */
  explore: boolean;
  /** How readers see Serbia's and Kosovo's names, and each project's button. */
  countryNames: Record<CountryCode, string>;
  buttonLabel: (project: MapProject) => string;
  attribution: string;
  /** MapLibre's own words (its buttons, its scroll and touch hints), in the reader's language. */
  controls: Record<'map' | 'zoomIn' | 'zoomOut' | 'toggleAttribution' | 'ctrlScroll' | 'cmdScroll' | 'twoFingers', string>;
  onSelect?: (id: string) => void;
}

export interface LiveMap {
  map: maplibregl.Map;
  setHiddenSectors(sectors: string[]): void;
  /** Fly (or, under reduced motion, jump) to these projects, dimming the rest; no ids: all of Serbia. */
  focus(ids: string[] | undefined, animate: boolean): void;
  setSelected(id: string | null, animate: boolean): void;
  destroy(): void;
}

const LINES: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const POINTS: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];
const APPROXIMATE: ExpressionSpecification = ['==', ['get', 'approximate'], true];
const EXACT: ExpressionSpecification = ['==', ['get', 'approximate'], false];
const PROJECT_LAYERS = ['project-lines-exact', 'project-lines-approximate', 'project-halo', 'project-points'] as const;
const LAYER_FILTERS: Record<(typeof PROJECT_LAYERS)[number], ExpressionSpecification[]> = {
  'project-lines-exact': [LINES, EXACT],
  'project-lines-approximate': [LINES, APPROXIMATE],
  'project-halo': [POINTS, APPROXIMATE],
  'project-points': [POINTS],
};

function padding(container: HTMLElement) {
  const edge = Math.min(48, container.clientWidth / 10);
  return { top: edge, right: edge, bottom: edge, left: edge };
}

export function createLiveMap(options: LiveMapOptions): Promise<LiveMap> {
  const { container, topology, projects, colours, explore } = options;
  const ownStyle = BASEMAP_STYLE_URL === null;
  const map = new maplibregl.Map({
    container,
    style: (BASEMAP_STYLE_URL ?? basemapStyle(topology, colours)) as string | StyleSpecification,
    bounds: SERBIA_BOUNDS,
    fitBoundsOptions: { padding: padding(container) },
    interactive: explore,
    cooperativeGestures: explore,
    attributionControl: { compact: true, customAttribution: ownStyle ? options.attribution : undefined },
    canvasContextAttributes: { preserveDrawingBuffer: true },
    locale: {
      'Map.Title': options.controls.map,
      'NavigationControl.ZoomIn': options.controls.zoomIn,
      'NavigationControl.ZoomOut': options.controls.zoomOut,
      'AttributionControl.ToggleAttribution': options.controls.toggleAttribution,
      'CooperativeGesturesHandler.WindowsHelpText': options.controls.ctrlScroll,
      'CooperativeGesturesHandler.MacHelpText': options.controls.cmdScroll,
      'CooperativeGesturesHandler.MobileHelpText': options.controls.twoFingers,
    },
  });
  // Reachable from the page for the browser tests (and a newsroom's debugging): document.querySelector(…).maplibreMap.
  Object.assign(container, { maplibreMap: map });
  if (explore) map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  // MapLibre makes its canvas a second "Map" region inside ours; a page with two maps would have two.
  else for (const attribute of ['role', 'aria-label']) map.getCanvas().removeAttribute(attribute);

  let hidden: string[] = [];
  let focused: string[] = [];
  let selected: string | null = null;
  const markers = new Map<string, { marker: maplibregl.Marker; element: HTMLButtonElement; sector: string }>();
  let firstView = true;

  /**
   * Labels are markers at their point holding a text that sits on one side of it; after every move (declutter.ts)
   * each takes the first side where it is whole inside the map and clear of the labels placed before it, or is
   * hidden: the projects in focus first, then Serbia and Kosovo, the towns (most mentioned first), the neighbours.
   */
  const labels: PlacedLabel[] = [];
  function addLabel(text: string, lngLat: [number, number], kind: PlacedLabel['kind'], extent?: PlacedLabel['extent']): PlacedLabel {
    const element = document.createElement('span');
    element.className = 'map-label-anchor';
    const inner = document.createElement('span');
    inner.className = `map-label ${kind}`;
    inner.textContent = text;
    element.append(inner);
    element.setAttribute('aria-hidden', 'true');
    const marker = new maplibregl.Marker({ element, anchor: 'center' }).setLngLat(lngLat).addTo(map);
    const label = { kind, marker, text: inner, lngLat, extent };
    labels.push(label);
    return label;
  }

  /** Names the projects in focus beside their marker, so a close-up says what it shows. */
  function labelFocus() {
    for (const label of labels.filter((l) => l.kind === 'focus')) {
      label.marker.remove();
      labels.splice(labels.indexOf(label), 1);
    }
    for (const project of projects.filter((p) => p.location && focused.includes(p.id)))
      addLabel(plain(project.name).split(/ \(|, /)[0], anchorPoint(project.location!), 'focus');
  }

  function placeLabels() {
    const bounds = map.getBounds().toArray() as [[number, number], [number, number]];
    const obstacles = [...container.querySelectorAll('.maplibregl-ctrl')].map((control) => control.getBoundingClientRect());
    declutter(
      labels,
      { box: container.getBoundingClientRect(), obstacles, bounds },
      (lngLat) => {
        const { x, y } = map.project(lngLat);
        return [x, y];
      },
      (point) => map.unproject(point).toArray() as [number, number],
    );
  }

  const inList = (ids: string[]): ExpressionSpecification => ['in', ['get', 'id'], ['literal', ids]];
  const emphasis = (on: number, off: number): ExpressionSpecification | number =>
    focused.length ? ['case', inList(focused), on, off] : on;

  function applyFilters() {
    const visible: ExpressionSpecification = ['!', ['in', ['get', 'sector'], ['literal', hidden]]];
    for (const layer of PROJECT_LAYERS) map.setFilter(layer, ['all', ...LAYER_FILTERS[layer], visible]);
    for (const { element, sector } of markers.values()) element.hidden = hidden.includes(sector);
  }

  function applyEmphasis() {
    const chosen = selected ? [selected] : [];
    map.setPaintProperty('project-points', 'circle-opacity', emphasis(1, 0.3));
    map.setPaintProperty('project-points', 'circle-stroke-opacity', emphasis(1, 0.3));
    map.setPaintProperty('project-points', 'circle-radius', ['case', inList(chosen), 9, 6]);
    map.setPaintProperty('project-points', 'circle-stroke-color', ['case', inList(chosen), colours.text, colours.background]);
    map.setPaintProperty('project-halo', 'circle-opacity', emphasis(0.25, 0.08));
    for (const layer of ['project-lines-exact', 'project-lines-approximate']) {
      map.setPaintProperty(layer, 'line-opacity', emphasis(1, 0.3));
      map.setPaintProperty(layer, 'line-width', ['case', inList(chosen), 7, 4]);
    }
    for (const [id, { element }] of markers) element.classList.toggle('is-selected', id === selected);
  }

  function addProjects() {
    map.addSource('projects', { type: 'geojson', data: projectFeatures(projects, colours) });
    map.addLayer({ id: 'project-lines-exact', type: 'line', source: 'projects', paint: { 'line-color': ['get', 'colour'] }, layout: { 'line-cap': 'round' } });
    // Routes are straight lines between the places named: dashed, so they do not pass for the real track.
    map.addLayer({
      id: 'project-lines-approximate',
      type: 'line',
      source: 'projects',
      paint: { 'line-color': ['get', 'colour'], 'line-dasharray': [2, 1.5] },
    });
    // An approximate point gets a soft halo: "somewhere about here".
    map.addLayer({ id: 'project-halo', type: 'circle', source: 'projects', paint: { 'circle-color': ['get', 'colour'], 'circle-radius': 16, 'circle-blur': 0.4 } });
    map.addLayer({
      id: 'project-points',
      type: 'circle',
      source: 'projects',
      paint: { 'circle-color': ['get', 'colour'], 'circle-stroke-width': 1.5 },
    });
    applyFilters();
    applyEmphasis();
  }

  function addLabels() {
    const countries = feature(topology, topology.objects.countries as GeometryCollection<{ code: CountryCode }>).features;
    const home = (code: CountryCode) => code === SERBIA || code === KOSOVO;
    for (const country of countries.filter((c) => home(c.properties.code)))
      addLabel(options.countryNames[country.properties.code], geoCentroid(country) as [number, number], 'country');
    // The towns the static map named, and the others only in close-ups: the first view names what the static map did.
    for (const place of options.places)
      Object.assign(addLabel(plain(place.name), place.lngLat, place.kind === 'river' ? 'river' : place.shown ? 'place' : 'closeup'), { along: place.along, closeUp: !place.shown });
    for (const country of countries.filter((c) => !home(c.properties.code) && options.countryNames[c.properties.code]))
      addLabel(options.countryNames[country.properties.code], geoCentroid(country) as [number, number], 'neighbour', geoBounds(country));
  }

  /** One focusable button per project: Tab reaches the first, arrow keys move between them, Enter opens the panel. */
  function addProjectButtons() {
    const located = projects.filter((p) => p.location);
    located.forEach((project, i) => {
      const element = document.createElement('button');
      element.type = 'button';
      element.className = 'map-project';
      element.tabIndex = i === 0 ? 0 : -1;
      element.dataset.project = project.id;
      element.setAttribute('aria-label', options.buttonLabel(project));
      element.addEventListener('click', () => options.onSelect?.(project.id));
      element.addEventListener('keydown', (event) => {
        const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
        const ends = { Home: 0, End: located.length - 1 }[event.key];
        if (step === undefined && ends === undefined) return;
        event.preventDefault();
        const visible = located.filter((p) => !hidden.includes(p.sector));
        const at = visible.findIndex((p) => p.id === project.id);
        const next = ends !== undefined ? visible[ends === 0 ? 0 : visible.length - 1] : visible[(at + step! + visible.length) % visible.length];
        const target = next && markers.get(next.id)?.element;
        if (!target) return;
        for (const { element: other } of markers.values()) other.tabIndex = -1;
        target.tabIndex = 0;
        target.focus();
      });
      const marker = new maplibregl.Marker({ element }).setLngLat(anchorPoint(project.location!)).addTo(map);
      markers.set(project.id, { marker, element, sector: project.sector });
    });
    // Routes can be picked anywhere along their line, not only at their button.
    map.on('click', ['project-lines-exact', 'project-lines-approximate'], (event: MapLayerMouseEvent) => {
      const id = event.features?.[0]?.properties?.id;
      if (typeof id === 'string') options.onSelect?.(id);
    });
  }

  return new Promise((resolve, reject) => {
    map.once('error', (event: ErrorEvent) => reject(event.error));
    map.on('load', () => {
      addProjects();
      if (ownStyle) addLabels();
      if (explore) addProjectButtons();
      map.on('moveend', placeLabels);
      map.on('resize', placeLabels);
      // Labels keep clear of the controls, whose size changes as the attribution opens and closes.
      const controls = new ResizeObserver(() => placeLabels());
      for (const control of container.querySelectorAll('.maplibregl-ctrl')) controls.observe(control);
      map.once('remove', () => controls.disconnect());
      map.once('idle', () => {
        placeLabels();
        resolve({
          map,
          setHiddenSectors(sectors) {
            hidden = sectors;
            applyFilters();
          },
          focus(ids, animate) {
            focused = ids ?? [];
            applyEmphasis();
            labelFocus();
            placeLabels();
            const bounds: LngLatBounds = (ids && focusBounds(projects, ids)) || SERBIA_BOUNDS;
            // The first view is set before the reader sees the map: a jump, never a flight.
            map.fitBounds(bounds, { padding: padding(container), animate: animate && !firstView, duration: 1600, essential: false });
            firstView = false;
          },
          setSelected(id, animate) {
            selected = id;
            applyEmphasis();
            const project = projects.find((p) => p.id === id);
            if (project?.location && !map.getBounds().contains(anchorPoint(project.location)))
              map.easeTo({ center: anchorPoint(project.location), animate });
          },
          destroy() {
            map.remove();
          },
        });
      });
    });
  });
}

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
import { nameButton } from './marker-names.ts';
import { anchorPoint, SERBIA_BOUNDS } from './map-camera.ts';
import { basemapStyle, projectFeatures, type MapColours } from './map-style.ts';
import { KOSOVO, SERBIA, type CountryCode, type Geography } from './basemap.ts';
import { declutter, type PlacedLabel } from './declutter.ts';
import { groupMarkers, keyboardOrder, panToClear, type Rect } from './marker-layout.ts';
import type { MapModel, MapProject } from './static-map.ts';

maplibregl.setWorkerUrl(workerUrl);

export interface LiveMapOptions {
  container: HTMLElement;
  /** The region's shapes (map/basemap.json). */
  topology: Topology;
  geography: Pick<Geography, 'rivers' | 'lakes' | 'towns'>;
  projects: MapProject[];
  /** The town labels the static map placed: the live map shows the same ones. */
  places: MapModel['places'];
  colours: MapColours;
  /** How readers see Serbia's and Kosovo's names, and each project's button. */
  countryNames: Record<CountryCode, string>;
  /** Each project's button, and a group's: in the page's words, English parts marked (i18n/fallback.ts). */
  buttonLabel: (project: MapProject) => string;
  /** What a marker standing for several projects at one place says to screen readers. */
  groupLabel: (projects: MapProject[]) => string;
  attribution: string;
  /** MapLibre's own words (its buttons, its scroll and touch hints), in the reader's language. */
  controls: Record<'map' | 'zoomIn' | 'zoomOut' | 'toggleAttribution' | 'ctrlScroll' | 'cmdScroll' | 'twoFingers', string>;
  onSelect?: (id: string) => void;
  /** A marker standing for several projects was picked: offer them (at `point`, in the container's pixels). */
  onChoose?: (ids: string[], point: { x: number; y: number }) => void;
  /** The reader moved the map or clicked elsewhere on it: whatever was offered at a point no longer fits. */
  onDismiss?: () => void;
}

/** What the panel covers and what of the map is on screen, in the container's pixels. */
export interface ClearArea {
  view: Rect;
  cover: Rect | null;
}

export interface LiveMap {
  map: maplibregl.Map;
  setHiddenSectors(sectors: string[]): void;
  /** Chooses a project; with `clear`, pans so that its marker is on screen and outside what the panel covers. */
  setSelected(id: string | null, animate: boolean, clear?: ClearArea): void;
  /** The marker that stands for this project now: its own, or that of its group. */
  markerOf(id: string): HTMLButtonElement | undefined;
  /** Where the project's marker is, in the container's pixels. */
  pointOf(id: string): { x: number; y: number } | undefined;
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

/** Marker centres closer than this (px) are gathered: a 24 px button, a 28 px group marker and a gap. */
const GROUP_GAP = 30;
/** How far inside the clear part of the map a chosen marker is kept (px): the marker and its ring. */
const MARKER_MARGIN = 20;

function padding(container: HTMLElement) {
  const edge = Math.min(48, container.clientWidth / 10);
  return { top: edge, right: edge, bottom: edge, left: edge };
}

export function createLiveMap(options: LiveMapOptions): Promise<LiveMap> {
  const { container, topology, projects, colours } = options;
  const ownStyle = BASEMAP_STYLE_URL === null;
  const map = new maplibregl.Map({
    container,
    style: (BASEMAP_STYLE_URL ?? basemapStyle(topology, colours, options.geography)) as string | StyleSpecification,
    bounds: SERBIA_BOUNDS,
    fitBoundsOptions: { padding: padding(container) },
    cooperativeGestures: true,
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
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');

  let hidden: string[] = [];
  let selected: string | null = null;
  const markers = new Map<string, { marker: maplibregl.Marker; element: HTMLButtonElement; sector: string }>();
  /** Markers standing for several projects whose buttons would overlap at this zoom (see regroup). */
  let groups: { ids: string[]; marker: maplibregl.Marker; element: HTMLButtonElement }[] = [];
  const grouped = new Set<string>();
  /** The project whose marker (or group) Tab reaches: one tab stop for the whole map. */
  let tabStop: string | undefined;

  /**
   * Labels are markers at their point holding a text that sits on one side of it; after every move (declutter.ts)
   * each takes the first side where it is whole inside the map and clear of the labels placed before it, or is
   * hidden: Serbia and Kosovo first, the towns (most mentioned first), the neighbours.
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

  function placeLabels() {
    const bounds = map.getBounds().toArray() as [[number, number], [number, number]];
    // The controls, and the markers that stand for several projects (their count is text a label must not cover).
    const obstacles = [...container.querySelectorAll('.maplibregl-ctrl, .map-group:not([hidden])')].map((el) => el.getBoundingClientRect());
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

  function applyFilters() {
    const visible: ExpressionSpecification = ['!', ['in', ['get', 'sector'], ['literal', hidden]]];
    for (const layer of PROJECT_LAYERS) map.setFilter(layer, ['all', ...LAYER_FILTERS[layer], visible]);
    for (const [id, { element, sector }] of markers) element.hidden = hidden.includes(sector) || grouped.has(id);
  }

  function applyEmphasis() {
    const chosen = selected ? [selected] : [];
    map.setPaintProperty('project-points', 'circle-radius', ['case', inList(chosen), 9, 6]);
    map.setPaintProperty('project-points', 'circle-stroke-color', ['case', inList(chosen), colours.text, colours.background]);
    for (const layer of ['project-lines-exact', 'project-lines-approximate']) map.setPaintProperty(layer, 'line-width', ['case', inList(chosen), 7, 4]);
    for (const [id, { element }] of markers) element.classList.toggle('is-selected', id === selected);
    for (const group of groups) group.element.classList.toggle('is-selected', selected !== null && group.ids.includes(selected));
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
    map.addLayer({ id: 'project-halo', type: 'circle', source: 'projects', paint: { 'circle-color': ['get', 'colour'], 'circle-radius': 16, 'circle-blur': 0.4, 'circle-opacity': 0.25 } });
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

  const located = projects.filter((p) => p.location);
  const point = (marker: maplibregl.Marker) => map.project(marker.getLngLat());

  /** The buttons the reader can reach now, each with the projects it stands for. */
  function reachable(): { element: HTMLButtonElement; ids: string[]; marker: maplibregl.Marker }[] {
    return [
      ...[...markers].filter(([, m]) => !m.element.hidden).map(([id, m]) => ({ element: m.element, ids: [id], marker: m.marker })),
      ...groups,
    ];
  }

  function markerOf(id: string): HTMLButtonElement | undefined {
    return reachable().find((m) => m.ids.includes(id))?.element;
  }

  function setTabStop(id: string | undefined) {
    const all = reachable();
    const stop = all.find((m) => id !== undefined && m.ids.includes(id)) ?? keyboardOrder(all.map((m) => ({ ...m, ...point(m.marker) })))[0];
    tabStop = stop?.ids[0];
    for (const m of all) m.element.tabIndex = m === stop ? 0 : -1;
  }

  /**
   * Arrow keys move between the markers on screen, west to east, and never reach the map (whose own keyboard
   * handler would pan it: the focus would then leave the screen). Home and End go to the first and the last.
   */
  function onMarkerKey(event: KeyboardEvent) {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    const end = { Home: 0, End: 1 }[event.key];
    if (step === undefined && end === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    const { clientWidth: width, clientHeight: height } = container;
    const all = keyboardOrder(reachable().map((m) => ({ ...m, ...point(m.marker) })));
    const onScreen = all.filter((m) => m.x >= 0 && m.x <= width && m.y >= 0 && m.y <= height);
    const order = onScreen.length ? onScreen : all;
    const at = order.findIndex((m) => m.element === event.currentTarget);
    const next = end !== undefined ? order[end === 0 ? 0 : order.length - 1] : order[(at + step! + order.length) % order.length];
    if (!next) return;
    setTabStop(next.ids[0]);
    // preventScroll: focusing a marker must not scroll the map's container either.
    next.element.focus({ preventScroll: true });
  }

  /**
   * Markers whose buttons would overlap at this zoom are gathered into one, with their count, that offers them
   * (Bor's mines and smelter share a point; Belgrade holds several projects). Zooming in spreads them again.
   */
  function regroup() {
    if (!markers.size) return;
    const focusedId = reachable().find((m) => m.element === document.activeElement)?.ids[0];
    for (const group of groups) group.marker.remove();
    grouped.clear();
    const visible = located.filter((p) => !hidden.includes(p.sector));
    const placed = visible.map((p) => ({ id: p.id, ...point(markers.get(p.id)!.marker) }));
    groups = groupMarkers(placed, GROUP_GAP)
      .filter((g) => g.ids.length > 1)
      .map((g) => {
        const members = g.ids.map((id) => projects.find((p) => p.id === id)!);
        const element = document.createElement('button');
        element.type = 'button';
        element.className = 'map-group';
        element.tabIndex = -1;
        element.dataset.projects = g.ids.join(' ');
        nameButton(element, options.groupLabel(members), String(g.ids.length));
        element.addEventListener('keydown', onMarkerKey);
        element.addEventListener('click', () => {
          const { x, y } = map.project(marker.getLngLat());
          options.onChoose?.(g.ids, { x, y });
        });
        const marker = new maplibregl.Marker({ element }).setLngLat(map.unproject([g.x, g.y])).addTo(map);
        for (const id of g.ids) grouped.add(id);
        return { ids: g.ids, marker, element };
      });
    applyFilters();
    applyEmphasis();
    setTabStop(focusedId ?? tabStop);
    // The reader was on a marker that has just been gathered or spread: keep the focus on what stands for it now.
    if (focusedId) markerOf(focusedId)?.focus({ preventScroll: true });
    // The labels keep clear of the new groups.
    placeLabels();
  }

  /** One button per project over its WebGL marker: Tab reaches the first, arrow keys move between them, Enter opens the panel. */
  function addProjectButtons() {
    for (const project of located) {
      const element = document.createElement('button');
      element.type = 'button';
      element.className = 'map-project';
      element.tabIndex = -1;
      element.dataset.project = project.id;
      nameButton(element, options.buttonLabel(project));
      element.addEventListener('click', () => options.onSelect?.(project.id));
      element.addEventListener('keydown', onMarkerKey);
      const marker = new maplibregl.Marker({ element }).setLngLat(anchorPoint(project.location!)).addTo(map);
      markers.set(project.id, { marker, element, sector: project.sector });
    }
    regroup();
    map.on('zoomend', regroup);
    map.on('resize', regroup);
    map.on('movestart', (event) => {
      // Only the reader's own moves (our pans to keep a marker clear carry no originalEvent).
      if ((event as { originalEvent?: Event }).originalEvent) options.onDismiss?.();
    });
    // A click on a marker reaches the map too: it is the marker's alone (not the dismissal of its chooser, nor a
    // pick of a route that passes under it).
    const onMarker = (event: { originalEvent: Event }) => !!(event.originalEvent.target as Element | null)?.closest?.('.map-group, .map-project');
    map.on('click', (event) => {
      if (!onMarker(event)) options.onDismiss?.();
    });
    // Routes can be picked anywhere along their line, not only at their button.
    map.on('click', ['project-lines-exact', 'project-lines-approximate'], (event: MapLayerMouseEvent) => {
      if (onMarker(event)) return;
      const id = event.features?.[0]?.properties?.id;
      if (typeof id === 'string') options.onSelect?.(id);
    });
  }

  return new Promise((resolve, reject) => {
    map.once('error', (event: ErrorEvent) => reject(event.error));
    map.on('load', () => {
      addProjects();
      if (ownStyle) addLabels();
      addProjectButtons();
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
            regroup();
          },
          setSelected(id, animate, clear) {
            selected = id;
            applyEmphasis();
            const project = projects.find((p) => p.id === id);
            if (!project?.location) return;
            if (id) setTabStop(id);
            if (clear) {
              const [dx, dy] = panToClear(map.project(anchorPoint(project.location)), clear.view, clear.cover, MARKER_MARGIN);
              if (dx || dy) map.panBy([dx, dy], { animate });
            } else if (!map.getBounds().contains(anchorPoint(project.location))) map.easeTo({ center: anchorPoint(project.location), animate });
          },
          markerOf,
          pointOf(id) {
            const project = projects.find((p) => p.id === id);
            if (!project?.location) return undefined;
            const { x, y } = map.project(anchorPoint(project.location));
            return { x, y };
          },
          destroy() {
            map.remove();
          },
        });
      });
    });
  });
}

import { describe, expect, it } from 'vitest';
import { anchorPoint, focusBounds, locationCoordinates } from '../../src/lib/graphics/map/map-camera.ts';
import type { MapProject } from '../../src/lib/graphics/map/static-map.ts';

const project = (id: string, location: MapProject['location']): MapProject => ({ id, name: id, sector: 'transport', places: [], status: 'completed', location });
const bridge = project('bridge', { type: 'Point', coordinates: [20.45, 44.84], precision: 'exact' });
const road = project('road', { type: 'LineString', coordinates: [[20.5, 44.9], [20.4, 45.4], [19.8, 45.3]], precision: 'approximate' });
const mines = project('mines', { type: 'MultiPoint', coordinates: [[22.1, 44.1], [22.0, 44.4]], precision: 'approximate' });
const nowhere = project('nowhere', null);

describe('focusBounds', () => {
  it('grows a single point to the minimum span, centred on it', () => {
    const [[w, s], [e, n]] = focusBounds([bridge], ['bridge'], 0.6)!;
    expect(e - w).toBeCloseTo(0.6);
    expect(n - s).toBeCloseTo(0.6);
    expect((w + e) / 2).toBeCloseTo(20.45);
    expect((s + n) / 2).toBeCloseTo(44.84);
  });

  it('covers every vertex of a route and every chosen project', () => {
    const [[w, s], [e, n]] = focusBounds([bridge, road, mines], ['road', 'mines'])!;
    expect([w, s, e, n]).toEqual([19.8, 44.1, 22.1, 45.4]);
  });

  it('is undefined when no chosen project has a location', () => {
    expect(focusBounds([bridge, nowhere], ['nowhere'])).toBeUndefined();
    expect(focusBounds([bridge], ['bridge'])![1][0] - focusBounds([bridge], ['bridge'])![0][0]).toBeCloseTo(1);
    expect(focusBounds([bridge], ['missing'])).toBeUndefined();
  });
});

describe('anchorPoint', () => {
  it('puts a route’s marker on its middle vertex, or between the two middle ones', () => {
    expect(anchorPoint(road.location!)).toEqual([20.4, 45.4]);
    expect(anchorPoint({ type: 'LineString', coordinates: [[20, 44], [21, 45]], precision: 'approximate' })).toEqual([20.5, 44.5]);
  });

  it('uses the point, or the first of several points', () => {
    expect(anchorPoint(bridge.location!)).toEqual([20.45, 44.84]);
    expect(anchorPoint(mines.location!)).toEqual([22.1, 44.1]);
  });

  it('flattens every geometry to its coordinates', () => {
    expect(locationCoordinates(null)).toEqual([]);
    expect(locationCoordinates({ type: 'MultiLineString', coordinates: [[[1, 2], [3, 4]], [[5, 6]]], precision: 'approximate' })).toHaveLength(3);
  });
});

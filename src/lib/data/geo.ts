/** Serbia's wider region (the Balkans and their neighbours): any project point must fall inside. */
export const REGION = { west: 13, east: 30, south: 39, north: 49 } as const;

function inRegion(lon: number, lat: number): boolean {
  return lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north;
}

/** A plain-words problem with a [lon, lat] pair, or null when it lies in Serbia's wider region. */
export function checkLonLat([lon, lat]: readonly [number, number]): string | null {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return 'must be two numbers, [longitude, latitude]';
  if (inRegion(lon, lat)) return null;
  if (inRegion(lat, lon))
    return `[${lon}, ${lat}] looks like [latitude, longitude]: write [longitude, latitude], i.e. [${lat}, ${lon}]`;
  return (
    `[${lon}, ${lat}] is outside Serbia's wider region ` +
    `(longitude ${REGION.west} to ${REGION.east}, latitude ${REGION.south} to ${REGION.north})`
  );
}

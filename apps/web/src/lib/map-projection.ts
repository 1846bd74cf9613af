/** A point on the earth, as the API gives municipalities and regions. */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** The drawing a projection fills: its size and the margin kept free around the points. */
export interface Canvas {
  width: number;
  height: number;
  margin: number;
}

/**
 * Equirectangular projection of points into a drawing (no map tiles, nothing from other hosts),
 * longitudes shortened by the cosine of the middle latitude (at 51° N a degree east is 0.63 of a
 * degree north), scaled to fit the canvas inside its margin.
 */
export function projection(points: readonly GeoPoint[], { width, height, margin }: Canvas): (point: GeoPoint) => { x: number; y: number } {
  const lats = points.map((p) => p.latitude);
  const lons = points.map((p) => p.longitude);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const squeeze = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * squeeze, 0.01);
  const spanY = Math.max(maxLat - minLat, 0.01);
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  return (p) => ({ x: margin + (p.longitude - minLon) * squeeze * scale, y: height - margin - (p.latitude - minLat) * scale });
}

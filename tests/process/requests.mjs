// What the page asks for on a first visit, read from the app itself, and a valid widget write.

/** The page, its built files, the lists it loads, and every layer as the page asks for it (lines at zoom 4, points whole). */
export async function firstRequests(url) {
  const html = await (await fetch(`${url}/`)).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  const overlays = await (await fetch(`${url}/api/layers`)).json();
  const basemap = await (await fetch(`${url}/api/basemap`)).json();
  const layerPath = (base, layer) => (layer.geometryType.includes('Point') ? `${base}/${layer.id}` : `${base}/${layer.id}?zoom=4`);
  return [
    '/', ...assets, '/api/layers', '/api/basemap', '/api/trade/series', '/api/trade/context',
    ...overlays.map((l) => layerPath('/api/layers', l)), ...overlays.map((l) => `/api/layers/${l.id}`),
    ...basemap.layers.map((l) => layerPath('/api/basemap', l)),
    '/api/routes', '/api/routes/nodes', '/api/routes/compare?ids=middle-corridor,northern-corridor',
  ];
}

export async function postWidget(url, title, { agent } = {}) {
  const response = await fetch(`${url}/api/widgets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, caption: '', layers: ['hubs'], year: null, center: [44, 80], zoom: 6, basemap: 'offline' }),
    dispatcher: agent,
  });
  const body = await response.json();
  return { status: response.status, id: body.id, title };
}

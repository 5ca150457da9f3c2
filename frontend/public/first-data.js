// The first view's data, read and parsed as soon as it arrives, while the app's modules are still loading: the
// preloads in index.html name the requests, and api.ts takes each answer once. A classic script asked for first and
// at high priority (index.html), so it usually runs before the modules; when it does not, it stands down.
(() => {
  const start = () => {
    // The app began asking before this script ran: it asks the API for everything itself.
    if (window.atlasFirstAnswers !== undefined) return;
    // A view at another zoom (a permalink) asks for other answers: the preloads for zoom 4 are not read for it.
    const zoom = /^(\d+)\//.exec(new URLSearchParams(location.search).get('view') ?? '')?.[1];
    const answers = new Map();
    for (const link of document.querySelectorAll('link[rel="preload"][as="fetch"]')) {
      const path = link.getAttribute('href');
      const forZoom = new URL(path, location.href).searchParams.get('zoom');
      if (zoom && forZoom && forZoom !== zoom) continue;
      // The request the preload made, matched as it was made. An error or a failed answer is left for the app to
      // ask again and report in its own words.
      answers.set(path, fetch(path)
        .then((response) => (response.ok ? response.json() : (response.body?.cancel(), undefined)))
        .catch(() => undefined));
    }
    window.atlasFirstAnswers = answers;
  };
  // The preloads are read once the page is parsed (before the modules run), wherever this script sits in it.
  if (document.readyState === 'loading') document.addEventListener('readystatechange', start, { once: true });
  else start();
})();

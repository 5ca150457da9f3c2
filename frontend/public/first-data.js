// The first view's data, read and parsed as soon as it arrives, while the app's modules are still loading: the
// preloads in index.html name the requests, and api.ts takes each answer once. A classic script asked for first and
// at high priority (index.html), so it runs well before the modules.
(() => {
  const start = () => {
    // The app began asking before this script ran: it asks the API for everything itself, so this one stands down.
    if (window.atlasFirstAnswers !== undefined) return;
    const answers = new Map();
    for (const link of document.querySelectorAll('link[rel="preload"][as="fetch"]')) {
      const path = link.getAttribute('href');
      // An error or a failed answer is left for the app to ask again and report in its own words.
      answers.set(path, fetch(path, { headers: { Accept: 'application/json, application/geo+json' } })
        .then((response) => (response.ok ? response.json() : undefined))
        .catch(() => undefined));
    }
    window.atlasFirstAnswers = answers;
  };
  // The preloads are read once the page is parsed (before the modules run), wherever this script sits in it.
  if (document.readyState === 'loading') document.addEventListener('readystatechange', start, { once: true });
  else start();
})();

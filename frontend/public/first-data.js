// The first view's data, read and parsed as soon as it arrives, while the app's modules are still loading (a classic
// script, so it runs before them): the preloads in index.html name the requests, and api.ts takes each answer once.
(() => {
  const answers = new Map();
  for (const link of document.querySelectorAll('link[rel="preload"][as="fetch"]')) {
    const path = link.getAttribute('href');
    // An error or a failed answer is left for the app to ask again and report in its own words.
    answers.set(path, fetch(path, { headers: { Accept: 'application/json, application/geo+json' } })
      .then((response) => (response.ok ? response.json() : undefined))
      .catch(() => undefined));
  }
  window.atlasFirstAnswers = answers;
})();

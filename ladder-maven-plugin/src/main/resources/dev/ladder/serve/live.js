// The live preview's script, put into pages only by the preview server (never into a built site).
// It listens for finished builds, reloads the page when a build changed it or a file it uses (keeping
// the scroll position), and shows the build's problems over the page.
(() => {
  'use strict';
  const script = document.currentScript;
  const tools = script.dataset.tools;
  const base = script.dataset.base;
  const page = script.dataset.page;
  const scrollKey = 'ladder-preview-scroll ' + location.pathname;
  const dismissKey = 'ladder-preview-dismissed';

  if ('scrollRestoration' in history) {
    history.scrollRestoration = 'manual';
  }
  const saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    const [x, y] = JSON.parse(saved);
    const restore = () => window.scrollTo(x, y);
    if (document.readyState === 'complete') {
      restore();
    } else {
      window.addEventListener('load', restore, { once: true });
    }
  }

  // The addresses whose change shows on this page: the page itself and its stylesheets and scripts.
  const sitePathname = (path) => new URL(base + path, location.origin).pathname;
  const uses = new Set([sitePathname(page)]);
  for (const element of document.querySelectorAll('link[rel~="stylesheet"][href], script[src]')) {
    const url = new URL(element.href || element.src, document.baseURI);
    if (url.origin === location.origin) {
      uses.add(url.pathname);
    }
  }

  let host = null;
  // What the page shows of the last build's problems: 'none', 'shown' or 'dismissed'.
  const removeOverlay = (state) => {
    if (host) {
      host.remove();
      host = null;
    }
    document.documentElement.dataset.ladderProblems = state;
  };

  // Only the answer to the latest request counts: an earlier one may arrive after it.
  let requests = 0;
  const showProblems = async (build) => {
    const request = ++requests;
    let html;
    try {
      const response = await fetch(tools + 'overlay?build=' + encodeURIComponent(build), { cache: 'no-store' });
      html = await response.text();
    } catch (error) {
      return;
    }
    if (request !== requests) {
      return;
    }
    if (!html.includes('data-ladder-problems')) {
      removeOverlay('none');
      return;
    }
    if (!host) {
      host = document.createElement('ladder-problems');
      host.attachShadow({ mode: 'open' });
      document.body.append(host);
    }
    // The server renders the overlay from a template that escapes every value taken from the content.
    host.shadowRoot.innerHTML = html;
    const bar = host.shadowRoot.querySelector('[data-signature]');
    if (bar) {
      if (sessionStorage.getItem(dismissKey) === bar.dataset.signature) {
        removeOverlay('dismissed');
        return;
      }
      host.shadowRoot.querySelector('[data-ladder-dismiss]').addEventListener('click', () => {
        sessionStorage.setItem(dismissKey, bar.dataset.signature);
        removeOverlay('dismissed');
      });
    }
    document.documentElement.dataset.ladderProblems = 'shown';
  };

  const reload = () => {
    sessionStorage.setItem(scrollKey, JSON.stringify([window.scrollX, window.scrollY]));
    location.reload();
  };

  const events = new EventSource(tools + 'events?since=' + encodeURIComponent(script.dataset.build));
  events.addEventListener('build', (message) => {
    const build = JSON.parse(message.data);
    document.documentElement.dataset.ladderBuild = build.build;
    if (build.everything || build.changed.some((path) => uses.has(sitePathname(path)))) {
      events.close();
      reload();
      return;
    }
    showProblems(build.build);
  });
  window.addEventListener('pagehide', () => events.close());
  document.documentElement.dataset.ladderBuild = script.dataset.build;
  showProblems(script.dataset.build);
})();

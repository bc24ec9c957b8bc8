// Where the channel providers' widgets come from. Each must be ANOTHER origin than the CRM, as a
// real provider's would be. `npm start` serves the CRM on http://127.0.0.1:8000, the softphone on
// http://localhost:8001 and the chat widget on http://localhost:8002, which the markup names.
// Runs before the workspace script, so each panel loads only its final URL. A panel names the
// query parameter that overrides its origin in `data-origin-param`:
//   ?provider=http://localhost:9001   the softphone's origin, explicitly
//   ?chat=http://localhost:9002       the chat widget's origin, explicitly
//   no parameter, any port but 8000   the softphone: the same server under the other loopback
//                                     name (127.0.0.1 <-> localhost: another origin, same server)
(() => {
  const query = new URLSearchParams(location.search);
  for (const panel of document.querySelectorAll('cif-comm-panel[slot="panel"][data-origin-param]')) {
    const url = new URL(panel.getAttribute('src') ?? '', location.href);
    const param = panel.getAttribute('data-origin-param') ?? '';
    const explicit = query.get(param);
    let origin;
    if (explicit) {
      try {
        const given = new URL(explicit);
        if (given.protocol === 'http:' || given.protocol === 'https:') origin = given.origin;
      } catch {
        console.warn(`Contoso CRM: ignoring ?${param}=${explicit} (not an http(s) origin)`);
      }
    } else if (param === 'provider' && location.port !== '8000' && (location.hostname === '127.0.0.1' || location.hostname === 'localhost')) {
      const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      origin = `${location.protocol}//${otherHost}${location.port ? `:${location.port}` : ''}`;
    }
    if (origin) panel.setAttribute('src', origin + url.pathname + url.search);
  }
})();

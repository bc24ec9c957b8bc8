// Where the softphone (the channel provider's widget) comes from. It must be ANOTHER origin than
// the CRM, as a real provider's would be. `npm start` serves the CRM on http://127.0.0.1:8000 and
// the widget on http://localhost:8001, which the markup names. Runs before the workspace script,
// so the panel loads only the final URL.
//   ?provider=http://localhost:9001   the widget's origin, explicitly
//   any other port than 8000          the same server under the other loopback name
//                                     (127.0.0.1 <-> localhost: a different origin, same server)
(() => {
  const panel = document.querySelector('cif-comm-panel[slot="panel"]');
  if (!panel) return;
  const path = new URL(panel.getAttribute('src') ?? '', location.href).pathname;
  const explicit = new URLSearchParams(location.search).get('provider');
  let origin;
  if (explicit) {
    try {
      const url = new URL(explicit);
      if (url.protocol === 'http:' || url.protocol === 'https:') origin = url.origin;
    } catch {
      console.warn(`Contoso CRM: ignoring ?provider=${explicit} (not an http(s) origin)`);
    }
  } else if (location.port !== '8000' && (location.hostname === '127.0.0.1' || location.hostname === 'localhost')) {
    const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    origin = `${location.protocol}//${otherHost}${location.port ? `:${location.port}` : ''}`;
  }
  if (origin) panel.setAttribute('src', origin + path);
})();

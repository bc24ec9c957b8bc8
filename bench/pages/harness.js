// The in-page half of the benchmark, shared by every side so that all are timed the same way.
// Each page defines `window.benchAdapter` (its own implementation of the operations below)
// before loading this script; bench/run.mjs then calls `window.bench.*` through playwright-core.
//
// Adapter contract (every method returns a promise that settles once the change is in the DOM):
//   ready                       promise: the page can take commands
//   openSession(i)              opens session "Customer i" with its 3 tabs, focused; → sessionId
//   focusSession(sessionId)     shows that session (rail entry selected, its strip, its tab)
//   focusTab(tabId)             shows that tab of a session
//   createTab(sessionId, n)     opens tab "Notes n" in the session and shows it (and the session); → tabId
//   closeTab(tabId)             closes a tab; when it was shown, its left neighbour is shown
//   closeSession(sessionId)     closes a session and everything in it (Home is shown if it was)
//   tabsOf(sessionId)           → tab ids, strip order (synchronous)
//   focusedTabId(sessionId)     → the shown tab of a session (synchronous)
//   visible()                   → what the agent sees: rail titles, strip titles, the shown card's heading
//
// The page also marks `bench:script` and `bench:evaluated` around the side's script tag (marked
// `data-bench-script`), for the load scenario.
(() => {
  const adapter = window.benchAdapter;
  const collect = typeof window.gc === 'function' ? () => window.gc() : () => {};

  const nextFrame = () => new Promise(requestAnimationFrame);
  /** A task queued from inside a frame's rAF callback runs after that frame's style, layout and paint. */
  const afterFrameRendered = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });

  /** Nothing pending: two rendered frames, then a full GC, then one more frame. */
  async function quiet() {
    await nextFrame();
    await afterFrameRendered();
    await nextFrame();
    await afterFrameRendered();
    collect();
    await nextFrame();
    await afterFrameRendered();
  }

  /**
   * Times one operation, from just after a rendered frame:
   *   settled  its promise resolved: script, plus the component's own (microtask) rendering
   *   raf      the next animation frame started
   *   painted  that frame's animation-frame callbacks, style, layout, paint and commit ran (a task
   *            posted from the frame's first callback runs after all that)
   *   frame    painted − raf: the rendering work of that frame alone, including what the side
   *            deferred to requestAnimationFrame (dockview positions its panels there)
   *   work     settled + frame: the time spent, without the wait for the next vsync in between.
   * Headless Chromium runs frames at 60 Hz whatever the flags, so `raf` and `painted` snap to
   * ~16.7 ms steps; `work` does not.
   */
  async function timed(operation) {
    await quiet();
    const t0 = performance.now();
    // Asked for before the operation runs, so that it is the first callback of the next frame: the
    // frame's time then starts before any callback the operation queued, and those count as work.
    let frameStart;
    const firstFrame = new Promise((resolve) => requestAnimationFrame(() => resolve((frameStart = performance.now()))));
    await operation();
    const settled = performance.now();
    let raf;
    if (frameStart === undefined) {
      await firstFrame; // resumes inside that callback, so the task below is posted from the frame
      raf = frameStart;
    } else {
      // the operation took longer than a frame (it waited for one): time the next frame instead
      await new Promise(requestAnimationFrame);
      raf = performance.now();
    }
    await afterFrameRendered();
    const painted = performance.now();
    return { settled: settled - t0, raf: raf - t0, painted: painted - t0, frame: painted - raf, work: settled - t0 + (painted - raf) };
  }

  /**
   * The load scenario's numbers, taken once when the page starts: from the start of the side's
   * script (the later of the parser reaching its tag and its bytes having arrived, so the download
   * does not count) to the first rendered frame after `ready`, measured like `timed` above.
   */
  const loadTiming = (async () => {
    const script = document.querySelector('script[data-bench-script]');
    const reached = performance.getEntriesByName('bench:script')[0]?.startTime ?? 0;
    const fetched = performance.getEntriesByName(script?.src ?? '', 'resource')[0]?.responseEnd ?? 0;
    const start = Math.max(reached, fetched);
    const evaluated = performance.getEntriesByName('bench:evaluated')[0]?.startTime ?? NaN;
    await adapter.ready;
    const ready = performance.now();
    const raf = await new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    await afterFrameRendered();
    const painted = performance.now();
    return {
      evaluated: evaluated - start,
      settled: ready - start,
      raf: raf - start,
      painted: painted - start,
      frame: painted - raf,
      work: ready - start + (painted - raf),
    };
  })();

  async function openSessions(count, from = 0) {
    const ids = [];
    for (let i = from; i < from + count; i++) ids.push(await adapter.openSession(i));
    return ids;
  }

  /** A tab of the session that is not shown, after `skip` ones. */
  const hiddenTab = (sessionId, skip = 0) => adapter.tabsOf(sessionId).filter((id) => id !== adapter.focusedTabId(sessionId))[skip];

  const scenarios = {
    /** Session 10 with its 3 tabs, 9 already open (the "under one frame with nine sessions open"). */
    async open() {
      await openSessions(9);
      return timed(() => adapter.openSession(9));
    },
    /** Rail click path: focus another session, 10 open (after one untimed switch). */
    async switch() {
      const ids = await openSessions(10);
      await adapter.focusSession(ids[2]);
      return timed(() => adapter.focusSession(ids[6]));
    },
    /** Another tab of the focused session, 5 sessions open (after one untimed tab switch). */
    async tab() {
      const ids = await openSessions(5);
      const session = ids.at(-1);
      await adapter.focusTab(hiddenTab(session));
      const target = hiddenTab(session, 1);
      return timed(() => adapter.focusTab(target));
    },
    /** A `contoso_notes` tab in a session that has 3, 5 sessions open (after one untimed createTab elsewhere). */
    async openTab() {
      const ids = await openSessions(5);
      await adapter.createTab(ids[0], 0);
      await adapter.focusSession(ids[4]);
      return timed(() => adapter.createTab(ids[4], 1));
    },
    /** Another tab in a session of 100 (its 3 and 97 `contoso_notes`), after one untimed switch. */
    async switch100() {
      const [session] = await openSessions(1);
      for (let n = 0; n < 97; n++) await adapter.createTab(session, n);
      const ids = adapter.tabsOf(session);
      await adapter.focusTab(ids[20]);
      return timed(() => adapter.focusTab(ids[70]));
    },
    /** One round of churn in a session of 3 tabs: open 30 tabs, then close them; after one untimed round. */
    async churn() {
      const session = await openChurnSession();
      await churnRound(session);
      return timed(() => churnRound(session));
    },
    /** From the side's script to its first rendered frame (see loadTiming); nothing to set up. */
    load: () => loadTiming,
  };

  /**
   * The churn's session: 3 tabs, the last one shown, which is where every round ends (closing
   * the shown tab shows its left neighbour), so that rounds start and end in the same state.
   */
  async function openChurnSession() {
    const [session] = await openSessions(1);
    await adapter.focusTab(adapter.tabsOf(session).at(-1));
    return session;
  }

  /** Opens 30 tabs in the session, each shown as it opens, then closes them in the same order. */
  async function churnRound(session) {
    const opened = [];
    for (let n = 0; n < 30; n++) opened.push(await adapter.createTab(session, n));
    for (const id of opened) await adapter.closeTab(id);
  }

  /** Elements in the document and in every open shadow root below it. */
  function countElements() {
    let light = 0;
    let shadow = 0;
    let shadowRoots = 0;
    const visit = (root, inShadow) => {
      const all = root.querySelectorAll('*');
      if (inShadow) shadow += all.length;
      else light += all.length;
      for (const element of all) {
        if (element.shadowRoot) {
          shadowRoots++;
          visit(element.shadowRoot, true);
        }
      }
    };
    visit(document, false);
    return { light, shadow, shadowRoots, total: light + shadow };
  }

  let open = [];
  let churnSession;
  window.bench = {
    ready: adapter.ready.then(() => true),
    async run(name) {
      const timing = await scenarios[name]();
      await quiet();
      return { ...timing, visible: adapter.visible() };
    },
    // memory phases, driven one by one from bench/run.mjs (which reads DOM counters in between)
    async openAll(count) {
      open = await openSessions(count);
      return open.length;
    },
    async closeAll() {
      for (const id of open) await adapter.closeSession(id);
      open = [];
    },
    // churn, driven round by round from bench/run.mjs (DOM counters are read in between)
    async churnSetup() {
      churnSession = await openChurnSession();
    },
    async churn(rounds) {
      for (let round = 0; round < rounds; round++) await churnRound(churnSession);
    },
    /** Settles, collects garbage, and reads the heap and the element counts. */
    async measure() {
      await quiet();
      collect();
      await afterFrameRendered();
      collect();
      return { usedJSHeapSize: performance.memory?.usedJSHeapSize ?? null, elements: countElements(), visible: adapter.visible() };
    },
    facts: () => ({ crossOriginIsolated: window.crossOriginIsolated, gc: typeof window.gc === 'function', memory: Boolean(performance.memory) }),
  };
})();

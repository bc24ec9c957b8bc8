/**
 * cif-workspace in a Vue 3 app, with the bundle from a script tag in <head> (window.Microsoft
 * comes with it) and the template types from cif-workspace/vue. What it shows, and what
 * test/e2e/frameworks.e2e.mjs checks:
 * - `:config` as a property, and a new config through a re-render (the "Case tab" switch);
 * - events through `@cif-…`, and the state mirrored from `cif-state-changed`;
 * - slotted children (Home's content, a same-page widget in the communication panel);
 * - a page renderer that mounts a Vue component in a tab, and unmounts it when the tab closes;
 * - the whole workspace unmounted and mounted again (v-if), its sessions restored;
 * - Microsoft.CIFramework, as a provider's code calls it.
 * Vue drops a `<script>` in a template, so the configuration is a property here.
 */
import { computed, createApp, defineComponent, onMounted, ref, type App as VueApp } from 'vue';
import type { CifSessionHost, CifStateChangedEvent, SessionState, WorkspaceConfig } from 'cif-workspace';
import type {} from 'cif-workspace/vue';
import baseConfig from '../config.json';

declare global {
  interface Window {
    /** How many record pages were mounted and unmounted, for the end-to-end test. */
    examplePages: { mounted: number; unmounted: number };
  }
}

/** Installed by the script-tag bundle in <head>. */
const { CIFramework } = (window as unknown as { Microsoft: { CIFramework: { createSession(input: object): Promise<string> } } }).Microsoft;

function withCaseTab(withCase: boolean): WorkspaceConfig {
  const [chat] = baseConfig.sessionTemplates;
  return { ...baseConfig, sessionTemplates: [{ ...chat!, additionalTabs: withCase ? ['contoso_case'] : [] }] } as WorkspaceConfig;
}

/** The customer record, a Vue component with state of its own, shown in a tab. */
const CustomerCard = defineComponent({
  props: { customerId: { type: String, required: true } },
  setup: () => ({ note: ref('') }),
  template: `<section class="customer-card"><h2>Customer {{ customerId }}</h2><label>Note <input v-model="note" /></label></section>`,
});

/** One Vue app per record page: mounted when the tab builds its page, unmounted when it closes. */
const pageApps = new WeakMap<Node, VueApp>();
window.examplePages = { mounted: 0, unmounted: 0 };

function renderCustomerPage(parameters: Readonly<Record<string, unknown>>): Node {
  const node = document.createElement('div');
  const app = createApp(CustomerCard, { customerId: String(parameters.entityId) });
  app.mount(node);
  pageApps.set(node, app);
  window.examplePages.mounted++;
  return node;
}

function disposeCustomerPage(node: Node | string): void {
  const app = typeof node === 'string' ? undefined : pageApps.get(node);
  if (!app) return;
  pageApps.delete(node as Node);
  window.examplePages.unmounted++;
  app.unmount();
}

const Workspace = defineComponent({
  props: { withCase: { type: Boolean, required: true } },
  emits: ['sessions', 'log'],
  setup(props, { emit }) {
    const host = ref<CifSessionHost | null>(null);
    onMounted(() => {
      const element = host.value!;
      element.registerPageRenderer('entityrecord', renderCustomerPage, disposeCustomerPage);
      // the mirror starts from the state (restored ones included), and follows cif-state-changed
      void element.ready.then(() => emit('sessions', element.sessions));
    });
    return {
      host,
      config: computed(() => withCaseTab(props.withCase)),
      onState: (event: CifStateChangedEvent) => emit('sessions', event.state.sessions),
      onCreated: (event: HTMLElementEventMap['cif-session-created']) => emit('log', `created ${event.templateName}`),
      onConfigError: (event: HTMLElementEventMap['cif-config-error']) => emit('log', `config refused: ${event.error.message}`),
    };
  },
  template: `
    <cif-session-host ref="host" id="vue-workspace" persist="session" :config="config"
        @cif-state-changed="onState" @cif-session-created="onCreated" @cif-config-error="onConfigError">
      <p class="home">Home: no customer yet.</p>
      <cif-comm-panel slot="panel" label="Phone" mode="docked">
        <div class="softphone">Softphone (same page)</div>
      </cif-comm-panel>
    </cif-session-host>`,
});

const App = defineComponent({
  components: { Workspace },
  setup() {
    const mounted = ref(true);
    const withCase = ref(true);
    const sessions = ref<readonly SessionState[]>([]);
    const log = ref<string[]>([]);
    const addLog = (line: string) => log.value.push(line);
    return {
      mounted,
      withCase,
      sessions,
      log,
      addLog,
      async startChat() {
        const sessionId = await CIFramework.createSession({ templateName: 'contoso_chat', templateParameters: { customerName: 'Ann Lee', customerId: 'C-7' } });
        addLog(`CIF session ${sessionId}`);
      },
      breakConfig() {
        const host = document.querySelector('cif-session-host');
        if (host) host.config = { sessionTemplates: 'not a list' } as unknown as WorkspaceConfig; // reported, never thrown
      },
    };
  },
  template: `
    <main>
      <header class="toolbar">
        <button @click="startChat">Start chat</button>
        <label><input type="checkbox" v-model="withCase" /> Case tab</label>
        <button @click="breakConfig">Break config</button>
        <button @click="mounted = !mounted">{{ mounted ? 'Unmount' : 'Mount' }} workspace</button>
      </header>
      <ul aria-label="Mirrored sessions">
        <li v-for="session in sessions" :key="session.sessionId">{{ session.title }} ({{ session.tabs.length }} tabs)</li>
      </ul>
      <ol aria-label="Log"><li v-for="(line, index) in log" :key="index">{{ line }}</li></ol>
      <Workspace v-if="mounted" :with-case="withCase" @sessions="sessions = $event" @log="addLog" />
    </main>`,
});

const app = createApp(App);
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('cif-');
app.mount('#app');

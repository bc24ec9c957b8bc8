/**
 * Languages (issue 11): every text the workspace shows or announces comes from `host.strings`.
 * The whole UI, with every part that says something on screen at once, switches to French and
 * back; plural forms follow the host's language; a bad table is refused path-precisely and the
 * previous texts stay.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { registerElements } from '../../src/register.js';
import { ENGLISH_STRINGS, type Strings } from '../../src/core/strings.js';
import type { DataAdapter, EntityMetadata } from '../../src/core/data-adapter.js';
import type { CifSessionHost } from '../../src/elements/session-host/session-host.js';

registerElements();

const FRENCH: Strings = {
  sessions: 'Séances',
  sessionsWithNews: 'Séances : {news}',
  workspace: 'Espace de travail',
  home: 'Accueil',
  tabsOf: 'Onglets de {title}',
  close: 'Fermer {title}',
  providers: 'Canaux',
  presence: 'Présence',
  movedTo: '{title}, position {position} sur {count}',
  goTo: 'Aller à une séance ou un onglet',
  allSessions: 'Toutes les séances',
  allTabs: 'Tous les onglets',
  noMatch: 'Aucune séance ni aucun onglet ne correspond.',
  newUpdates: { one: '{count} nouveauté', other: '{count} nouveautés' },
  sessionsNeedAttention: { one: '{count} séance demande votre attention', other: '{count} séances demandent votre attention' },
  kpiBreaches: { one: '{count} dépassement d’indicateur', other: '{count} dépassements d’indicateur' },
  needsAttention: 'demande votre attention',
  kpiBreached: 'indicateur dépassé',
  sessionNews: '{title} : {news}',
  sessionNeedsAttention: '{title} demande votre attention',
  accept: 'Accepter',
  reject: 'Refuser',
  dismiss: 'Masquer {title}',
  waiting: { one: '{count} en attente', other: '{count} en attente' },
  panel: 'Panneau de communication',
  minimizePanel: 'Réduire {label}',
  openPanel: 'Ouvrir {label}',
  resizePanel: 'Redimensionner {label}',
  noPage: 'Aucun rendu ni route pour « {pageType} ».',
  loading: 'Chargement…',
  save: 'Enregistrer',
  cancel: 'Annuler',
  saved: 'Enregistré.',
  unsavedChanges: 'Modifications non enregistrées : enregistrez-les ou annulez-les d’abord.',
  newRecord: 'Nouveau {entity}',
  noSuchRecord: 'Aucun {entity} avec l’identifiant « {id} ».',
  noNewRecordId: 'Le CRM n’a renvoyé aucun identifiant pour le nouvel enregistrement.',
  notAList: 'Le CRM a renvoyé autre chose qu’une liste d’enregistrements.',
  searchFor: 'Recherche : {text}',
  nameColumn: 'Nom',
  records: { one: '{count} enregistrement', other: '{count} enregistrements' },
};

const CONTACT: EntityMetadata = {
  logicalName: 'contact',
  displayName: 'Contact',
  primaryIdAttribute: 'contactid',
  primaryNameAttribute: 'fullname',
  attributes: [{ logicalName: 'city', displayName: 'City', type: 'string' }],
};
const adapter: DataAdapter = {
  retrieve: async () => null,
  search: async () => [{ contactid: 'c-1', fullname: 'Ann Lee', city: 'Lyon' }],
  create: async () => 'c-9',
  update: async () => undefined,
  remove: async () => undefined,
  metadata: async () => CONTACT,
};

const config = {
  sessionTemplates: [
    { uniqueName: 'ctso_chat', name: 'Chat', type: 'generic', title: 'Chat {customer}', anchorTab: 'ctso_card', additionalTabs: ['ctso_dash', 'ctso_people', 'ctso_form'], panelMode: 'docked' },
  ],
  appTabTemplates: [
    { uniqueName: 'ctso_card', name: 'Card', title: 'Card', pageType: 'dashboard', parameters: { dashboardId: 'd-1' } },
    { uniqueName: 'ctso_dash', name: 'Dash', title: 'Board', pageType: 'dashboard', parameters: { dashboardId: 'd-2' } },
    { uniqueName: 'ctso_people', name: 'People', title: 'People', pageType: 'search', parameters: { entityName: 'contact', searchText: 'Lee' } },
    { uniqueName: 'ctso_form', name: 'Form', title: 'Form', pageType: 'entityrecord', parameters: { entityName: 'contact' } },
  ],
  notificationTemplates: [
    { uniqueName: 'ctso_incoming', title: 'Chat from {customer}' },
    { uniqueName: 'ctso_assigned', title: 'Case {caseId} is yours', autoAccept: true, timeoutSeconds: 60 },
  ],
};

/** Every shadow root of the workspace, its own pages' included. */
function shadowRoots(host: CifSessionHost): ShadowRoot[] {
  const hosts = [host, ...host.querySelectorAll('cif-comm-panel, cif-app-tab, cif-record-form, cif-record-list')];
  return hosts.map((element) => element.shadowRoot!).filter(Boolean);
}

/** What the workspace says: its text, and the names, titles and placeholders of its parts. */
function saidTexts(host: CifSessionHost): string[] {
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) texts.push(node.textContent!.trim());
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder']) if (node.hasAttribute(name)) texts.push(node.getAttribute(name)!);
    }
    node.childNodes.forEach(visit);
  };
  shadowRoots(host).forEach(visit);
  return texts;
}

/** The fixed words of every English text ("Close {title}" → "Close"), each long enough to be telling. */
const englishWords = Object.values(ENGLISH_STRINGS)
  .flatMap((text) => (typeof text === 'string' ? [text] : Object.values(text)))
  .flatMap((text) => text.split(/\{\w+\}/))
  .map((part) => part.replace(/^[\s:,."“]+|[\s:,."”]+$/g, ''))
  .filter((part) => part.length >= 4);

/** The English words found among what the workspace says, as words ("Accepter" is no "Accept"). */
function englishIn(host: CifSessionHost): string[] {
  const said = saidTexts(host);
  return [...new Set(englishWords)].filter((word) => {
    const asWord = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
    return said.some((text) => asWord.test(text));
  });
}

async function busyWorkspace(): Promise<CifSessionHost> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="fr" style="height: 600px"></div>`);
  const host = document.createElement('cif-session-host');
  host.setAttribute('persist', 'none');
  host.style.height = '600px';
  host.dataAdapter = adapter;
  const panel = document.createElement('cif-comm-panel');
  panel.slot = 'panel';
  host.append(panel);
  wrapper.append(host);
  await host.setConfig(config);
  await host.ready;
  const first = await host.createSession({ templateName: 'ctso_chat', templateParameters: { customer: 'Ann' } });
  const tabs = host.getSession(first).tabs;
  // every tab shown once, so each page has rendered what it says
  for (const tab of tabs) await host.focusTab(tab.tabId);
  await host.createSession({ templateName: 'ctso_chat', templateParameters: { customer: 'Bo' } });
  host.binding.workspace.notifyNewActivity(first, 1);
  host.binding.workspace.requestAttention(first);
  host.binding.workspace.notifyKpiBreach(first, true);
  void host.notifyEvent({ templateName: 'ctso_incoming', templateParameters: { customer: 'Kim' } });
  void host.notifyEvent({ templateName: 'ctso_incoming', templateParameters: { customer: 'Lou' } });
  void host.notifyEvent({ templateName: 'ctso_assigned', templateParameters: { caseId: '42' } });
  await host.focusSession(first);
  await host.focusTab(tabs[2]!.tabId); // the search page
  await waitUntil(() => host.querySelector('cif-record-list')?.shadowRoot?.querySelector('table'), 'the list loaded');
  await waitUntil(() => host.querySelector('cif-record-form')?.shadowRoot?.querySelector('form'), 'the form loaded');
  return host;
}

describe('host.strings', () => {
  it('covers every English text, so the French table here is complete', () => {
    expect(Object.keys(FRENCH).sort()).to.deep.equal(Object.keys(ENGLISH_STRINGS).sort());
  });

  it('switches the whole UI to another language and back, at once, without reloading a page', async () => {
    const host = await busyWorkspace();
    await host.focusSession(host.sessions[2]!.sessionId); // the first session is in the background: the rail rolls it up
    await host.focusSession(host.sessions[1]!.sessionId);
    await host.focusSession(host.sessions[2]!.sessionId);
    host.binding.workspace.notifyNewActivity(host.sessions[1]!.sessionId, 1);
    host.binding.workspace.requestAttention(host.sessions[1]!.sessionId);
    await host.updateComplete;
    expect(englishIn(host), 'the English texts are there to replace').to.include.members(['Sessions', 'Session workspace', 'Close', 'Presence', 'Accept', 'Reject', 'waiting', 'Dismiss', 'needs attention', 'Search', 'record']);
    const list = host.querySelector('cif-record-list')!;

    host.strings = FRENCH;
    await host.updateComplete;
    await host.querySelector('cif-comm-panel')!.updateComplete;
    await list.updateComplete;
    await host.querySelector('cif-record-form')!.updateComplete;
    expect(englishIn(host), 'no English left anywhere').to.deep.equal([]);

    const root = host.shadowRoot!;
    expect(root.querySelector('[part="rail"]')!.getAttribute('aria-label')).to.equal('Séances : 1 nouveauté, 1 séance demande votre attention, 1 dépassement d’indicateur');
    expect(root.querySelector('[part="notification"] [data-action="accept"]')!.textContent).to.equal('Accepter');
    expect(root.querySelector('.waiting')!.textContent).to.equal('1 en attente');
    expect(host.querySelector('cif-comm-panel')!.getAttribute('aria-label')).to.equal('Panneau de communication');
    expect(list.shadowRoot!.querySelector('h2')!.textContent).to.equal('Recherche : Lee');
    expect(list.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('1 enregistrement');
    expect(host.querySelector('cif-record-list'), 'the same page, not a new one').to.equal(list);
    expect(host.strings.home).to.equal('Accueil');

    host.strings = null;
    await host.updateComplete;
    await list.updateComplete;
    expect(root.querySelector('[part="notification"] [data-action="accept"]')!.textContent).to.equal('Accept');
    expect(list.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('1 record');
    expect(host.strings).to.equal(ENGLISH_STRINGS);
  });

  it('keeps the English texts it is not given, and counts by the rules of the host\'s language', async () => {
    const host = await busyWorkspace();
    host.strings = { newUpdates: { one: '{count} nouveauté', other: '{count} nouveautés' }, home: 'Accueil' };
    const firstId = host.sessions[1]!.sessionId;
    await host.focusSession(host.sessions[2]!.sessionId);
    host.binding.workspace.notifyNewActivity(firstId, 0);
    await host.updateComplete;
    const rail = () => host.shadowRoot!.querySelector('[part="rail"]')!.getAttribute('aria-label');
    // French counts 0 and 1 as "one"; English would say "0 new updates"
    host.binding.workspace.notifyNewActivity(firstId, 1);
    await host.updateComplete;
    expect(rail()).to.match(/^Sessions: 1 nouveauté, /);
    host.binding.workspace.notifyNewActivity(firstId, 2);
    await host.updateComplete;
    expect(rail()).to.match(/^Sessions: 2 nouveautés, /);
    expect(host.shadowRoot!.querySelector('.home')!.getAttribute('aria-label')).to.equal('Accueil');
    expect(host.strings.close).to.equal('Close {title}');
  });

  it('refuses a table it cannot use, naming the path, and keeps the texts it had', async () => {
    const host = await busyWorkspace();
    host.strings = { home: 'Accueil' };
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      host.strings = { hom: 'Accueil' } as never;
      host.strings = { records: { one: '{count} enregistrement' } } as never;
      host.strings = { save: 42 } as never;
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(3);
    expect(errors[0]).to.contain('strings.hom: unknown property');
    expect(errors[1]).to.contain('strings.records');
    expect(errors[2]).to.contain('strings.save: must be a string, or plural forms');
    expect(host.strings.home, 'the previous table stays').to.equal('Accueil');
  });
});

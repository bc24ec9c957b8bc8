// node --test test/scripts/ : the scan behind `node scripts/manifest-check.mjs --complete`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventNamesOfClasses, missingFromManifest, usedByElement } from '../../scripts/manifest-check.mjs';

const notifications = `
/** What the host announces: one class per event. */
const announce = { bubbles: true, composed: true } as const;
export class CifThingDoneEvent extends Event {
  static readonly eventName = 'cif-thing-done';
  constructor(readonly id: string) {
    super(CifThingDoneEvent.eventName, announce);
  }
}
/** Before a close; the class is cancelable. */
export class CifThingCloseEvent extends Event {
  static readonly eventName = "cif-thing-close";
}
`;

test('eventNamesOfClasses maps each event class to its static eventName', () => {
  assert.deepEqual(
    eventNamesOfClasses(notifications),
    new Map([
      ['CifThingDoneEvent', 'cif-thing-done'],
      ['CifThingCloseEvent', 'cif-thing-close'],
    ]),
  );
});

const sources = [
  {
    path: 'src/elements/thing/thing.styles.ts',
    text: 'css`:host { color: var(--cif-color, #000); background: var(--cif-tab-background, var(--cif-surface, #fff)); }`',
  },
  {
    path: 'src/elements/thing/thing.ts',
    text: `
      this.dispatchEvent(new CifThingCloseEvent(id));
      throw new CifError('INVALID_INPUT', 'no');
      sendRequest(this, 'cif-set-panel-mode', { mode });
      this.#request('cif-set-panel-width', { width });
      this.style.setProperty('--cif-not-read', '1px');
      new CifMysteryEvent();`,
  },
  { path: 'src/elements/thing/changes.ts', text: 'return new CifThingDoneEvent(change.id);' },
];

test('usedByElement finds the custom properties read and the events fired, in every file of the element', () => {
  const used = usedByElement(sources, eventNamesOfClasses(notifications));
  assert.deepEqual([...used.cssProperties.keys()], ['--cif-color', '--cif-tab-background', '--cif-surface']);
  assert.deepEqual([...used.events.keys()], ['cif-thing-close', 'cif-set-panel-mode', 'cif-set-panel-width', 'cif-thing-done']);
  assert.equal(used.events.get('cif-thing-done'), 'src/elements/thing/changes.ts');
  assert.deepEqual(used.unknownClasses, [{ className: 'CifMysteryEvent', path: 'src/elements/thing/thing.ts' }]);
});

test('missingFromManifest names the element, the kind and the name of each entry the manifest lacks', () => {
  const used = usedByElement(sources, eventNamesOfClasses(notifications));
  const declaration = {
    tagName: 'cif-thing',
    cssProperties: [{ name: '--cif-color' }, { name: '--cif-surface' }],
    events: [{ name: 'cif-thing-done' }, { name: 'cif-thing-close' }, { name: 'cif-set-panel-mode' }],
  };
  assert.deepEqual(missingFromManifest(declaration, used), [
    '<cif-thing>: CSS property --cif-tab-background is not listed (read in src/elements/thing/thing.styles.ts)',
    '<cif-thing>: event cif-set-panel-width is not listed (fired in src/elements/thing/thing.ts)',
    '<cif-thing>: event class CifMysteryEvent (in src/elements/thing/thing.ts) has no `static readonly eventName` in src/events/notifications.ts',
  ]);
  const complete = {
    ...declaration,
    cssProperties: [...declaration.cssProperties, { name: '--cif-tab-background' }],
    events: [...declaration.events, { name: 'cif-set-panel-width' }],
  };
  assert.deepEqual(missingFromManifest(complete, { ...used, unknownClasses: [] }), []);
});

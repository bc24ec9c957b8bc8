import { expect } from '@open-wc/testing';
import { cifErrorOf } from './fixtures.js';
import { DEFAULT_PRESENCE_OPTIONS, parsePresenceOptions } from '../../src/core/presence.js';
import { modeFromNumber, modeNumber } from '../../src/core/panel-mode-numbers.js';


describe('presence options', () => {
  it('default to CIF\'s five base statuses', () => {
    expect(DEFAULT_PRESENCE_OPTIONS.map((o) => [o.presenceText, o.basePresenceStatus])).to.deep.equal([
      ['Available', '1'],
      ['Busy', '2'],
      ['Do not disturb', '3'],
      ['Away', '4'],
      ['Offline', '5'],
    ]);
    expect(DEFAULT_PRESENCE_OPTIONS[2]!.presenceId).to.equal('do-not-disturb');
    expect(Object.isFrozen(DEFAULT_PRESENCE_OPTIONS[0])).to.equal(true);
  });

  it('take a page\'s own list, frozen copies', () => {
    const input = [{ presenceId: 'lunch', presenceText: 'At lunch', presenceColor: '#f59e0b', basePresenceStatus: '4' }];
    const options = parsePresenceOptions(input);
    expect(options).to.deep.equal(input);
    expect(options[0]).not.to.equal(input[0]);
    expect(Object.isFrozen(options[0])).to.equal(true);
  });

  it('refuse a list that is empty, malformed or repeats a text, naming the path', () => {
    expect(cifErrorOf(() => parsePresenceOptions([])).message).to.equal('presenceOptions: must list at least one presence');
    expect(cifErrorOf(() => parsePresenceOptions([{ presenceId: 'a', presenceText: '', presenceColor: 'red', basePresenceStatus: '1' }])).message).to.match(
      /^presenceOptions\[0\]\.presenceText: /,
    );
    const twice = { presenceId: 'a', presenceText: 'Here', presenceColor: 'red', basePresenceStatus: '1' };
    const error = cifErrorOf(() => parsePresenceOptions([twice, { ...twice, presenceId: 'b' }]));
    expect([error.code, error.message]).to.deep.equal(['INVALID_INPUT', 'presenceOptions: must not repeat a presenceText']);
  });
});

describe('CIF\'s panel mode numbers', () => {
  it('map 0–3 to minimized, docked, hidden, collapsed and back', () => {
    expect([0, 1, 2, 3].map(modeFromNumber)).to.deep.equal(['minimized', 'docked', 'hidden', 'collapsed']);
    expect((['minimized', 'docked', 'hidden', 'collapsed'] as const).map(modeNumber)).to.deep.equal([0, 1, 2, 3]);
  });

  it('refuse anything else, Dataverse picklist numbers included', () => {
    for (const bad of [4, -1, 1.5, '1', 162450000, null]) {
      const error = cifErrorOf(() => modeFromNumber(bad));
      expect(error.code).to.equal('INVALID_INPUT');
      expect(error.message).to.equal(`mode: must be 0 (minimized), 1 (docked), 2 (hidden) or 3 (collapsed), got ${JSON.stringify(bad)}`);
    }
  });
});

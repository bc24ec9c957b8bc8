/**
 * The workspace's texts (core/strings.ts): a page's table over the English one, refused
 * path-precisely when it cannot be used; values filled in by name; plural forms by the language.
 */
import { expect } from '@open-wc/testing';
import { ENGLISH_STRINGS, parseStrings, sayer } from '../../src/core/strings.js';
import { CifError } from '../../src/core/errors.js';

const refusal = (input: unknown): string => {
  try {
    parseStrings(input);
  } catch (error) {
    expect(error).to.be.instanceOf(CifError);
    expect((error as CifError).code).to.equal('INVALID_INPUT');
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('core/strings', () => {
  it('fills in values by name and leaves an unknown slot as written', () => {
    const say = sayer(ENGLISH_STRINGS, () => 'en');
    expect(say('close', { title: 'Chat with Ann' })).to.equal('Close Chat with Ann');
    expect(say('tabsOf')).to.equal('Tabs of {title}');
  });

  it('picks the plural form by the rules of the language, read at each call', () => {
    let lang = 'en';
    const say = sayer(parseStrings({ records: { one: '{count} enregistrement', other: '{count} enregistrements' } }), () => lang);
    expect([0, 1, 2].map((count) => say('records', { count }))).to.deep.equal(['0 enregistrements', '1 enregistrement', '2 enregistrements']);
    lang = 'fr'; // French counts 0 as one
    expect(say('records', { count: 0 })).to.equal('0 enregistrement');
    lang = 'not a language tag!';
    expect(say('records', { count: 1 }), 'an unknown tag counts as English does').to.equal('1 enregistrement');
  });

  it('uses the other form for a category the table does not give, and a plain string for every count', () => {
    const say = sayer(parseStrings({ records: { other: '{count} Datensätze' }, waiting: '{count} en attente' }), () => 'de');
    expect(say('records', { count: 1 })).to.equal('1 Datensätze');
    expect(say('waiting', { count: 3 })).to.equal('3 en attente');
  });

  it('keeps the English texts a table does not give, and freezes the result', () => {
    const strings = parseStrings({ home: 'Accueil' });
    expect(strings.home).to.equal('Accueil');
    expect(strings.save).to.equal('Save');
    expect(Object.isFrozen(strings)).to.equal(true);
  });

  it('refuses what it cannot use, naming the path', () => {
    expect(refusal('Accueil')).to.match(/^strings: /);
    expect(refusal({ hom: 'Accueil' })).to.equal('strings.hom: unknown property (check its spelling)');
    expect(refusal({ save: 1 })).to.match(/^strings\.save: must be a string, or plural forms/);
    expect(refusal({ records: { one: 'x' } })).to.match(/^strings\.records/);
    expect(refusal({ records: { other: 'x', several: 'y' } })).to.match(/^strings\.records/);
  });
});

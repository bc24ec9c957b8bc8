/**
 * How the native pages read and write values: display text per attribute type, form input both
 * ways, column order, and the query behind a search box.
 */
import { expect } from '@open-wc/testing';
import type { EntityMetadata, Row } from '../../src/core/data-adapter.js';
import { compareRows, displayText, searchQuery, toLocalInput, valueFromInput, type Attribute } from '../../src/core/record-values.js';

const attribute = (type: Attribute['type'], extra: Partial<Attribute> = {}): Attribute => ({ logicalName: 'x', displayName: 'X', type, ...extra });
const choice = attribute('choice', { options: [{ value: 1, label: 'High' }, { value: 'b', label: 'Bee' }] });

describe('displayText', () => {
  it('reads each type as the agent expects, the CRM\'s formatted value first', () => {
    expect(displayText(attribute('boolean'), { x: false })).to.equal('No');
    expect(displayText(attribute('boolean'), { x: true })).to.equal('Yes');
    expect(displayText(choice, { x: 1 })).to.equal('High');
    expect(displayText(choice, { x: 9 }), 'an unknown option shows its value').to.equal('9');
    expect(displayText(attribute('number'), { x: 0 })).to.equal('0');
    expect(displayText(attribute('string'), { x: null })).to.equal('');
    expect(displayText(attribute('string'), {})).to.equal('');
    expect(displayText(attribute('lookup'), { x: 'id-1', 'x@OData.Community.Display.V1.FormattedValue': 'Ann Lee' })).to.equal('Ann Lee');
    expect(displayText(attribute('datetime'), { x: 'not a date' })).to.equal('not a date');
    expect(displayText(attribute('datetime'), { x: '2026-12-01T09:30:00Z' })).to.equal(new Date('2026-12-01T09:30:00Z').toLocaleString());
    expect(displayText(attribute('string'), { x: { a: 1 } })).to.equal('{"a":1}');
  });
});

describe('form input', () => {
  it('turns control text into the attribute\'s value, empty into null', () => {
    expect(valueFromInput(attribute('string'), '')).to.equal(null);
    expect(valueFromInput(attribute('number'), '2.5')).to.equal(2.5);
    expect(valueFromInput(choice, '1'), 'a number option').to.equal(1);
    expect(valueFromInput(choice, 'b')).to.equal('b');
    expect(valueFromInput(attribute('memo'), 'a\nb')).to.equal('a\nb');
    const local = toLocalInput('2026-12-01T09:30:00.000Z');
    expect(local).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    expect(valueFromInput(attribute('datetime'), local), 'local time there and back').to.equal('2026-12-01T09:30:00.000Z');
    expect(toLocalInput(null)).to.equal('');
    expect(toLocalInput('garbage')).to.equal('');
  });
});

describe('compareRows', () => {
  const rows: Row[] = [{ x: 'item 10' }, { x: null }, { x: 'item 9' }, { x: 'Apple' }];
  it('sorts text as people do and keeps empty values last in both directions', () => {
    expect([...rows].sort(compareRows(attribute('string'), false)).map((r) => r.x)).to.deep.equal(['Apple', 'item 9', 'item 10', null]);
    expect([...rows].sort(compareRows(attribute('string'), true)).map((r) => r.x)).to.deep.equal(['item 10', 'item 9', 'Apple', null]);
  });
  it('sorts numbers by size and choices by label', () => {
    expect([{ x: 10 }, { x: 9 }, { x: -1 }].sort(compareRows(attribute('number'), false)).map((r) => r.x)).to.deep.equal([-1, 9, 10]);
    expect([{ x: 'b' }, { x: 1 }].sort(compareRows(choice, false)).map((r) => r.x), 'Bee before High').to.deep.equal(['b', 1]);
  });
});

describe('searchQuery', () => {
  const metadata: EntityMetadata = {
    logicalName: 'contact', displayName: 'Contact', primaryIdAttribute: 'contactid', primaryNameAttribute: 'fullname',
    attributes: [attribute('string', { logicalName: 'fullname' }), attribute('number', { logicalName: 'visits' }), attribute('memo', { logicalName: 'notes' })],
  };
  it('looks for words in every text attribute', () => {
    expect(searchQuery(metadata, '  Lee ')).to.deep.equal({
      text: '',
      filter: { op: 'or', args: [{ op: 'contains', attribute: 'fullname', value: 'Lee' }, { op: 'contains', attribute: 'notes', value: 'Lee' }] },
    });
  });
  it('takes OData text as it is, and nothing as every record', () => {
    expect(searchQuery(metadata, "?$filter=visits gt 3&$top=2")).to.deep.include({ top: 2, filter: { op: 'gt', attribute: 'visits', value: 3 } });
    expect(searchQuery(metadata, '').filter).to.equal(undefined);
  });
});

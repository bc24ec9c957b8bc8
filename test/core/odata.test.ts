/**
 * The OData subset (contract section 10), example by example and by property: printing a tree
 * then parsing it gives the same tree, and no input makes the parser throw anything but a
 * CifError. Runs: 2 properties × 1000 generated cases.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CifError } from '../../src/core/errors.js';
import { parseODataQuery, printFilter, type Filter } from '../../src/core/odata.js';
import { cifErrorOf } from './fixtures.js';

const RUNS = { numRuns: 1000 };

describe('parseODataQuery', () => {
  it('reads $select, $filter, $top and $orderby, with or without the leading "?"', () => {
    const text = "?$select=fullname,mobilephone&$filter=contains(mobilephone,'555') or telephone1 eq '+1 555 0100'&$top=5&$orderby=fullname desc,createdon";
    expect(parseODataQuery(text)).to.deep.equal({
      text,
      select: ['fullname', 'mobilephone'],
      filter: {
        op: 'or',
        args: [
          { op: 'contains', attribute: 'mobilephone', value: '555' },
          { op: 'eq', attribute: 'telephone1', value: '+1 555 0100' },
        ],
      },
      top: 5,
      orderBy: [
        { attribute: 'fullname', descending: true },
        { attribute: 'createdon', descending: false },
      ],
    });
    expect(parseODataQuery('$top=0').top).to.equal(0);
    expect(parseODataQuery('')).to.deep.equal({ text: '' });
    expect(parseODataQuery(undefined)).to.deep.equal({ text: '' });
  });

  it('reads every literal: text with doubled quotes, numbers, GUIDs with or without braces, booleans, null', () => {
    const filter = (text: string) => parseODataQuery(`$filter=${text}`).filter;
    expect(filter("lastname eq 'O''Brien & Sons'")).to.deep.equal({ op: 'eq', attribute: 'lastname', value: "O'Brien & Sons" });
    expect(filter('revenue ge -12.5e3')).to.deep.equal({ op: 'ge', attribute: 'revenue', value: -12500 });
    expect(filter('contactid eq {6F9619FF-8B86-D011-B42D-00C04FC964FF}')).to.deep.equal({ op: 'eq', attribute: 'contactid', value: '6f9619ff-8b86-d011-b42d-00c04fc964ff' });
    expect(filter('_parentcustomerid_value eq 6f9619ff-8b86-d011-b42d-00c04fc964ff')!).to.deep.include({ attribute: '_parentcustomerid_value' });
    expect(filter('donotemail eq false and emailaddress1 ne null')).to.deep.equal({
      op: 'and',
      args: [
        { op: 'eq', attribute: 'donotemail', value: false },
        { op: 'ne', attribute: 'emailaddress1', value: null },
      ],
    });
  });

  it('binds and tighter than or; not and parentheses group', () => {
    const filter = (text: string) => parseODataQuery(`$filter=${text}`).filter;
    const [a, b, c] = ["a eq 1", "b eq 2", "c eq 3"];
    expect(filter(`${a} or ${b} and ${c}`)).to.deep.equal({
      op: 'or',
      args: [{ op: 'eq', attribute: 'a', value: 1 }, { op: 'and', args: [{ op: 'eq', attribute: 'b', value: 2 }, { op: 'eq', attribute: 'c', value: 3 }] }],
    });
    expect(filter(`not (${a} or ${b})`)).to.deep.equal({
      op: 'not',
      arg: { op: 'or', args: [{ op: 'eq', attribute: 'a', value: 1 }, { op: 'eq', attribute: 'b', value: 2 }] },
    });
    expect(filter(`startswith(name,'Con') and not endswith(name,'Ltd')`)).to.deep.equal({
      op: 'and',
      args: [{ op: 'startswith', attribute: 'name', value: 'Con' }, { op: 'not', arg: { op: 'endswith', attribute: 'name', value: 'Ltd' } }],
    });
  });

  it('refuses what is outside the subset with INVALID_INPUT naming the character', () => {
    const cases: [unknown, string][] = [
      ['$expand=contact', 'query: "$expand" is outside the supported subset ($select, $filter, $top, $orderby) at character 1'],
      ['?$filter=name eq', 'query: expected a literal (text in quotes, a number, a GUID, true, false or null) at character 17'],
      ["$filter=name eq 'open", 'query: a text literal that never ends at character 17'],
      ['$filter=name like 1', 'query: expected a comparison (eq, ne, gt, ge, lt, le) at character 14'],
      ['$filter=(a eq 1', 'query: expected ")" at character 16'],
      ['$filter=a eq 1 b eq 2', 'query: expected "and", "or" or the end of the filter at character 16'],
      ['$filter=contains(name,3)', 'query: contains() takes a text literal at character 23'],
      ['$filter=a eq #', 'query: unexpected "#" at character 14'],
      ['$top=-1', 'query: $top must be a whole number at character 6'],
      ['$top=1&$top=2', 'query: $top given twice at character 8'],
      ['$orderby=name sideways', 'query: $orderby takes "attribute [asc|desc]", comma-separated at character 10'],
      ['$select=name,', 'query: $select takes attribute names, comma-separated at character 9'],
      [42, 'query: must be an OData query string such as "?$select=name&$filter=…"'],
    ];
    for (const [text, message] of cases) {
      const error = cifErrorOf(() => parseODataQuery(text));
      expect([error.code, error.message], String(text)).to.deep.equal(['INVALID_INPUT', message]);
    }
  });

  it('prints a filter as OData text', () => {
    expect(printFilter({ op: 'and', args: [{ op: 'not', arg: { op: 'contains', attribute: 'n', value: "it's" } }, { op: 'or', args: [{ op: 'eq', attribute: 'x', value: null }, { op: 'gt', attribute: 'y', value: 2 }] }] })).to.equal(
      "not contains(n,'it''s') and (x eq null or y gt 2)",
    );
  });
});

const attribute = fc.constantFrom('name', 'mobilephone', '_parentcustomerid_value', 'a1', 'primarycontactid/fullname');
const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("O'Brien", "''", '6f9619ff-8b86-d011-b42d-00c04fc964ff', 'and', ' or ', '&$top=1', ')'),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.constant(null),
);
const { filter: arbitraryFilter } = fc.letrec<{ filter: Filter }>((tie) => ({
  filter: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ op: fc.constantFrom('eq', 'ne', 'gt', 'ge', 'lt', 'le'), attribute, value }) as fc.Arbitrary<Filter>,
    fc.record({ op: fc.constantFrom('contains', 'startswith', 'endswith'), attribute, value: fc.string({ maxLength: 8 }) }) as fc.Arbitrary<Filter>,
    fc.record({ op: fc.constant('not'), arg: tie('filter') }) as fc.Arbitrary<Filter>,
    fc.record({ op: fc.constantFrom('and', 'or'), args: fc.array(tie('filter'), { minLength: 2, maxLength: 3 }) }) as fc.Arbitrary<Filter>,
  ),
}));

describe('parseODataQuery, by property', () => {
  it('parses what printFilter prints back into the same tree', () => {
    fc.assert(
      fc.property(arbitraryFilter, (filter) => {
        expect(parseODataQuery(`?$filter=${printFilter(filter)}`).filter).to.deep.equal(filter);
      }),
      RUNS,
    );
  });

  it('throws nothing but a CifError, whatever the text', () => {
    const pieces = fc.constantFrom('$filter=', '$select=', '$top=', '$orderby=', '&', '?', "'", '(', ')', ',', ' and ', ' or ', 'not ', ' eq ', 'contains(', 'x', '1', '{', '-', 'null');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, (input) => {
        try {
          parseODataQuery(input);
        } catch (error) {
          expect(error).to.be.instanceOf(CifError);
        }
      }),
      RUNS,
    );
  });
});

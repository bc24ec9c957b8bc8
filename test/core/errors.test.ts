import { expect } from '@open-wc/testing';
import { CifError, ERROR_CODES, isCifError } from '../../src/core/errors.js';

describe('CifError', () => {
  it('carries the string code, the stable number and the message', () => {
    const error = new CifError('TAB_NOT_CLOSABLE', 'The anchor tab cannot be closed.');
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('CifError');
    expect(error.code).to.equal('TAB_NOT_CLOSABLE');
    expect(error.errorCode).to.equal(9);
    expect(error.message).to.equal('The anchor tab cannot be closed.');
    expect(isCifError(error)).to.equal(true);
    expect(isCifError(new Error('x'))).to.equal(false);
  });

  it('numbers the codes exactly as the contract does', () => {
    expect(Object.entries(ERROR_CODES).map(([code, n]) => `${n} ${code}`)).to.deep.equal([
      '1 INVALID_INPUT', '2 TEMPLATE_NOT_FOUND', '3 TEMPLATE_NOT_GENERIC', '4 TEMPLATE_NOT_IN_PROFILE',
      '5 SESSION_LIMIT_REACHED', '6 TAB_LIMIT_REACHED', '7 SESSION_NOT_FOUND', '8 TAB_NOT_FOUND',
      '9 TAB_NOT_CLOSABLE', '10 UNSAFE_URL', '11 NOT_PERMITTED', '12 INVALID_CONFIG', '13 TIMEOUT',
      '14 NOTIFICATION_TEMPLATE_NOT_FOUND', '15 NO_DATA_ADAPTER', '16 RECORD_NOT_FOUND', '17 DATA_ADAPTER_ERROR',
    ]);
  });

  it('travels as {errorCode, code, message}', () => {
    const data = JSON.parse(JSON.stringify(new CifError('SESSION_NOT_FOUND', 'No session "s1".')));
    expect(data).to.deep.equal({ errorCode: 7, code: 'SESSION_NOT_FOUND', message: 'No session "s1".' });
  });
});

// Contoso's native record pages, as custom elements the workspace's `custom` tabs create by tag.
export { ContosoCustomerRecord } from './customer-record.js';
export { ContosoCaseList } from './case-list.js';
export { ContosoCaseRecord } from './case-record.js';

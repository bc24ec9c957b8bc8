// Contoso CRM's fake records: customers, orders, cases and knowledge articles. Plain data, no DOM,
// so every page of the demo (the CRM, its web resources) can import it. Dates are fixed so
// screenshots stay stable.

/** @typedef {{ id: string, name: string, company: string, email: string, phone: string, city: string, tier: 'Gold' | 'Silver' | 'Standard', since: string, language: string, notes: string[] }} Customer */
/** @typedef {{ id: string, customerId: string, date: string, items: string, total: number, status: 'Delivered' | 'In transit' | 'Processing' | 'Returned', carrier: string }} Order */
/** @typedef {{ id: string, number: string, customerId: string, title: string, priority: 'High' | 'Normal' | 'Low', status: 'New' | 'In progress' | 'Waiting on customer' | 'Resolved', origin: 'Chat' | 'Phone' | 'Email' | 'Web', created: string, owner: string, orderId?: string, description: string, slaHours: number }} Case */
/** @typedef {{ id: string, title: string, category: string, updated: string, views: number, summary: string, steps: string[] }} Article */

/** @type {Customer[]} */
export const customers = [
  { id: 'CUS-1001', name: 'Ann Lee', company: 'Northwind Traders', email: 'ann.lee@northwind.example', phone: '+1 425 555 0142', city: 'Seattle, WA', tier: 'Gold', since: '2019-03-14', language: 'English', notes: ['Prefers email follow-ups.', 'Renewed the premium plan in January.'] },
  { id: 'CUS-1002', name: 'Bob Fischer', company: 'Fabrikam GmbH', email: 'b.fischer@fabrikam.example', phone: '+49 30 5550 1187', city: 'Berlin, DE', tier: 'Silver', since: '2021-07-02', language: 'German', notes: ['Asked about bulk pricing for Q3.'] },
  { id: 'CUS-1003', name: 'Chandra Rao', company: 'Tailspin Toys', email: 'chandra.rao@tailspin.example', phone: '+91 80 5550 3321', city: 'Bengaluru, IN', tier: 'Gold', since: '2018-11-20', language: 'English', notes: ['Key account; escalate delivery issues.'] },
  { id: 'CUS-1004', name: "Dan O'Neil", company: 'Adventure Works', email: 'dan.oneil@adventure-works.example', phone: '+1 206 555 0199', city: 'Portland, OR', tier: 'Standard', since: '2023-02-08', language: 'English', notes: [] },
  { id: 'CUS-1005', name: 'Elena Petrova', company: 'Litware Inc.', email: 'elena.petrova@litware.example', phone: '+44 20 5550 7731', city: 'London, UK', tier: 'Silver', since: '2020-05-29', language: 'English', notes: ['Had a billing dispute in 2024, resolved.'] },
  { id: 'CUS-1006', name: 'Farid Haddad', company: 'Wide World Importers', email: 'farid@wideworld.example', phone: '+971 4 555 0164', city: 'Dubai, AE', tier: 'Gold', since: '2017-09-12', language: 'Arabic', notes: ['Call before 2 pm Gulf time.'] },
  { id: 'CUS-1007', name: 'Grace Kim', company: 'Proseware', email: 'grace.kim@proseware.example', phone: '+82 2 5550 4410', city: 'Seoul, KR', tier: 'Standard', since: '2022-10-03', language: 'Korean', notes: [] },
  { id: 'CUS-1008', name: 'Hugo Martin', company: 'Coho Winery', email: 'hugo.martin@cohowinery.example', phone: '+33 1 5550 2290', city: 'Lyon, FR', tier: 'Silver', since: '2021-01-17', language: 'French', notes: ['Ships fragile goods: recommend insured shipping.'] },
  { id: 'CUS-1009', name: 'Isabel Santos', company: 'Alpine Ski House', email: 'isabel.santos@alpineski.example', phone: '+55 11 5550 8812', city: 'São Paulo, BR', tier: 'Standard', since: '2024-04-22', language: 'Portuguese', notes: [] },
  { id: 'CUS-1010', name: 'Jonas Berg', company: 'Blue Yonder Airlines', email: 'jonas.berg@blueyonder.example', phone: '+46 8 5550 6621', city: 'Stockholm, SE', tier: 'Gold', since: '2016-06-30', language: 'Swedish', notes: ['Executive sponsor for the 2025 rollout.'] },
];

/** @type {Order[]} */
export const orders = [
  { id: 'ORD-50231', customerId: 'CUS-1001', date: '2025-05-02', items: 'Surface dock ×2, USB-C cables ×4', total: 689.0, status: 'In transit', carrier: 'Contoso Express' },
  { id: 'ORD-50117', customerId: 'CUS-1001', date: '2025-04-11', items: 'Ergonomic chair', total: 429.0, status: 'Delivered', carrier: 'Contoso Express' },
  { id: 'ORD-49802', customerId: 'CUS-1001', date: '2025-02-27', items: 'Standing desk frame', total: 799.0, status: 'Returned', carrier: 'Blue Freight' },
  { id: 'ORD-50244', customerId: 'CUS-1002', date: '2025-05-04', items: 'Label printer, 20 rolls', total: 312.5, status: 'Processing', carrier: 'Blue Freight' },
  { id: 'ORD-50006', customerId: 'CUS-1002', date: '2025-03-30', items: 'Barcode scanners ×6', total: 954.0, status: 'Delivered', carrier: 'Contoso Express' },
  { id: 'ORD-50219', customerId: 'CUS-1003', date: '2025-05-01', items: 'Kids tablet ×25', total: 3975.0, status: 'In transit', carrier: 'Contoso Express' },
  { id: 'ORD-50102', customerId: 'CUS-1003', date: '2025-04-08', items: 'Display shelving ×4', total: 1240.0, status: 'Delivered', carrier: 'Blue Freight' },
  { id: 'ORD-50198', customerId: 'CUS-1004', date: '2025-04-28', items: 'Trail GPS watch', total: 249.99, status: 'Delivered', carrier: 'Contoso Express' },
  { id: 'ORD-50240', customerId: 'CUS-1005', date: '2025-05-03', items: 'Annual license, 10 seats', total: 1490.0, status: 'Processing', carrier: 'Digital delivery' },
  { id: 'ORD-50205', customerId: 'CUS-1006', date: '2025-04-29', items: 'Pallet scale, forklift batteries ×2', total: 5120.0, status: 'In transit', carrier: 'Blue Freight' },
  { id: 'ORD-50088', customerId: 'CUS-1006', date: '2025-04-03', items: 'Warehouse headsets ×12', total: 1788.0, status: 'Delivered', carrier: 'Contoso Express' },
  { id: 'ORD-50226', customerId: 'CUS-1007', date: '2025-05-01', items: 'Noise-cancelling headset', total: 199.0, status: 'In transit', carrier: 'Contoso Express' },
  { id: 'ORD-50213', customerId: 'CUS-1008', date: '2025-04-30', items: 'Wine cooler (180 bottles)', total: 2399.0, status: 'In transit', carrier: 'Blue Freight' },
  { id: 'ORD-50150', customerId: 'CUS-1009', date: '2025-04-16', items: 'Ski wax kit ×40', total: 560.0, status: 'Delivered', carrier: 'Contoso Express' },
  { id: 'ORD-50236', customerId: 'CUS-1010', date: '2025-05-02', items: 'Conference room kit ×3', total: 6870.0, status: 'Processing', carrier: 'Blue Freight' },
  { id: 'ORD-50071', customerId: 'CUS-1010', date: '2025-03-21', items: 'Travel routers ×30', total: 2670.0, status: 'Delivered', carrier: 'Contoso Express' },
];

/** @type {Case[]} */
export const cases = [
  { id: 'case-1', number: 'CAS-01041', customerId: 'CUS-1001', title: 'Dock not detected after firmware update', priority: 'High', status: 'In progress', origin: 'Chat', created: '2025-05-05T09:12:00', owner: 'Megan Bowen', orderId: 'ORD-50117', description: 'After installing firmware 2.4.1 the dock is no longer detected by two laptops. Customer tried another cable.', slaHours: 30 },
  { id: 'case-2', number: 'CAS-01038', customerId: 'CUS-1001', title: 'Refund for returned desk frame', priority: 'Normal', status: 'Waiting on customer', origin: 'Email', created: '2025-05-03T14:40:00', owner: 'Megan Bowen', orderId: 'ORD-49802', description: 'Return received at the warehouse on 28 Feb. Refund pending bank details confirmation.', slaHours: 20 },
  { id: 'case-3', number: 'CAS-01044', customerId: 'CUS-1003', title: 'Shipment of 25 tablets delayed', priority: 'High', status: 'New', origin: 'Phone', created: '2025-05-06T08:05:00', owner: 'Unassigned', orderId: 'ORD-50219', description: 'Tracking has not updated for three days. Store opening is on Friday.', slaHours: 1 },
  { id: 'case-4', number: 'CAS-01039', customerId: 'CUS-1002', title: 'Invoice shows wrong VAT number', priority: 'Normal', status: 'In progress', origin: 'Web', created: '2025-05-04T11:30:00', owner: 'Adele Vance', orderId: 'ORD-50006', description: 'Invoice INV-88121 lists the old VAT ID. Needs a corrected invoice for the auditor.', slaHours: 56 },
  { id: 'case-5', number: 'CAS-01045', customerId: 'CUS-1006', title: 'Pallet scale arrived damaged', priority: 'High', status: 'New', origin: 'Chat', created: '2025-05-06T10:21:00', owner: 'Unassigned', orderId: 'ORD-50205', description: 'Display cracked on arrival; photos attached to the chat transcript.', slaHours: 3 },
  { id: 'case-6', number: 'CAS-01036', customerId: 'CUS-1005', title: 'Cannot assign license seats', priority: 'Normal', status: 'In progress', origin: 'Email', created: '2025-05-02T16:02:00', owner: 'Alex Wilber', orderId: 'ORD-50240', description: 'Admin portal shows 0 of 10 seats available although the order is paid.', slaHours: 96 },
  { id: 'case-7', number: 'CAS-01043', customerId: 'CUS-1008', title: 'Insurance for fragile shipment', priority: 'Low', status: 'New', origin: 'Web', created: '2025-05-05T17:45:00', owner: 'Unassigned', orderId: 'ORD-50213', description: 'Customer asks whether the wine cooler shipment is insured against breakage.', slaHours: 30 },
  { id: 'case-8', number: 'CAS-01040', customerId: 'CUS-1010', title: 'Conference kits: installation slot', priority: 'Normal', status: 'Waiting on customer', origin: 'Phone', created: '2025-05-04T13:10:00', owner: 'Megan Bowen', orderId: 'ORD-50236', description: 'Waiting for the customer to confirm an installation window for three rooms.', slaHours: 26 },
  { id: 'case-9', number: 'CAS-01042', customerId: 'CUS-1007', title: 'Headset pairs with one device only', priority: 'Low', status: 'In progress', origin: 'Chat', created: '2025-05-05T12:55:00', owner: 'Adele Vance', orderId: 'ORD-50226', description: 'Multipoint pairing does not work with phone + laptop.', slaHours: 40 },
  { id: 'case-10', number: 'CAS-01031', customerId: 'CUS-1004', title: 'GPS watch battery drains overnight', priority: 'Normal', status: 'Resolved', origin: 'Email', created: '2025-04-30T08:20:00', owner: 'Alex Wilber', orderId: 'ORD-50198', description: 'Resolved by disabling always-on display; firmware fix scheduled.', slaHours: 0 },
  { id: 'case-11', number: 'CAS-01046', customerId: 'CUS-1009', title: 'Bulk discount not applied', priority: 'Normal', status: 'New', origin: 'Email', created: '2025-05-06T11:02:00', owner: 'Unassigned', orderId: 'ORD-50150', description: 'Order of 40 wax kits should have received the 10 % volume discount.', slaHours: 22 },
];

/** @type {Article[]} */
export const articles = [
  { id: 'KB-0101', title: 'Dock not detected after a firmware update', category: 'Hardware', updated: '2025-04-18', views: 1824, summary: 'Roll back or re-seat the dock after firmware 2.4.x; most cases are a stale USB-C controller state.', steps: ['Unplug the dock power for 30 seconds.', 'Connect the laptop with the original cable.', 'If still missing, install firmware 2.4.2 from the support portal.'] },
  { id: 'KB-0102', title: 'How to issue a refund for a returned item', category: 'Billing', updated: '2025-03-02', views: 3410, summary: 'Refunds are issued once the warehouse confirms the return; bank details must be on file.', steps: ['Check the return status on the order.', 'Confirm the customer bank details.', 'Issue the refund from Orders › Refund.'] },
  { id: 'KB-0103', title: 'Tracking a delayed shipment', category: 'Shipping', updated: '2025-04-29', views: 5120, summary: 'Use the carrier tracker; shipments without a scan for 48 h are escalated to the carrier.', steps: ['Open the order and copy the order number.', 'Open the shipping tracker and search it.', 'If there is no scan for 48 h, open a carrier escalation.'] },
  { id: 'KB-0104', title: 'Correcting the VAT number on an invoice', category: 'Billing', updated: '2025-01-15', views: 980, summary: 'Update the account VAT ID, then regenerate the invoice; the old one is voided automatically.', steps: ['Update the VAT ID on the account.', 'Open the invoice and choose Regenerate.', 'Send the corrected invoice to the customer.'] },
  { id: 'KB-0105', title: 'Damaged on arrival: replacement process', category: 'Shipping', updated: '2025-04-02', views: 2760, summary: 'Collect photos, file a carrier claim and ship a replacement without waiting for the claim.', steps: ['Ask for photos of the packaging and the item.', 'File the carrier claim.', 'Create a replacement order with priority shipping.'] },
  { id: 'KB-0106', title: 'Assigning license seats in the admin portal', category: 'Licensing', updated: '2025-02-20', views: 1402, summary: 'Seats appear after the payment clears; sync the tenant if they do not.', steps: ['Check the order is paid.', 'Open Admin › Licenses › Sync tenant.', 'Assign seats to users.'] },
  { id: 'KB-0107', title: 'Shipping insurance for fragile goods', category: 'Shipping', updated: '2024-12-11', views: 640, summary: 'Blue Freight insures glass and electronics up to €5,000; add cover at checkout for more.', steps: ['Check the carrier on the order.', 'Explain the included cover.', 'Offer extended insurance if the value exceeds the limit.'] },
  { id: 'KB-0108', title: 'Bluetooth multipoint pairing', category: 'Hardware', updated: '2025-03-27', views: 2210, summary: 'Multipoint needs firmware 1.8 or later and must be enabled in the companion app.', steps: ['Update the headset firmware.', 'Enable multipoint in the app.', 'Pair the second device while the first stays connected.'] },
  { id: 'KB-0109', title: 'Applying volume discounts after checkout', category: 'Billing', updated: '2025-04-09', views: 1150, summary: 'Volume discounts can be applied as a credit note within 30 days of the order.', steps: ['Verify the quantity qualifies.', 'Create a credit note for the discount.', 'Email the credit note to the customer.'] },
  { id: 'KB-0110', title: 'Resetting a customer portal password', category: 'Account', updated: '2025-02-02', views: 6120, summary: 'Send a reset link; links expire after 30 minutes.', steps: ['Verify the customer identity.', 'Send the reset link from Account › Security.', 'Confirm the customer can sign in.'] },
];

export const customerById = (/** @type {string | undefined} */ id) => customers.find((c) => c.id === id);
export const customerByName = (/** @type {string | undefined} */ name) =>
  customers.find((c) => c.name.toLowerCase() === String(name ?? '').trim().toLowerCase());
export const caseById = (/** @type {string | undefined} */ id) => cases.find((c) => c.id === id || c.number === id);
export const ordersOf = (/** @type {string} */ customerId) => orders.filter((o) => o.customerId === customerId);
export const casesOf = (/** @type {string} */ customerId) => cases.filter((c) => c.customerId === customerId);
export const openCases = () => cases.filter((c) => c.status !== 'Resolved');

/**
 * Articles ranked by how many words of `text` (three letters or more) they contain in title,
 * category or summary; every article, newest first, for empty text.
 */
export function searchArticles(/** @type {string} */ text) {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3);
  if (!words.length) return [...articles].sort((a, b) => b.updated.localeCompare(a.updated));
  return articles
    .map((article) => {
      const haystack = `${article.title} ${article.category} ${article.summary}`.toLowerCase();
      return { article, score: words.filter((word) => haystack.includes(word)).length };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.article.views - a.article.views)
    .map(({ article }) => article);
}

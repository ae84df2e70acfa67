// The vendor's own JavaScript client (sunshine-conversations-client, pinned in package.json) against a running
// emulator: it must accept the emulator's answers to list apps (paged, filtered by service account), list
// integrations (filtered by type), get app and get integration. Run by tests/pester/VendorJsClient.Tests.ps1, which
// starts the emulator, seeds the data and passes it in SMOOCH_JS_TEST (JSON) with the key in SMOOCH_JS_KEY_ID and
// SMOOCH_JS_SECRET.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const SunshineConversationsClient = require('sunshine-conversations-client');

const seeded = JSON.parse(process.env.SMOOCH_JS_TEST || '{}');
const client = SunshineConversationsClient.ApiClient.instance;
client.basePath = seeded.baseUri;
client.authentications.basicAuth.username = process.env.SMOOCH_JS_KEY_ID;
client.authentications.basicAuth.password = process.env.SMOOCH_JS_SECRET;

const apps = new SunshineConversationsClient.AppsApi();
const integrations = new SunshineConversationsClient.IntegrationsApi();

test('the seeded data was passed in', () => {
  assert.ok(seeded.baseUri && seeded.serviceAccountId && seeded.appId, 'SMOOCH_JS_TEST must name baseUri, serviceAccountId and appId');
  assert.equal(seeded.accessibleAppIds.length, 3);
});

test('listApps pages through the apps a service account can access', async () => {
  // This client sends one key of each of page and filter, so the page size and the cursor go in separate calls.
  const filter = { serviceAccountId: seeded.serviceAccountId };
  const first = await apps.listApps({ page: { size: 2 }, filter });
  assert.deepEqual(first.apps.map((a) => a.id), seeded.accessibleAppIds.slice(0, 2));
  assert.equal(first.meta.hasMore, true);
  assert.equal(first.meta.afterCursor, seeded.accessibleAppIds[1]);
  assert.match(first.links.next, /page\[after\]=/);
  assert.match(first.links.next, new RegExp(`filter\\[serviceAccountId\\]=${seeded.serviceAccountId}`));

  const rest = await apps.listApps({ page: { after: first.meta.afterCursor }, filter });
  assert.deepEqual(rest.apps.map((a) => a.id), seeded.accessibleAppIds.slice(2));
  assert.equal(rest.meta.hasMore, false);
  assert.equal(rest.links.next, undefined);
  assert.ok(rest.apps.every((a) => typeof a.displayName === 'string'));
});

test('listApps without a filter lists more apps than the service account can access', async () => {
  const all = await apps.listApps({ page: { size: 100 } });
  assert.ok(all.apps.length > seeded.accessibleAppIds.length);
  assert.ok(seeded.accessibleAppIds.every((id) => all.apps.some((a) => a.id === id)));
});

test('getApp returns the app', async () => {
  const response = await apps.getApp(seeded.appId);
  assert.equal(response.app.id, seeded.appId);
  assert.equal(typeof response.app.displayName, 'string');
});

test('listIntegrations with filter types custom returns only the custom integrations', async () => {
  const custom = await integrations.listIntegrations(seeded.appId, { filter: { types: 'custom' } });
  assert.deepEqual(custom.integrations.map((i) => i.id), seeded.customIntegrationIds);
  assert.ok(custom.integrations.every((i) => i.type === 'custom' && i.status === 'active'));
  assert.equal(custom.meta.hasMore, false);

  const web = await integrations.listIntegrations(seeded.appId, { filter: { types: 'web' } });
  assert.deepEqual(web.integrations.map((i) => i.id), [seeded.webIntegrationId]);
});

test('getIntegration returns the integration', async () => {
  const response = await integrations.getIntegration(seeded.appId, seeded.customIntegrationIds[0]);
  assert.equal(response.integration.id, seeded.customIntegrationIds[0]);
  assert.equal(response.integration.type, 'custom');
});

test('an unknown integration type is refused by the emulator as the vendor documents', async () => {
  await assert.rejects(integrations.listIntegrations(seeded.appId, { filter: { types: 'sms' } }), (error) => error.status === 400);
});

import { assertNoPersonalData, personalDataIn } from '../support/personal-data';

describe('the personal-data scan that runs over every test file\'s logs', () => {
  it.each([
    ['a phone number as digits', '{"message":"callback booked","fields":{"to":"2065550142"}}', 'phone number'],
    ['a phone number in E.164', '{"fields":{"to":"+12065550142"}}', 'phone number'],
    ['a phone number spaced', '{"fields":{"to":"+1 206 555 0142"}}', 'phone number'],
    ['another phone number formatted', '{"fields":{"to":"(425) 555-0199"}}', 'phone number'],
    ['a customer\'s given name', '{"message":"greeted Alex"}', 'name'],
    ['the other customer\'s name', '{"fields":{"who":"sam"}}', 'name'],
    ['a device name', '{"fields":{"device":"Living Room Fire TV"}}', 'device name'],
    ['an account-linking token', '{"fields":{"token":"demo-token-sam"}}', 'access token'],
    ['an Alexa API token', '{"fields":{"apiAccessToken":"eyJ0eXAi"}}', 'Alexa API token'],
    ['a bearer header', '{"fields":{"auth":"Bearer abc.def"}}', 'access token'],
    ['a street address', '{"fields":{"address":"410 Terry Avenue North"}}', 'address'],
    ['address fields', '{"fields":{"addressLine1":"x"}}', 'address'],
  ])('finds %s', (_, line, kind) => {
    expect(personalDataIn([line]).map((f) => f.kind)).toContain(kind);
    expect(() => assertNoPersonalData([line])).toThrow(/personal data in the logs/);
  });

  it.each([
    '{"level":"info","message":"turn","fields":{"requestId":"amzn1.echo-api.request.000123","requestType":"IntentRequest","intent":"SupportIntent","outcome":"HANDOFF","team":"FIRE_TV"}}',
    '{"level":"INFO","message":"turn","timestamp":"2026-11-23T03:30:00.000Z","service":"device-help-desk","sampling_rate":0}',
    '{"fields":{"orderId":"114-0000001-0000001","deviceId":"amzn1.ask.device.DEMO_FIRE_TV","serial":"G000DEMOKINDLE01"}}',
    '{"fields":{"expiresAt":1795000000,"ms":1234,"userId":"amzn1.ask.account.TESTUSER"}}',
    '{"_aws":{"Timestamp":1795000000000,"CloudWatchMetrics":[{"Namespace":"DeviceHelpDesk","Metrics":[{"Name":"Handoff","Unit":"Count"}]}]},"Handoff":1}',
  ])('lets through a line with ids and outcomes only: %s', (line) => {
    expect(personalDataIn([line])).toEqual([]);
  });
});

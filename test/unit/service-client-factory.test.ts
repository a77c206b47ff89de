import type { services } from 'ask-sdk-model';
import { services as standIn } from '../../lambda/alexa/service-client-factory';

/** The bundle's stand-in for ask-sdk-model's service client factory (scripts/bundle.ts gives it to ask-sdk-core). */
describe('the service client factory that loads the clients on first use', () => {
  const calls: services.ApiClientRequest[] = [];
  const apiClient: services.ApiClient = {
    invoke: async (request) => {
      calls.push(request);
      return { statusCode: 200, headers: [], body: '"Europe/Berlin"' };
    },
  };
  const factory = new standIn.ServiceClientFactory({ apiClient, apiEndpoint: 'https://api.amazonalexa.com', authorizationValue: 'token' }) as unknown as services.ServiceClientFactory;

  it('reaches the real clients through its getters: the time zone is asked of the Alexa API', async () => {
    await expect(factory.getUpsServiceClient().getSystemTimeZone('device-1')).resolves.toBe('Europe/Berlin');
    expect(calls).toEqual([expect.objectContaining({ method: 'GET', url: 'https://api.amazonalexa.com/v2/devices/device-1/settings/System.timeZone' })]);
  });

  it('has nothing but those getters, so an await or a check for a property sees no promise and no method', async () => {
    await expect(Promise.resolve(factory)).resolves.toBe(factory);
    expect((factory as unknown as Record<string, unknown>).apiConfiguration).toBeUndefined();
  });
});

import type { services as model } from 'ask-sdk-model';

type Factory = model.ServiceClientFactory;

/**
 * ask-sdk-model as ask-sdk-core's CustomSkill sees it in the bundle (scripts/bundle.ts). The skill makes a service
 * client factory for every request but calls the Alexa APIs on few turns, so the real factory, with ask-sdk-model's
 * 60 KB of service clients, is loaded on the first call of one of its methods instead of at every cold start.
 */
export const services = {
  ServiceClientFactory: class {
    constructor(config: model.ApiConfiguration) {
      let factory: Factory | undefined;
      const real = () => (factory ??= new (require('./ask-sdk-model-services') as typeof import('./ask-sdk-model-services')).services.ServiceClientFactory(config));
      // A constructor that returns an object makes `new` give that object: here, one whose getters (getUpsServiceClient
      // and the like, all the factory has) reach the real factory. Nothing else is there, so it is never taken for a promise.
      const getter = (name: string | symbol): name is keyof Factory => typeof name === 'string' && name.startsWith('get');
      return new Proxy({} as Factory, { get: (_, name) => (getter(name) ? (...args: []) => (real()[name] as (...a: []) => unknown)(...args) : undefined) });
    }
  },
};

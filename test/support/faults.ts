import type { services } from 'ask-sdk-model';

/** How a dependency misbehaves. */
export type Fault =
  /** Fails at once, as a backend that is down or refuses the call. */
  | 'down'
  /** Never answers: only the caller's own timeout can save the turn. */
  | 'hang'
  /** Throws something no adapter would: a bug or an unexpected library error. */
  | 'crash';

export const FAULTS: readonly Fault[] = ['down', 'hang', 'crash'];

const never = () => new Promise<never>(() => undefined);

function failure(fault: Fault, what: string): Promise<never> {
  if (fault === 'hang') return never();
  if (fault === 'down') return Promise.reject(Object.assign(new Error(`${what} is down`), { name: 'ServiceUnavailable' }));
  return Promise.reject(new TypeError(`Cannot read properties of undefined (reading '${what}')`));
}

/** The same port, with every method (or only those named in `only`) failing the given way. */
export function faulty<T extends object>(port: T, fault: Fault, name = 'port', only?: readonly (keyof T)[]): T {
  return new Proxy(port, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (only && !only.includes(property as keyof T)) return value.bind(target);
      return () => failure(fault, `${name}.${String(property)}`);
    },
  });
}

/** Alexa's service APIs answering with an HTTP status (401, 403, 429, 500...) or never answering. */
export function failingAlexaApi(answer: number | 'hang'): services.ApiClient {
  return {
    invoke: async () => {
      if (answer === 'hang') return never();
      return { statusCode: answer, headers: [], body: JSON.stringify({ code: 'ERROR', message: `status ${answer}` }) };
    },
  };
}

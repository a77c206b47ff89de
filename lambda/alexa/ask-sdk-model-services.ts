/** ask-sdk-model's service clients, in a file of their own in the bundle, loaded by ./service-client-factory on first use. */
export { services } from 'ask-sdk-model';

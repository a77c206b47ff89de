// node-forge (a dependency of ask-sdk-express-adapter) ships no types; the tests use it only to mint certificates.
declare module 'node-forge';

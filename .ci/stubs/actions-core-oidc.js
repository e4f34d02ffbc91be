// Stands in for @actions/core's lib/oidc-utils.js in dist/: the checks never ask for an OIDC token, and the real
// module loads @actions/http-client, which imports node:http as an ES module; that import alone costs ~40 ms on
// Node 24 (the module namespace reads http's lazy WebSocket getters, which load undici). See .ci/build.ts.
export class OidcClient {
  static async getIDToken() {
    throw new Error('dev-process-actions does not bundle OIDC token support (core.getIDToken)');
  }
}

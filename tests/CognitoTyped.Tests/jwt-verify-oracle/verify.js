// Differential oracle: aws-jwt-verify (AWS's own verifier for Cognito JWTs) on a batch of tokens.
// Reads { userPoolId, clientIds, graceSeconds, jwks, cases: [{ token, tokenUse, nowSeconds }] } on stdin and writes
// [{ valid, error }] on stdout, in the same order. The JWKS is given to the verifier with cacheJwks, so nothing is
// fetched; Date.now is fixed to each case's nowSeconds, so expiry edges are decided at the same instant as in .NET.
// Only the error's class name is written back, never the token or the library's message (which may quote claims).
'use strict';

const { CognitoJwtVerifier } = require('aws-jwt-verify');

function verifierFor(input, tokenUse) {
  const verifier = CognitoJwtVerifier.create({
    userPoolId: input.userPoolId,
    tokenUse,
    clientId: input.clientIds,
    graceSeconds: input.graceSeconds,
  });
  verifier.cacheJwks(input.jwks);
  return verifier;
}

function run(input) {
  const verifiers = { id: verifierFor(input, 'id'), access: verifierFor(input, 'access') };
  const realNow = Date.now;
  return input.cases.map(c => {
    Date.now = () => c.nowSeconds * 1000;
    try {
      verifiers[c.tokenUse].verifySync(c.token);
      return { valid: true, error: null };
    } catch (e) {
      return { valid: false, error: (e && e.constructor && e.constructor.name) || 'Error' };
    } finally {
      Date.now = realNow;
    }
  });
}

const chunks = [];
process.stdin.on('data', chunk => chunks.push(chunk));
process.stdin.on('end', () => {
  const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  process.stdout.write(JSON.stringify(run(input)));
});

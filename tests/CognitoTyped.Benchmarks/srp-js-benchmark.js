// Times the client-side SRP work of one sign-in in amazon-cognito-identity-js (AWS's JS client):
// new AuthenticationHelper (random a, A = g^a mod N), then getPasswordAuthenticationKey and the
// PASSWORD_CLAIM_SIGNATURE exactly as CognitoUser.authenticateUserDefaultAuth computes it.
// Usage: node srp-js-benchmark.js <srp-oracle folder>  < inputs.json
// inputs: { poolName, userId, password, srpBHex, saltHex, secretBlockBase64, warmup, iterations }
// output: { medianMs, meanMs, minMs, maxMs, iterations, samplesMs }
'use strict';

const path = require('path');

const oracleDir = process.argv[2];
if (!oracleDir) throw new Error('usage: node srp-js-benchmark.js <srp-oracle folder>');
const libraryDir = path.join(oracleDir, 'node_modules', 'amazon-cognito-identity-js');
const { AuthenticationHelper, DateHelper } = require(libraryDir);
const { Sha256 } = require(require.resolve('@aws-crypto/sha256-js', { paths: [libraryDir] }));
const { Buffer } = require('buffer');

function signIn(input) {
  const helper = new AuthenticationHelper(input.poolName);
  const BigInteger = helper.N.constructor;
  let srpA;
  helper.getLargeAValue((err, largeA) => {
    if (err) throw err;
    srpA = largeA.toString(16);
  });

  const serverBValue = new BigInteger(input.srpBHex, 16);
  const salt = new BigInteger(input.saltHex, 16);
  let hkdf;
  helper.getPasswordAuthenticationKey(input.userId, input.password, serverBValue, salt, (err, key) => {
    if (err) throw err;
    hkdf = key;
  });

  const dateNow = new DateHelper().getNowString();
  const concatBuffer = Buffer.concat([
    Buffer.from(input.poolName, 'utf8'),
    Buffer.from(input.userId, 'utf8'),
    Buffer.from(input.secretBlockBase64, 'base64'),
    Buffer.from(dateNow, 'utf8'),
  ]);
  const awsCryptoHash = new Sha256(hkdf);
  awsCryptoHash.update(concatBuffer);
  const signature = Buffer.from(awsCryptoHash.digestSync()).toString('base64');
  return srpA.length + signature.length;
}

const chunks = [];
process.stdin.on('data', chunk => chunks.push(chunk));
process.stdin.on('end', () => {
  const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  let sink = 0;
  for (let i = 0; i < input.warmup; i++) sink += signIn(input);
  const samples = [];
  for (let i = 0; i < input.iterations; i++) {
    const start = process.hrtime.bigint();
    sink += signIn(input);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const sorted = [...samples].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  const medianMs = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  process.stdout.write(JSON.stringify({
    medianMs,
    meanMs: samples.reduce((s, x) => s + x, 0) / samples.length,
    minMs: sorted[0],
    maxMs: sorted[sorted.length - 1],
    iterations: samples.length,
    sink,
    samplesMs: samples,
  }));
});

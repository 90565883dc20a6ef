// Times one SRP sign-in's client-side work with OpenSSL's modular exponentiation (Node's crypto.createDiffieHellman over
// Cognito's 3072-bit N, g = 2), as the reference for the C# arithmetic: the same three exponentiations with the same
// exponent sizes as SrpSession on the same inputs:
//   A = g^a            setPrivateKey(a, 1024 random bits) + generateKeys()
//   g^x                setPrivateKey(x, 256 bits: SHA-256 of salt and identity hash) + generateKeys()
//   S = (B - k*g^x)^(a + u*x)   setPrivateKey(a + u*x, ~1025 bits) + computeSecret(B - k*g^x mod N)
// plus the hashing around them (u, x, HKDF, the claim's HMAC), which costs microseconds. OpenSSL treats a Diffie-Hellman
// private key as secret, so these exponentiations are its constant-time ones.
// Usage: node srp-openssl-benchmark.js  < inputs.json
// inputs: { poolName, userId, password, srpBHex, saltHex, secretBlockBase64, warmup, iterations }
// output: { medianMs, meanMs, minMs, maxMs, iterations, samplesMs, openssl }
'use strict';

const crypto = require('crypto');

const N_HEX = 'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';
const N = BigInt('0x' + N_HEX);
const primeBytes = Buffer.from(N_HEX, 'hex');

// padHex: the minimal big-endian two's-complement bytes, as amazon-cognito-identity-js hashes integers.
function padBytes(value) {
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = '0' + hex;
  else if ('89abcdef'.includes(hex[0])) hex = '00' + hex;
  return Buffer.from(hex, 'hex');
}

function toBytes(value) {
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = '0' + hex;
  return Buffer.from(hex, 'hex');
}

const fromBytes = bytes => BigInt('0x' + (bytes.length ? bytes.toString('hex') : '0'));
const sha256 = (...parts) => crypto.createHash('sha256').update(Buffer.concat(parts)).digest();
const hmac = (key, ...parts) => crypto.createHmac('sha256', key).update(Buffer.concat(parts)).digest();
const k = fromBytes(sha256(padBytes(N), padBytes(2n)));

// One object per exponentiation, as a client would keep them; creating one costs about 0.04 ms.
const powerOfA = crypto.createDiffieHellman(primeBytes, 2);
const powerOfX = crypto.createDiffieHellman(primeBytes, 2);
const secret = crypto.createDiffieHellman(primeBytes, 2);

function signIn(input, serverB, salt) {
  const a = crypto.randomBytes(128);
  powerOfA.setPrivateKey(a);
  const largeA = fromBytes(powerOfA.generateKeys());

  const u = fromBytes(sha256(padBytes(largeA), padBytes(serverB)));
  const identityHash = sha256(Buffer.from(input.poolName + input.userId + ':' + input.password, 'utf8'));
  const x = fromBytes(sha256(padBytes(salt), identityHash));
  powerOfX.setPrivateKey(toBytes(x));
  const gPowX = fromBytes(powerOfX.generateKeys());

  const base = (((serverB - k * gPowX) % N) + N) % N;
  secret.setPrivateKey(toBytes(fromBytes(a) + u * x));
  const s = fromBytes(secret.computeSecret(toBytes(base)));

  // HKDF-SHA256(salt = padHex(u), ikm = padHex(S), info = "Caldera Derived Key"), 16 bytes, then the claim's HMAC.
  const prk = hmac(padBytes(u), padBytes(s));
  const key = hmac(prk, Buffer.from('Caldera Derived Key', 'utf8'), Buffer.from([1])).subarray(0, 16);
  const signature = hmac(key, Buffer.from(input.poolName, 'utf8'), Buffer.from(input.userId, 'utf8'),
    Buffer.from(input.secretBlockBase64, 'base64'), Buffer.from(new Date().toUTCString(), 'utf8')).toString('base64');
  return largeA.toString(16).length + signature.length;
}

const chunks = [];
process.stdin.on('data', chunk => chunks.push(chunk));
process.stdin.on('end', () => {
  const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const serverB = BigInt('0x' + input.srpBHex);
  const salt = BigInt('0x' + input.saltHex);
  let sink = 0;
  for (let i = 0; i < input.warmup; i++) sink += signIn(input, serverB, salt);
  const samples = [];
  for (let i = 0; i < input.iterations; i++) {
    const start = process.hrtime.bigint();
    sink += signIn(input, serverB, salt);
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
    openssl: process.versions.openssl,
    samplesMs: samples,
  }));
});

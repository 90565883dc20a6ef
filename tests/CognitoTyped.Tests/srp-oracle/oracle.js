// SRP oracle: drives amazon-cognito-identity-js (AWS's own JS client) on given inputs.
// Reads a JSON array of cases on stdin, writes a JSON array of results on stdout (same order).
//
// case: { smallAHex, poolName, userId, password, srpBHex, saltHex, secretBlockBase64, epochMilliseconds }
//   - poolName is what the JS client hashes: CognitoUserPool.getUserPoolName() (the part after '_'),
//     or the device group key for DEVICE_SRP_AUTH (the same computation with other inputs).
// result: { largeAHex, keyHex, timestamp, signature }, or { largeAHex, error } when the library rejects the server values
//
// case with kind "deviceVerifier": { kind, deviceGroupKey, deviceKey, devicePassword, saltHex }
// result: { saltBase64, passwordVerifierBase64 } — generateHashDevice with its randomness fed the given values.
//
// Everything is computed by the library itself, except the PASSWORD_CLAIM_SIGNATURE step, which
// replicates CognitoUser.authenticateUserDefaultAuth line for line with the library's own Buffer/Sha256.
'use strict';

const path = require('path');
const { Buffer } = require('buffer');
const { AuthenticationHelper, DateHelper } = require('amazon-cognito-identity-js');

const libraryDir = path.dirname(require.resolve('amazon-cognito-identity-js/package.json'));
const { Sha256 } = require(require.resolve('@aws-crypto/sha256-js', { paths: [libraryDir] }));

function nowStringAt(epochMilliseconds) {
  const RealDate = global.Date;
  global.Date = class extends RealDate {
    constructor(...args) {
      if (args.length === 0) {
        super(epochMilliseconds);
      } else {
        super(...args);
      }
    }
  };
  try {
    return new DateHelper().getNowString();
  } finally {
    global.Date = RealDate;
  }
}

function passwordClaim(input) {
  const helper = new AuthenticationHelper(input.poolName);
  const BigInteger = helper.N.constructor;

  // Fix a (the library lets callers set smallAValue) and recompute A through the library.
  helper.smallAValue = new BigInteger(input.smallAHex, 16);
  helper.largeAValue = undefined;
  let largeA;
  helper.getLargeAValue((err, value) => {
    if (err) throw err;
    largeA = value;
  });

  const serverBValue = new BigInteger(input.srpBHex, 16);
  const salt = new BigInteger(input.saltHex, 16);
  let hkdf;
  try {
    helper.getPasswordAuthenticationKey(input.userId, input.password, serverBValue, salt, (err, key) => {
      if (err) throw err;
      hkdf = key;
    });
  } catch (e) {
    // Rejected server values (B mod N = 0, u = 0): report the rejection beside the A that was sent.
    return { largeAHex: largeA.toString(16), error: String(e && e.message ? e.message : e) };
  }

  // As in CognitoUser.authenticateUserDefaultAuth / getDeviceResponse.
  const dateNow = nowStringAt(input.epochMilliseconds);
  const concatBuffer = Buffer.concat([
    Buffer.from(input.poolName, 'utf8'),
    Buffer.from(input.userId, 'utf8'),
    Buffer.from(input.secretBlockBase64, 'base64'),
    Buffer.from(dateNow, 'utf8'),
  ]);
  const awsCryptoHash = new Sha256(hkdf);
  awsCryptoHash.update(concatBuffer);
  const signature = Buffer.from(awsCryptoHash.digestSync()).toString('base64');

  return {
    largeAHex: largeA.toString(16),
    keyHex: Buffer.from(hkdf).toString('hex'),
    timestamp: dateNow,
    signature,
  };
}

function deviceVerifier(input) {
  const helper = new AuthenticationHelper(input.deviceGroupKey);

  // generateHashDevice draws the password through generateRandomString() and the salt through
  // crypto.getRandomValues (one uint32 per 4 bytes, big-endian); feed it the given values instead.
  helper.generateRandomString = () => input.devicePassword;
  const saltBytes = Buffer.from(input.saltHex, 'hex');
  if (saltBytes.length !== 16) throw new Error('deviceVerifier needs a 16-byte salt');
  const words = [];
  for (let i = 0; i < 16; i += 4) words.push(saltBytes.readUInt32BE(i));
  const webCrypto = globalThis.crypto;
  const realGetRandomValues = webCrypto.getRandomValues;
  webCrypto.getRandomValues = array => {
    array[0] = words.shift();
    return array;
  };
  try {
    helper.generateHashDevice(input.deviceGroupKey, input.deviceKey, err => {
      if (err) throw err;
    });
  } finally {
    webCrypto.getRandomValues = realGetRandomValues;
  }
  if (words.length !== 0) throw new Error('the library drew fewer random words than expected');

  return {
    saltBase64: Buffer.from(helper.getSaltDevices(), 'hex').toString('base64'),
    passwordVerifierBase64: Buffer.from(helper.getVerifierDevices(), 'hex').toString('base64'),
  };
}

function run(input) {
  try {
    return input.kind === 'deviceVerifier' ? deviceVerifier(input) : passwordClaim(input);
  } catch (e) {
    return { error: String(e && e.message ? e.message : e) };
  }
}

const chunks = [];
process.stdin.on('data', chunk => chunks.push(chunk));
process.stdin.on('end', () => {
  const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const results = cases.map(run);
  process.stdout.write(JSON.stringify(results));
});

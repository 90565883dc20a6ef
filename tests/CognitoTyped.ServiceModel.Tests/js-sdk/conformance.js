// Sends the conformance cases through AWS's SDK for JavaScript v3 and checks signatures with AWS's own SigV4 signer.
// Input (stdin, JSON): { credentials, calls: [{ service, operation, endpoint, input }], signatures: [{ url, headers, body, region, service }] }.
// Values in `input` are plain JSON, except timestamps ({"$date": epochSeconds}) and blobs ({"$blob": base64}).
// Output (stdout, JSON): { calls: [{ output } | { error: { name, message, members } }], signatures: [{ authorization }] },
// where `output` is the parsed response in the same notation, without $metadata.
"use strict";

const crypto = require("node:crypto");
const idp = require("@aws-sdk/client-cognito-identity-provider");
const identity = require("@aws-sdk/client-cognito-identity");
const { SignatureV4 } = require("@smithy/signature-v4");

const services = {
  "cognito-idp": { module: idp, Client: idp.CognitoIdentityProviderClient },
  "cognito-identity": { module: identity, Client: identity.CognitoIdentityClient },
};

function toSdk(value) {
  if (Array.isArray(value)) return value.map(toSdk);
  if (value !== null && typeof value === "object") {
    if ("$date" in value) return new Date(value.$date * 1000);
    if ("$blob" in value) return new Uint8Array(Buffer.from(value.$blob, "base64"));
    const result = {};
    for (const [key, item] of Object.entries(value)) result[key] = toSdk(item);
    return result;
  }
  return value;
}

function fromSdk(value) {
  if (value instanceof Date) return { $date: value.getTime() / 1000 };
  if (value instanceof Uint8Array) return { $blob: Buffer.from(value).toString("base64") };
  if (Array.isArray(value)) return value.map(fromSdk);
  if (value !== null && typeof value === "object") {
    const result = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === "$metadata" || item === undefined) continue;
      result[key] = fromSdk(item);
    }
    return result;
  }
  return value;
}

class Sha256 {
  constructor(secret) {
    this.hash = secret ? crypto.createHmac("sha256", Buffer.from(secret)) : crypto.createHash("sha256");
  }
  update(data) {
    this.hash.update(typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data));
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
}

async function call(clients, credentials, spec) {
  const service = services[spec.service];
  const key = spec.service + " " + spec.endpoint;
  if (!clients.has(key)) {
    clients.set(key, new service.Client({ region: "us-east-1", endpoint: spec.endpoint, credentials, maxAttempts: 1 }));
  }
  const Command = service.module[spec.operation + "Command"];
  if (!Command) return { error: { name: "MissingCommand", message: spec.operation + "Command is not exported" } };
  try {
    const output = await clients.get(key).send(new Command(toSdk(spec.input)));
    return { output: fromSdk(output) };
  } catch (error) {
    // The error's own members (InvalidParameterException's reasonCode), as the SDK exposes them on the error.
    const members = {};
    for (const [key, value] of Object.entries(error)) {
      if (typeof value === "string" && !key.startsWith("$") && !["name", "message", "Message", "__type"].includes(key)) members[key] = value;
    }
    return { error: { name: error.name, message: error.message, members } };
  }
}

// Signs the request our client sent, with the headers it says it signed, at the time it says it signed:
// the Authorization header must come out the same.
async function sign(credentials, spec) {
  const url = new URL(spec.url);
  const authorization = spec.headers["authorization"] ?? "";
  const signed = (/SignedHeaders=([^,]+)/.exec(authorization) ?? [null, ""])[1].split(";").filter(name => name);
  const headers = {};
  for (const name of signed) {
    if (name !== "x-amz-date" && name !== "x-amz-security-token") headers[name] = spec.headers[name];
  }
  const amzDate = spec.headers["x-amz-date"];
  const signingDate = new Date(Date.UTC(
    +amzDate.slice(0, 4), +amzDate.slice(4, 6) - 1, +amzDate.slice(6, 8),
    +amzDate.slice(9, 11), +amzDate.slice(11, 13), +amzDate.slice(13, 15)));
  const signer = new SignatureV4({ credentials, region: spec.region, service: spec.service, sha256: Sha256, uriEscapePath: true, applyChecksum: false });
  const request = await signer.sign(
    { method: "POST", protocol: url.protocol, hostname: url.hostname, port: url.port, path: url.pathname, query: {}, headers, body: spec.body },
    { signingDate });
  return { authorization: request.headers["authorization"] };
}

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const input = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  const clients = new Map();
  const calls = [];
  for (const spec of input.calls ?? []) calls.push(await call(clients, input.credentials, spec));
  const signatures = [];
  for (const spec of input.signatures ?? []) signatures.push(await sign(input.credentials, spec));
  for (const client of clients.values()) client.destroy();
  process.stdout.write(JSON.stringify({ calls, signatures }));
}

main().catch(error => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(1);
});

// Test helpers (imported by *.test.ts only): a P-256 root CA and a leaf certified by it, written as DER
// by hand because node:crypto reads certificates but cannot make them. Enough X.509 for the chain check.
import { generateKeyPairSync, sign, X509Certificate, type KeyObject } from "node:crypto";

function length(size: number): number[] {
  if (size < 0x80) return [size];
  const bytes: number[] = [];
  for (let rest = size; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

const tlv = (tag: number, ...content: Uint8Array[]) => {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag, ...length(body.length)]), body]);
};
const sequence = (...content: Uint8Array[]) => tlv(0x30, ...content);

function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split(".").map(Number);
  const bytes = [40 * first + second];
  for (const arc of rest) {
    const groups = [arc & 0x7f];
    for (let value = arc >> 7; value > 0; value >>= 7) groups.unshift(0x80 | (value & 0x7f));
    bytes.push(...groups);
  }
  return tlv(0x06, Buffer.from(bytes));
}

const ECDSA_WITH_SHA256 = sequence(oid("1.2.840.10045.4.3.2"));
const name = (commonName: string) => sequence(tlv(0x31, sequence(oid("2.5.4.3"), tlv(0x0c, Buffer.from(commonName, "utf8")))));
// UTCTime YYMMDDHHMMSSZ: fine for the years 1950–2049 used in tests.
const utcTime = (date: Date) => tlv(0x17, Buffer.from(`${date.toISOString().slice(2, 19).replace(/[-T:]/g, "")}Z`, "ascii"));
const caExtensions = tlv(0xa3, sequence(sequence(oid("2.5.29.19"), tlv(0x01, Buffer.from([0xff])), tlv(0x04, sequence(tlv(0x01, Buffer.from([0xff])))))));

export interface TestCertificate {
  certificate: X509Certificate;
  /** base64 DER, as in a JWK x5c. */
  base64: string;
  pem: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

interface CertifyOptions {
  subject: string;
  issuer?: { name: string; privateKey: KeyObject };
  notBefore: Date;
  notAfter: Date;
  ca: boolean;
  serial: number;
}

function certify(options: CertifyOptions): TestCertificate {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const signer = options.issuer ?? { name: options.subject, privateKey };
  const tbs = sequence(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))),
    tlv(0x02, Buffer.from([options.serial & 0x7f])),
    ECDSA_WITH_SHA256,
    name(signer.name),
    sequence(utcTime(options.notBefore), utcTime(options.notAfter)),
    name(options.subject),
    publicKey.export({ type: "spki", format: "der" }),
    ...(options.ca ? [caExtensions] : []),
  );
  const signature = sign("sha256", tbs, { key: signer.privateKey, dsaEncoding: "der" });
  const der = sequence(tbs, ECDSA_WITH_SHA256, tlv(0x03, Buffer.from([0]), signature));
  const base64 = der.toString("base64");
  const pem = `-----BEGIN CERTIFICATE-----\n${base64.match(/.{1,64}/g)?.join("\n")}\n-----END CERTIFICATE-----\n`;
  return { certificate: new X509Certificate(der), base64, pem, privateKey, publicKey };
}

/** A root CA and a leaf it certified, both valid from `notBefore` to `notAfter`. */
export function createTestChain(options: { notBefore: Date; notAfter: Date; leafName?: string }): { root: TestCertificate; leaf: TestCertificate } {
  const root = certify({ subject: "Test Root CA", notBefore: options.notBefore, notAfter: options.notAfter, ca: true, serial: 1 });
  const leaf = certify({
    subject: options.leafName ?? "hospital.example",
    issuer: { name: "Test Root CA", privateKey: root.privateKey },
    notBefore: options.notBefore,
    notAfter: options.notAfter,
    ca: false,
    serial: 2,
  });
  return { root, leaf };
}

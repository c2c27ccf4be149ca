import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

// Ids for rows written in raw SQL. Prisma's cuid() default is applied by the client, not by the
// database, so statements that bypass Prisma make their own: the same shape as Prisma's cuid v1
// ("c", timestamp, counter, host fingerprint, randomness; 25 characters, base 36), so ids from both
// routes sort and look alike.

const BASE = 36;
const BLOCK = 4;
let counter = randomBytes(4).readUInt32BE() % BASE ** BLOCK;

const pad = (value: number | string, size: number) => value.toString(BASE).padStart(size, "0").slice(-size);

const fingerprint = (() => {
  const host = [...hostname()].reduce((sum, char) => sum + char.charCodeAt(0), hostname().length + BASE);
  return pad(process.pid, 2) + pad(host, 2);
})();

function randomBlock(): string {
  return pad(randomBytes(4).readUInt32BE() % BASE ** BLOCK, BLOCK);
}

export function createId(): string {
  counter = (counter + 1) % BASE ** BLOCK;
  return `c${Date.now().toString(BASE)}${pad(counter, BLOCK)}${fingerprint}${randomBlock()}${randomBlock()}`;
}

// Password hashing with argon2id (OWASP's first choice). Parameters follow OWASP's
// minimum recommendation for argon2id: 19 MiB memory, 2 iterations, 1 lane.
import { hash, verify } from "@node-rs/argon2";

// 2 is Algorithm.Argon2id, an ambient const enum that isolatedModules cannot import.
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed verification, never a crash of the sign-in.
    return false;
  }
}

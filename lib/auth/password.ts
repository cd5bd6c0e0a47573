// Password hashing with argon2id (OWASP's first choice). Parameters follow OWASP's
// minimum recommendation for argon2id: 19 MiB memory, 2 iterations, 1 lane.
import { Algorithm, hash, verify } from "@node-rs/argon2";

const options = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

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

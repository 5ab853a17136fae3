/**
 * mulberry32: a tiny, fast, deterministic PRNG (numbers in [0, 1)), so that a
 * run can be repeated from its seed. Shared by the SIGKILL save test and the
 * benchmark's synthetic catalogues.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

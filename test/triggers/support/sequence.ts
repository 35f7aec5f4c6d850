/** A small deterministic generator (a linear congruential one), so a failing run of a randomized test can be replayed from its seed. */
export function sequence(seed: number) {
  let value = seed;
  return (below: number) => {
    value = (value * 1103515245 + 12345) % 2 ** 31;
    return value % below;
  };
}

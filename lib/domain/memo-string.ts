// A pure function of one string, remembered: the checker and importer fold and parse the same short cell
// and label texts over and over (every row, every rule, every file). Bounded: when full, the memory is
// dropped and refilled, so a long-running server holds at most `limit` answers per function.

export function memoString<T>(fn: (s: string) => T, limit = 20_000): (s: string) => T {
  const memory = new Map<string, T>();
  return (s) => {
    const known = memory.get(s);
    if (known !== undefined || memory.has(s)) return known as T;
    if (memory.size >= limit) memory.clear();
    const answer = fn(s);
    memory.set(s, answer);
    return answer;
  };
}

import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The lines of a JSON Lines file in `test/fixtures/` (real payloads with what they should resolve
 * to), each parsed as `T`; blank lines skipped.
 */
export function loadFixtures<T>(file: string): T[] {
  return readFileSync(path.resolve(__dirname, '../fixtures', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { emptyProgress } from '@/stores/progress-record';

import { progressFile, readProgressFile } from './progress-file';

describe('progress file', () => {
  it('reads back what it wrote', () => {
    const state = { ...emptyProgress(), lessons: { 'm/l': { reached: 2 } } };
    expect(readProgressFile(progressFile(state))).toEqual(state);
  });

  it('reads a saved value of an older version, migrating it', () => {
    const v1 = readFileSync(
      path.resolve(__dirname, '../../../tests/fixtures/progress/v1.json'),
      'utf8',
    );
    expect(readProgressFile(v1)?.lessons['what-is-trafficking/act-means-purpose']?.reached).toBe(3);
  });

  it('refuses a tampered file, a file of another kind and text that is not JSON', () => {
    const tampered = JSON.parse(progressFile(emptyProgress()));
    tampered.state.lessons = { 'm/l': { reached: -4 } };
    expect(readProgressFile(JSON.stringify(tampered))).toBeNull();
    expect(
      readProgressFile(
        JSON.stringify({ kind: 'something-else', version: 2, state: emptyProgress() }),
      ),
    ).toBeNull();
    expect(readProgressFile('<html>')).toBeNull();
  });
});

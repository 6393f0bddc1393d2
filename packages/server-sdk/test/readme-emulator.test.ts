import { describe, expect, it } from '@jest/globals';
import * as emulatorModule from '@acct/emulator';
import * as sdk from '@acct/server-sdk';
import { readmeBlocks, runBlock } from '../../../test/support/readme';

// No msw here: the emulator is a real server on 127.0.0.1.
describe('README, testing with the emulator', () => {
  it('runs as written', async () => {
    const block = readmeBlocks(new URL('../README.md', import.meta.url)).find((b) =>
      b.includes('startEmulator'),
    )!;
    const lines = await runBlock(block, {
      '@acct/emulator': emulatorModule,
      '@acct/server-sdk': sdk,
    });
    expect(lines).toEqual(['2']);
  });
});

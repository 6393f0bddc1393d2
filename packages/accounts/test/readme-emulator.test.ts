import { describe, expect, it } from '@jest/globals';
import * as emulatorModule from '@acct/emulator';
import * as accountsModule from '@acct/accounts';
import { readmeBlocks, runBlock } from '../../../test/support/readme';

// No msw here: the emulator is a real server on 127.0.0.1.
describe('README, testing with the emulator', () => {
  it('runs as written', async () => {
    const blocks = readmeBlocks(new URL('../README.md', import.meta.url));
    const block = blocks.find((b) => b.includes('startEmulator'))!;
    const lines = await runBlock(block, {
      '@acct/emulator': emulatorModule,
      '@acct/accounts': accountsModule,
    });
    expect(lines).toEqual(['1']);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it, jest } from '@jest/globals';
import { startEmulator, DEMO_ACCOUNT } from '@acct/emulator';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('runs the startEmulator example exactly as written', async () => {
    const example = `const emulator = await startEmulator(); // the demo account, a free port on 127.0.0.1
const auth = Buffer.from(\`\${DEMO_ACCOUNT.apiKey}:\${DEMO_ACCOUNT.apiSecret}\`).toString('base64');

const response = await fetch(\`\${emulator.url}/account/get-balance\`, {
  headers: { authorization: \`Basic \${auth}\` },
});
console.log(response.status, await response.json()); // 200 { value: 10.5, autoReload: true }

await emulator.close();`;
    expect(readme).toContain(
      `import { startEmulator, DEMO_ACCOUNT } from '@acct/emulator';\n\n${example}`,
    );

    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      // the example, verbatim
      const emulator = await startEmulator(); // the demo account, a free port on 127.0.0.1
      const auth = Buffer.from(`${DEMO_ACCOUNT.apiKey}:${DEMO_ACCOUNT.apiSecret}`).toString(
        'base64',
      );

      const response = await fetch(`${emulator.url}/account/get-balance`, {
        headers: { authorization: `Basic ${auth}` },
      });
      console.log(response.status, await response.json()); // 200 { value: 10.5, autoReload: true }

      await emulator.close();
      expect(log.mock.calls).toEqual([[200, { value: 10.5, autoReload: true }]]);
    } finally {
      log.mockRestore();
    }
  });

  it('documents the demo account with the exported values', () => {
    expect(DEMO_ACCOUNT).toEqual({
      apiKey: 'acct-demo',
      apiSecret: 'Demo1Secret',
      balance: 10.5,
      currency: 'EUR',
      autoReload: true,
      topUpAmount: 10,
    });
    expect(readme).toContain('| `apiKey`      | `acct-demo`   |');
    expect(readme).toContain('| `apiSecret`   | `Demo1Secret` |');
    expect(readme).toContain('| `balance`     | `10.5` (EUR)  |');
  });
});

describe('README Jest example', () => {
  it('is the file test/readme-jest-example.test.ts, verbatim', () => {
    const file = readFileSync(new URL('./readme-jest-example.test.ts', import.meta.url), 'utf8');
    const example = file.split('// ---- README Jest example ----\n')[1];
    expect(example).toBeDefined();
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });
});

// A typical program written for the peer SDK (`@vonage/auth` + `@vonage/accounts`), with only
// the package names changed: the peer's class names, constructor shapes and call shapes, and
// error handling through `err.response`. The caller loads the packages (by `require()` or by
// `import()`) and passes them in, so one program body runs against both builds.
//
// Every step is recorded separately: a step that throws records `{ threw }` and the next steps
// still run, so one missing feature shows as one failed assertion, not as a crashed program.

/**
 * @param {{ Accounts: any, Secrets: any, Auth: any }} acct the loaded packages
 * @param {{ host: string, apiKey: string, apiSecret: string }} env where and who
 */
module.exports = async function peerProgram(
  { Accounts, Secrets, Auth },
  { host, apiKey, apiSecret },
) {
  const steps = {};
  const step = async (name, fn) => {
    try {
      steps[name] = await fn();
    } catch (err) {
      steps[name] = { threw: `${err && err.name}: ${err && err.message}` };
    }
  };

  const auth = new Auth({ apiKey, apiSecret });
  const options = { restHost: host, apiHost: host };
  const accounts = new Accounts(auth, options);
  const secrets = new Secrets(auth, options);

  await step('balance', () => accounts.getBalance());
  await step('topUp', () => accounts.topUpBalance('8ef2447e69604f642ae59363aa5f781b'));
  await step('balanceAfterTopUp', async () => (await accounts.getBalance()).value);
  await step('callbacks', () =>
    accounts.updateAccountCallbacks({ moCallBackUrl: 'https://example.com/webhooks/inbound-sms' }),
  );

  await step('secrets', async () => {
    const before = await secrets.listSecrets(apiKey);
    const created = await secrets.createSecret(apiKey, 'Peer2Secret');
    const fetched = await secrets.getSecret(apiKey, created.id);
    const during = await secrets.listSecrets(apiKey);
    const deleted = await secrets.deleteSecret(apiKey, created.id);
    const after = await secrets.listSecrets(apiKey);
    const ids = (list) => list._embedded.secrets.map((s) => s.id);
    return {
      before: ids(before).length,
      during: ids(during).length,
      after: ids(after).length,
      createdListed: ids(during).includes(created.id),
      createdGone: !ids(after).includes(created.id),
      fetched: {
        sameId: fetched.id === created.id,
        sameCreatedAt: fetched.created_at === created.created_at,
      },
      selfLink: fetched._links.self.href,
      createdId: created.id,
      deleted: deleted === undefined ? 'undefined' : deleted,
    };
  });

  // Error handling as written for the peer: a wrong secret is a 401 whose `response` is read.
  const wrong = new Accounts(new Auth({ apiKey, apiSecret: 'Wrong1Secret' }), options);
  await step('unauthorized', async () => {
    try {
      await wrong.getBalance();
      return 'no error';
    } catch (err) {
      return {
        status: err.response.status,
        statusText: err.response.statusText,
        body: await err.response.json(),
      };
    }
  });
  // The same error still carries acct's own fields, and the wrong secret appears nowhere.
  await step('unauthorizedOwnFields', async () => {
    try {
      await wrong.getBalance();
      return 'no error';
    } catch (err) {
      const { inspect } = require('node:util');
      const views = {
        message: err.message,
        stack: err.stack,
        string: String(err),
        inspect: inspect(err, { depth: 10 }),
        json: JSON.stringify(err),
      };
      return {
        name: err.name,
        status: err.status,
        errorCode: err.errorCode,
        secretIn: Object.keys(views).filter((k) => String(views[k]).includes('Wrong1Secret')),
      };
    }
  });
  // And a 404 on a secret id, told apart by `err.response.status` as the peer's users do.
  await step('notFound', async () => {
    try {
      await secrets.getSecret(apiKey, 'no-such-id');
      return 'no error';
    } catch (err) {
      const body = await err.response.json();
      return { status: err.response.status, title: body.title, detail: body.detail };
    }
  });

  return steps;
};

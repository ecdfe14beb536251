/**
 * Starts the sandbox and says where it listens.
 *   npm run sandbox -- [--port N] [--tls]
 */
import { parseArgs } from 'node:util';
import { SANDBOX_SETUP } from './setup';
import { SANDBOX_HOSTNAMES, type SandboxVendor, startSandbox, VENDOR_SITES } from './server';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, tls: { type: 'boolean', default: false } } });
const sandbox = await startSandbox({ port: Number(values.port), tls: values.tls });
console.log(`Scorelens sandbox listening on ${sandbox.origin}`);
for (const vendor of Object.keys(VENDOR_SITES) as SandboxVendor[]) console.log(`  ${vendor}: ${sandbox.baseUrl(vendor)}`);
console.log(`Host names it answers (map them to 127.0.0.1): ${SANDBOX_HOSTNAMES.join(', ')}`);
console.log('Set each vendor up with (key and fields):');
for (const [vendor, setup] of Object.entries(SANDBOX_SETUP)) console.log(`  ${vendor}: ${JSON.stringify(setup)}`);
const stop = () => void sandbox.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

export type { AccountSeed } from './account-seed';
export type { CreateHandlersOptions } from './create-handlers-options';
export { createHandlers } from './create-handlers';
export { DEMO_ACCOUNT } from './demo-account';
export { Emulator } from './emulator';
export { EmulatorOptionError } from './emulator-option-error';
export type { EmulatorOptions } from './emulator-options';
export type { EmulatorRequest, EmulatorResponse } from './emulator-request';
export type {
  AccountSnapshot,
  EmulatorSnapshot,
  SecretSnapshot,
  TopUpRecord,
} from './emulator-snapshot';
export type { InjectOptions } from './inject-options';
export type { MswHttp } from './msw-http';
export type { RequestLogEntry } from './request-log-entry';
export type { RunningEmulator } from './running-emulator';
export { startEmulator } from './start-emulator';
export type { StartEmulatorOptions } from './start-emulator-options';

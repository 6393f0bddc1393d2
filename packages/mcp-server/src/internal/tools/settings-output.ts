import { z } from 'zod';

/** Output shape shared by `get_account_settings` and `update_account_callbacks`. */
export const settingsOutputShape = {
  mo_callback_url: z.string().describe('Default webhook for inbound SMS ("" when not set).'),
  dr_callback_url: z.string().describe('Default webhook for delivery receipts ("" when not set).'),
  max_outbound_request: z.number().describe('Maximum outbound messages per second.'),
  max_inbound_request: z.number().describe('Maximum inbound messages per second.'),
  max_calls_per_second: z.number().describe('Maximum API calls per second.'),
};

/** The settings as the tools return them. */
export interface SettingsOutput extends Record<string, unknown> {
  mo_callback_url: string;
  dr_callback_url: string;
  max_outbound_request: number;
  max_inbound_request: number;
  max_calls_per_second: number;
}

/** The wire shape of `/account/settings` (kebab-case). */
interface WireSettings {
  'mo-callback-url'?: string | null;
  'dr-callback-url'?: string | null;
  'max-outbound-request'?: number | string;
  'max-inbound-request'?: number | string;
  'max-calls-per-second'?: number | string;
}

/**
 * Maps the API's kebab-case settings to the tools' snake_case output.
 *
 * @param wire - What the SDK returned.
 * @returns The tool output.
 */
export function toSettings(wire: WireSettings): SettingsOutput {
  return {
    mo_callback_url: wire['mo-callback-url'] ?? '',
    dr_callback_url: wire['dr-callback-url'] ?? '',
    max_outbound_request: Number(wire['max-outbound-request'] ?? 0),
    max_inbound_request: Number(wire['max-inbound-request'] ?? 0),
    max_calls_per_second: Number(wire['max-calls-per-second'] ?? 0),
  };
}

/**
 * One line describing the settings.
 *
 * @param s - The settings.
 * @returns The summary.
 */
export function describeSettings(s: SettingsOutput): string {
  const url = (value: string): string => (value === '' ? '(not set)' : value);
  return (
    `Inbound SMS callback: ${url(s.mo_callback_url)}; delivery receipt callback: ` +
    `${url(s.dr_callback_url)}; limits: ${s.max_outbound_request} outbound/s, ` +
    `${s.max_inbound_request} inbound/s, ${s.max_calls_per_second} API calls/s.`
  );
}

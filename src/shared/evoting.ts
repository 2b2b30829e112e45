import { z } from 'zod';
import { entityId } from './fields';

/** Electronic voting: phones on the hall's network, one QR slip each (see src/main/voting/lan/). */

/** The port the voting listener takes unless the operator names another. */
export const DEFAULT_VOTING_PORT = 8765;

export const votingPort = () =>
  z.number({ error: 'invalid' }).int('invalid').min(1024, 'invalid').max(65535, 'invalid');

/** An address of one of the laptop's network interfaces, as os.networkInterfaces() gives it. */
export const networkAddressRecord = z.object({
  name: z.string().describe('The interface, e.g. "Wi-Fi", "Ethernet", "wlan0".'),
  address: z.string(),
  family: z.enum(['IPv4', 'IPv6']),
  internal: z.boolean().describe('Loopback: reachable from this computer only.'),
});
export type NetworkAddress = z.infer<typeof networkAddressRecord>;

export const evotingStatusRecord = z.object({
  pollId: z.number().int(),
  listening: z
    .object({
      address: z.string(),
      port: z.number().int(),
      url: z.string().describe('What a phone opens; the QR codes add the slip after "#".'),
      openedAt: z.string(),
    })
    .nullable()
    .describe('Null while electronic voting is not open for this poll.'),
  slips: z.number().int().describe('Electronic slips printed for this poll.'),
  used: z.number().int().describe('Slips already used: "Đã bỏ phiếu used/slips".'),
  wrongCodes: z.number().int().describe('Codes that matched no slip since voting opened ("12 mã sai").'),
  blocked: z.number().int().describe('Requests refused unread by the rate limits since voting opened.'),
  lastPhoneAt: z
    .string()
    .nullable()
    .describe('When a phone last reached the listener since it opened; null when none has.'),
});
export type EvotingStatus = z.infer<typeof evotingStatusRecord>;

export const pollIdOnly = z.object({ pollId: entityId() });

export const evotingOpenInput = z.object({
  pollId: entityId(),
  address: z.string().min(2).max(64),
  port: votingPort().default(DEFAULT_VOTING_PORT),
});

export const slipsPdfInput = z.object({
  pollId: entityId(),
  address: z.string().min(2).max(64),
  port: votingPort().default(DEFAULT_VOTING_PORT),
  copies: z.number().int('invalid').min(1, 'invalid').max(2000, 'invalid').optional(),
});

export const slipCheckInput = z.object({
  pollId: entityId(),
  label: z.string().min(1).max(16),
});

export const slipCheckRecord = z.object({
  found: z.boolean(),
  usedAt: z.string().nullable().describe('When the slip was used on a phone; null when it was not.'),
});

/** What a phone opens: http://address:port/ (IPv6 in brackets). */
export function votingUrl(address: string, port: number): string {
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}/`;
}

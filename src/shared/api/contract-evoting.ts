import { z } from 'zod';
import {
  evotingOpenInput,
  evotingStatusRecord,
  networkAddressRecord,
  pollIdOnly,
  slipCheckInput,
  slipCheckRecord,
  slipsPdfInput,
} from '../evoting';
import { writtenFileRecord } from '../files';
import { method, noInput } from './method';

/**
 * Electronic voting on the hall's network (part of the contract in contract.ts). These are the
 * operator's methods; the phones reach a separate listener that answers none of them.
 */
export const evotingMethods = {
  'evoting.interfaces': method({
    input: noInput,
    output: z.array(networkAddressRecord),
    summary:
      'The laptop’s network addresses (Wi-Fi, Ethernet, loopback) the voting listener can be bound to.',
  }),
  'evoting.status': method({
    input: pollIdOnly,
    output: evotingStatusRecord,
    summary:
      'The live counter of a poll’s electronic voting: slips, slips used, wrong codes, and where it listens. Never partial results.',
  }),
  'evoting.open': method({
    input: evotingOpenInput,
    output: evotingStatusRecord,
    summary:
      'Starts the voting listener for a poll in voting on one of the laptop’s addresses (never all of them) and a port; one poll at a time. Reopening after a close or a restart takes the same slips.',
  }),
  'evoting.close': method({
    input: pollIdOnly,
    output: evotingStatusRecord,
    summary:
      'Stops the voting listener. The listener also stops when the poll leaves voting (its electronic ballots then become its counts) and when the app quits.',
  }),
  'evoting.slipsPdf': method({
    input: slipsPdfInput,
    output: writtenFileRecord,
    summary:
      'Issues and writes electronic voting slips (several per A4, title, QR code, short code and the code to type by hand): `copies` slips linked to nobody for a secret poll (default: members present), one per member present for a named poll.',
  }),
  'evoting.checkSlip': method({
    input: slipCheckInput,
    output: slipCheckRecord,
    summary:
      'Whether the slip with this printed short code was used on a phone, for the tellers to set aside its paper.',
  }),
};

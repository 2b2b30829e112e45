import { z } from 'zod';
import {
  agendaConferenceInput,
  agendaCreateInput,
  agendaDeleteInput,
  agendaItemRecord,
  agendaRecord,
  agendaReorderInput,
  agendaUpdateInput,
} from '../agenda';
import { exportedFileRecord } from '../exports';
import { method } from './method';

/** The agenda (chương trình hội nghị) and its run mode (part of the contract in contract.ts). */
export const agendaMethods = {
  'agenda.list': method({
    input: agendaConferenceInput,
    output: agendaRecord,
    summary:
      "The conference's programme in order, each item's planned start and end from the conference's start, the estimated end and the run state.",
  }),
  'agenda.create': method({
    input: agendaCreateInput,
    output: agendaItemRecord,
    summary: 'Adds an item at the end of the programme; the duration is a positive whole number of minutes.',
  }),
  'agenda.update': method({
    input: agendaUpdateInput,
    output: agendaItemRecord,
    summary:
      "Changes an item's text, kind or duration; its recorded times stay. Refused (CONFLICT) when the item's revision is no longer the one sent.",
  }),
  'agenda.delete': method({
    input: agendaDeleteInput,
    output: z.object({ deleted: z.number().int() }),
    summary:
      'Deletes an item (not the one running now) and closes the gap in the order. Refused (CONFLICT) when the item changed since it was read.',
  }),
  'agenda.reorder': method({
    input: agendaReorderInput,
    output: agendaRecord,
    summary:
      "Puts every item of the conference in the given order, in one transaction; the ids must be exactly the conference's items.",
  }),
  'agenda.start': method({
    input: agendaConferenceInput,
    output: agendaRecord,
    summary:
      'Starts run mode: the first item begins now. Refused (INVALID_STATE) without items or when already run.',
  }),
  'agenda.next': method({
    input: agendaConferenceInput,
    output: agendaRecord,
    summary: 'Ends the current item now and begins the next; after the last item run mode ends.',
  }),
  'agenda.previous': method({
    input: agendaConferenceInput,
    output: agendaRecord,
    summary:
      'Goes back: the current item loses its times and the one before it continues. After the end, reopens the last item run.',
  }),
  'agenda.finish': method({
    input: agendaConferenceInput,
    output: agendaRecord,
    summary: 'Ends the current item now and with it run mode; items not reached keep no times.',
  }),
  'agenda.reset': method({
    input: agendaConferenceInput,
    output: agendaRecord,
    summary: 'Clears every recorded start and end, so the programme can be run again.',
  }),
  'agenda.programmePdf': method({
    input: agendaConferenceInput,
    output: exportedFileRecord,
    summary: 'The programme as an A4 PDF: heading, title, time | item | presenter. Refused without items.',
  }),
};

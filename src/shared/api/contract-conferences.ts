import { z } from 'zod';
import {
  conferenceIdInput,
  conferenceInput,
  conferenceListInput,
  conferenceRecord,
  conferenceRevisedInput,
  conferenceUpdateInput,
} from '../conferences';
import { method, noInput } from './method';

/** Conferences: the list, the open one, the sample (part of the contract in contract.ts). */
export const conferenceMethods = {
  'conferences.list': method({
    input: conferenceListInput,
    output: z.array(conferenceRecord),
    summary: 'Conferences, newest first; `search` matches the title without accents.',
  }),
  'conferences.get': method({
    input: conferenceIdInput,
    output: conferenceRecord,
    summary: 'One conference by id.',
  }),
  'conferences.create': method({
    input: conferenceInput,
    output: conferenceRecord,
    summary: 'Creates a conference and opens it.',
  }),
  'conferences.update': method({
    input: conferenceUpdateInput,
    output: conferenceRecord,
    summary: 'Replaces the details of a conference.',
  }),
  'conferences.open': method({
    input: conferenceIdInput,
    output: conferenceRecord,
    summary: 'Makes a conference the open one (remembered across restarts).',
  }),
  'conferences.archive': method({
    input: conferenceRevisedInput,
    output: conferenceRecord,
    summary: 'Archives a conference (hidden from the default list, nothing deleted).',
  }),
  'conferences.restore': method({
    input: conferenceRevisedInput,
    output: conferenceRecord,
    summary: 'Brings an archived conference back.',
  }),
  'conferences.createSample': method({
    input: noInput,
    output: conferenceRecord,
    summary: 'Creates (or reopens) the sample conference from the Kỳ Anh report and opens it.',
  }),
};

import { crc32, deflateSync } from 'node:zlib';
import type { Core } from '../../src/main/app/create-core';
import type { NomineeInput } from '../../src/shared/nominees';
import { call, conferenceInput } from '../helpers';

/**
 * A conference with approved nominees and a decision whose awards are inserted straight into
 * the tables: the decisions domain is written alongside, and these tests must not wait for it.
 */

export interface SeedPerson {
  fullName: string;
  form: 'Bằng khen' | 'Giấy khen' | 'Giấy biểu dương';
  kind?: NomineeInput['kind'];
  honorific?: NomineeInput['honorific'];
  position?: string;
  unitName?: string;
  achievement?: string;
  /** "" leaves the award unnumbered. */
  registerNumber?: string;
}

/** In list order; certificates go Bằng khen first (rank 900), then Giấy khen (700), then Biểu dương. */
export const PEOPLE: SeedPerson[] = [
  {
    fullName: 'Đinh Thị Thơm',
    form: 'Giấy khen',
    honorific: 'ba',
    position: 'Bí thư Chi bộ',
    unitName: 'Đảng bộ xã Kỳ Hoa',
  },
  { fullName: 'Chi bộ Khối dân', form: 'Bằng khen', kind: 'tap_the', unitName: 'Chi bộ Khối dân' },
  { fullName: 'Hộ ông Trần Văn Đức', form: 'Giấy biểu dương', kind: 'ho_gia_dinh', unitName: 'Thôn Tây Yên' },
  { fullName: 'Nguyễn Văn Mến', form: 'Giấy khen', honorific: 'ong', unitName: 'Phường Sông Trí' },
  { fullName: 'Lê Thị Kim Liên', form: 'Bằng khen', honorific: 'ba', unitName: 'Văn phòng Thị ủy' },
];
export const IN_RANK_ORDER = [
  'Chi bộ Khối dân',
  'Lê Thị Kim Liên',
  'Đinh Thị Thơm',
  'Nguyễn Văn Mến',
  'Hộ ông Trần Văn Đức',
];

export interface SeedDecision {
  number?: string;
  date?: string;
  issuer?: string;
  placeName?: string;
}

export interface Seeded {
  conferenceId: number;
  decisionId: number;
  /** Award ids in the order the people were given (the decision's list order). */
  awardIds: number[];
}

export async function formIds(core: Core): Promise<Map<string, number>> {
  const forms = await call(core, 'awards.list', { includeInactive: true });
  return new Map(forms.map((f) => [f.name, f.id]));
}

/** Adds a decision with one award per person, in list order, to `conferenceId` (or a new one). */
export async function seedDecision(
  core: Core,
  people: SeedPerson[],
  decision: SeedDecision = {},
  conferenceId?: number,
): Promise<Seeded> {
  const { db } = core.context.store;
  const confId =
    conferenceId ??
    (
      await call(
        core,
        'conferences.create',
        conferenceInput({ placeName: 'Kỳ Anh', organiser: 'Thị ủy Kỳ Anh' }),
      )
    ).id;
  const forms = await formIds(core);
  const now = '2021-05-19T08:00:00.000Z';
  const { id: decisionId } = await db
    .insertInto('decisions')
    .values({
      conference_id: confId,
      number: decision.number ?? '123-QĐ/ThU',
      date: decision.date ?? '2021-05-19',
      issuer: decision.issuer ?? 'Ban Thường vụ Thị ủy Kỳ Anh',
      signer_capacity: 'T/M Ban Thường vụ',
      signer_title: 'Bí thư',
      signer_name: 'Hoàng Văn Bình',
      place_name: decision.placeName ?? 'Kỳ Anh',
      register_id: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const awardIds: number[] = [];
  for (const [position, person] of people.entries()) {
    const formId = forms.get(person.form);
    if (formId === undefined) throw new Error(`no award form ${person.form}`);
    const nominee = await call(core, 'nominees.create', {
      conferenceId: confId,
      kind: person.kind ?? 'ca_nhan',
      honorific: person.honorific ?? null,
      fullName: person.fullName,
      position: person.position ?? '',
      unitName: person.unitName ?? '',
      achievement: person.achievement ?? 'Đã có thành tích xuất sắc trong công tác năm 2021',
      awardFormId: formId,
      status: 'duoc_duyet',
    });
    const { id } = await db
      .insertInto('decision_awards')
      .values({
        decision_id: decisionId,
        nominee_id: nominee.id,
        award_form_id: formId,
        register_id: null,
        register_seq: null,
        register_number: person.registerNumber ?? `${100 + position}/KT`,
        position,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    awardIds.push(id);
  }
  return { conferenceId: confId, decisionId, awardIds };
}

/** The id of the shipped template with this name, by way of templates.list. */
export async function shippedTemplateId(core: Core, name: string): Promise<number> {
  const templates = await call(core, 'templates.list', {});
  const found = templates.find((t) => t.builtIn && t.name === name);
  if (!found) throw new Error(`no shipped template ${name}`);
  return found.id;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG (a pdf library must be able to draw it): `size` × `size` pixels of one colour. */
export function solidPng(size = 4, rgb: [number, number, number] = [250, 240, 200]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.from([0, ...Array.from({ length: size }, () => rgb).flat()]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

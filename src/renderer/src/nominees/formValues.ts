import type { Nominee, NomineeInput, NomineeKind, NomineeStatus } from '../../../shared/nominees';

/**
 * What the nominee form edits. Selects work on strings, so "no honorific", "no gender" and
 * "no award form" are "" here and null in the API.
 */
export interface NomineeFormValues {
  kind: NomineeKind;
  honorific: '' | 'ong' | 'ba';
  fullName: string;
  gender: '' | 'nam' | 'nu';
  birth: string;
  position: string;
  unitName: string;
  achievement: string;
  awardFormId: string;
  proposingUnitName: string;
  status: NomineeStatus;
  notes: string;
}

export const emptyNominee = (kind: NomineeKind = 'ca_nhan'): NomineeFormValues => ({
  kind,
  honorific: '',
  fullName: '',
  gender: '',
  birth: '',
  position: '',
  unitName: '',
  achievement: '',
  awardFormId: '',
  proposingUnitName: '',
  status: 'de_nghi',
  notes: '',
});

/** "1975-03-12" is shown as people write it, 12/03/1975. */
function birthForDisplay(birth: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birth);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : birth;
}

/** Accepts 1975, 12/3/1975, 12-03-1975 or 1975-03-12. */
function birthForApi(text: string): string {
  const value = text.trim();
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  return m ? `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}` : value;
}

export function toFormValues(
  nominee: Omit<Nominee, 'id' | 'conferenceId'> | NomineeDraft,
): NomineeFormValues {
  return {
    kind: nominee.kind,
    honorific: nominee.honorific ?? '',
    fullName: nominee.fullName,
    gender: nominee.gender ?? '',
    birth: birthForDisplay(nominee.birth),
    position: nominee.position,
    unitName: nominee.unitName,
    achievement: nominee.achievement,
    awardFormId: nominee.awardFormId === null ? '' : String(nominee.awardFormId),
    proposingUnitName: nominee.proposingUnitName,
    status: nominee.status,
    notes: nominee.notes,
  };
}

/** The fields every nominee-like thing has (a nominee, or a row of an import). */
export type NomineeDraft = Pick<
  Nominee,
  | 'kind'
  | 'honorific'
  | 'fullName'
  | 'gender'
  | 'birth'
  | 'position'
  | 'unitName'
  | 'achievement'
  | 'awardFormId'
  | 'proposingUnitName'
  | 'status'
  | 'notes'
>;

export function toNomineeInput(values: NomineeFormValues): NomineeInput {
  const person = values.kind === 'ca_nhan';
  return {
    kind: values.kind,
    honorific: person && values.honorific !== '' ? values.honorific : null,
    fullName: values.fullName,
    gender: person && values.gender !== '' ? values.gender : null,
    birth: person ? birthForApi(values.birth) : '',
    position: values.position,
    unitName: values.unitName,
    achievement: values.achievement,
    awardFormId: values.awardFormId === '' ? null : Number(values.awardFormId),
    proposingUnitName: values.proposingUnitName,
    status: values.status,
    notes: values.notes,
  };
}

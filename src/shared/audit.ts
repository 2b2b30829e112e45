import { z } from 'zod';
import { entityId, LIMITS, line, optionalLine } from './fields';

/**
 * The audit log: who (the operator named in the settings), when, what, before and after, for
 * every change to votes, awards, register numbers and printing. Rows are append-only.
 */

/** What a row is about, with its Vietnamese word (the export and the page use the same words). */
export const AUDIT_ENTITIES = {
  poll: 'Cuộc bỏ phiếu',
  council: 'Thành viên hội đồng',
  rule: 'Quy tắc biểu quyết',
  nominee: 'Đối tượng',
  decision: 'Quyết định khen thưởng',
  register: 'Sổ vàng',
  certificate: 'In giấy khen',
  import: 'Nhập danh sách',
  agenda: 'Chương trình hội nghị',
  agenda_item: 'Mục chương trình',
  ceremony: 'Trao khen thưởng',
  base_salary: 'Mức lương cơ sở',
} as const satisfies Record<string, string>;
export type AuditEntity = keyof typeof AUDIT_ENTITIES;

export const AUDIT_ACTIONS = {
  create: 'Tạo mới',
  update: 'Sửa',
  delete: 'Xóa',
  restore: 'Khôi phục',
  state: 'Đổi trạng thái',
  counts: 'Nhập kết quả kiểm phiếu',
  ballot: 'Nhập phiếu',
  close: 'Kết thúc bỏ phiếu',
  reopen: 'Mở lại bỏ phiếu',
  presence: 'Điểm danh',
  assign: 'Gán khen thưởng',
  award: 'Đổi hình thức / trạng thái',
  print: 'In',
  reset: 'Đặt lại',
  record: 'Ghi nhận',
  clear: 'Bỏ ghi nhận',
  slips: 'In phiếu điện tử',
  evoting: 'Bỏ phiếu điện tử',
} as const satisfies Record<string, string>;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The word for a stored code; a code this version does not know shows as it is. */
export const entityWord = (entity: string): string =>
  Object.hasOwn(AUDIT_ENTITIES, entity) ? AUDIT_ENTITIES[entity as AuditEntity] : entity;
export const actionWord = (action: string): string =>
  Object.hasOwn(AUDIT_ACTIONS, action) ? AUDIT_ACTIONS[action as AuditAction] : action;

const instant = () =>
  z.iso
    .datetime({ offset: true, error: 'invalidDate' })
    .describe('An instant, ISO 8601 (UTC or with offset).');

/** The viewer's filters; the export takes the same. */
export const auditFilterInput = z.object({
  conferenceId: entityId().nullable().default(null).describe('One conference; null for every row.'),
  entity: optionalLine(40).describe('A code from AUDIT_ENTITIES, or "" for all.'),
  action: optionalLine(40).describe('A code from AUDIT_ACTIONS, or "" for all.'),
  operator: line(LIMITS.shortText)
    .nullable()
    .default(null)
    .describe('Exactly this operator name ("" for rows without one), or null for all.'),
  from: instant().nullable().default(null).describe('Rows at or after this instant.'),
  to: instant().nullable().default(null).describe('Rows before this instant.'),
  text: optionalLine(LIMITS.shortText).describe(
    'Words to find in the content, before and after (accents ignored).',
  ),
});
export type AuditFilter = z.output<typeof auditFilterInput>;

export const AUDIT_PAGE_SIZES = [25, 50, 100] as const;

export const auditListInput = auditFilterInput.extend({
  page: z.number().int('invalid').min(1, 'invalid').default(1),
  pageSize: z.number().int('invalid').min(1, 'invalid').max(200, 'invalid').default(50),
});

export const auditEntryRecord = z.object({
  id: z.number().int(),
  at: z.string().describe('ISO 8601 instant.'),
  operator: z.string().describe('"" when no operator name was set.'),
  conferenceId: z.number().int().nullable(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  action: z.string(),
  detail: z.string(),
  before: z.unknown().describe('The stored JSON value before the change (null when none).'),
  after: z.unknown().describe('The stored JSON value after the change (null when none).'),
});
export type AuditEntryRecord = z.infer<typeof auditEntryRecord>;

export const auditPageRecord = z.object({
  entries: z.array(auditEntryRecord).describe('Newest first.'),
  total: z.number().int().describe('Rows matching the filters.'),
  page: z.number().int(),
  pageSize: z.number().int(),
  operators: z.array(z.string()).describe('Every operator name in the log, for the filter.'),
});
export type AuditPage = z.infer<typeof auditPageRecord>;

export const logsFolderRecord = z.object({
  opened: z.boolean().describe('False when this shell cannot open folders (the web host).'),
  path: z.string(),
});

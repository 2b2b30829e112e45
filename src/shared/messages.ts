import type { ErrorCode } from './api/errors';

/**
 * Messages both sides need: the core writes Vietnamese error messages, the UI shows the
 * same texts (or the English ones) next to fields. Keys are what schemas put in `message`.
 */
export const validationMessages = {
  vi: {
    required: 'Không được để trống',
    tooLong: 'Quá dài',
    invalid: 'Giá trị không hợp lệ',
    invalidDate: 'Ngày giờ không hợp lệ (dd/mm/yyyy)',
    endBeforeStart: 'Thời gian kết thúc không được trước thời gian bắt đầu',
    nameColumnRequired: 'Danh sách phải có cột Họ và tên / Tên tập thể',
    positiveMinutes: 'Thời lượng phải là số phút nguyên dương (ví dụ 15)',
  },
  en: {
    required: 'Required',
    tooLong: 'Too long',
    invalid: 'Invalid value',
    invalidDate: 'Invalid date or time (dd/mm/yyyy)',
    endBeforeStart: 'The end cannot be before the start',
    nameColumnRequired: 'The list must have the Name column',
    positiveMinutes: 'The duration must be a positive whole number of minutes (e.g. 15)',
  },
} as const;

export type ValidationKey = keyof (typeof validationMessages)['vi'];

export function isValidationKey(key: string): key is ValidationKey {
  return Object.hasOwn(validationMessages.vi, key);
}

export const errorMessages: Record<'vi' | 'en', Record<ErrorCode, string>> = {
  vi: {
    VALIDATION: 'Dữ liệu nhập chưa hợp lệ.',
    UNKNOWN_METHOD: 'Yêu cầu không được hỗ trợ.',
    NOT_FOUND: 'Không tìm thấy dữ liệu yêu cầu (có thể đã bị xóa).',
    CONFLICT: 'Dữ liệu đã bị thay đổi ở nơi khác. Hãy tải lại và thử lại.',
    UNAUTHORIZED: 'Thiếu hoặc sai mã truy cập. Hãy mở lại đường dẫn mà ứng dụng in ra.',
    FORBIDDEN: 'Yêu cầu bị từ chối.',
    PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên quá lớn.',
    FILE_REJECTED: 'Tệp không đọc được hoặc không an toàn để mở.',
    EMPTY_SELECTION: 'Không có đối tượng nào phù hợp với lựa chọn; chưa tạo tệp nào.',
    WRITE_FAILED: 'Không ghi được tệp. Tệp cũ (nếu có) vẫn được giữ nguyên.',
    DISK_FULL: 'Ổ đĩa đã đầy. Hãy giải phóng dung lượng rồi thử lại; dữ liệu đã ghi vẫn an toàn.',
    DB_CORRUPT: 'Tệp dữ liệu bị hỏng. Ứng dụng không ghi đè lên tệp này; hãy khôi phục từ bản sao lưu.',
    DATA_DIR_READONLY:
      'Không ghi được vào thư mục dữ liệu (chỉ cho đọc hoặc không có quyền ghi). Hãy cấp quyền ghi hoặc chọn thư mục khác.',
    DB_TOO_NEW: 'Tệp dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng.',
    DB_UNREACHABLE:
      'Không kết nối được máy chủ cơ sở dữ liệu. Hãy kiểm tra mạng, địa chỉ và mật khẩu rồi thử lại.',
    MIGRATION_FAILED: 'Không nâng cấp được cơ sở dữ liệu. Tệp gốc vẫn được giữ nguyên.',
    INVALID_STATE: 'Thao tác này không thực hiện được ở trạng thái hiện tại.',
    INTERNAL: 'Đã xảy ra lỗi không mong muốn.',
  },
  en: {
    VALIDATION: 'Some fields are not valid.',
    UNKNOWN_METHOD: 'This request is not supported.',
    NOT_FOUND: 'The requested item was not found (it may have been deleted).',
    CONFLICT: 'The data was changed elsewhere. Reload and try again.',
    UNAUTHORIZED: 'Missing or wrong access token. Open the link the app printed again.',
    FORBIDDEN: 'The request was refused.',
    PAYLOAD_TOO_LARGE: 'The request is too large.',
    FILE_REJECTED: 'The file cannot be read or is not safe to open.',
    EMPTY_SELECTION: 'Nothing matches the selection; no file was made.',
    WRITE_FAILED: 'The file could not be written. Any earlier file is unchanged.',
    DISK_FULL: 'The disk is full. Free some space and try again; what was saved is safe.',
    DB_CORRUPT: 'The data file is damaged. The app does not overwrite it; restore a backup.',
    DATA_DIR_READONLY:
      'The data folder cannot be written (read-only or no permission). Allow writing or choose another folder.',
    DB_TOO_NEW: 'The data file was written by a newer version of the app. Update the app.',
    DB_UNREACHABLE:
      'The database server cannot be reached. Check the network, address and password, then retry.',
    MIGRATION_FAILED: 'The database could not be upgraded. The original file is unchanged.',
    INVALID_STATE: 'This cannot be done in the current state.',
    INTERNAL: 'An unexpected error occurred.',
  },
};

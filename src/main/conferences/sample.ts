import type { ConferenceInput } from '../../shared/conferences';

/**
 * The sample conference, from the Kỳ Anh report on five years of Directive 05
 * (tests/fixtures/seeds/000_626ee8959bf277a1.txt). Only what the report says is filled in; the
 * venue and the time of day are not in it and stay empty.
 */
export const SAMPLE_CONFERENCE: ConferenceInput = {
  title: 'Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị',
  kind: 'so_ket',
  campaign:
    'Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (2016–2021)',
  organiser: 'Ban Thường vụ Thị ủy Kỳ Anh',
  placeName: 'Kỳ Anh',
  venue: '',
  startsAt: '2021-05-19',
  endsAt: null,
  notes:
    'Hội nghị mẫu lập từ bài báo về Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05 của thị xã Kỳ Anh.\n' +
    'Đảng bộ thị xã có 4 tập thể, 7 cá nhân được biểu dương, tôn vinh cấp tỉnh; 23 tập thể và ' +
    '31 cá nhân điển hình tiên tiến được Ban Thường vụ Thị ủy tôn vinh, khen thưởng.',
};

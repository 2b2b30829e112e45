import type { VotingRule } from '../../../shared/voting';

/**
 * The rules shipped with the app. A poll copies its rule when created, so these can be
 * corrected for a new law version without changing past results. All use a secret ballot:
 * it is how councils vote on commendations, and a named vote can be chosen per poll.
 *
 * The app never reads this list: migration 0004 wrote the presets into `voting_rules`, and
 * `rules.list` reads that table. It stays as the readable statement of what was shipped, and
 * tests/voting/polls.test.ts holds a fresh database's `rules.list` equal to it.
 */
export const RULE_PRESETS: VotingRule[] = [
  {
    // State Audit (Kiểm toán nhà nước) emulation regulation: more than 50% of all council
    // members for some forms. Quorum of half so that a handful of members cannot hold the vote.
    name: 'Quá bán tổng số thành viên',
    threshold: { numerator: 1, denominator: 2 },
    strict: true,
    denominator: 'all_members',
    quorum: { numerator: 1, denominator: 2 },
    writtenOpinionsCount: false,
    quota: null,
    secret: true,
    method: 'secret_ballot',
  },
  {
    // Common in ministry and provincial emulation regulations: at least 2/3 of all members,
    // with the council meeting valid when 2/3 take part.
    name: 'Từ 2/3 tổng số thành viên',
    threshold: { numerator: 2, denominator: 3 },
    strict: false,
    denominator: 'all_members',
    quorum: { numerator: 2, denominator: 3 },
    writtenOpinionsCount: false,
    quota: null,
    secret: true,
    method: 'secret_ballot',
  },
  {
    // Education, Circular 35/2015/TT-BGDĐT: the meeting is valid with at least 2/3 of members
    // present; LĐTT, CSTĐCS, TTLĐXS and Bằng khen need at least 70% of those present.
    name: 'Từ 70% số thành viên dự họp',
    threshold: { numerator: 70, denominator: 100 },
    strict: false,
    denominator: 'members_present',
    quorum: { numerator: 2, denominator: 3 },
    writtenOpinionsCount: false,
    quota: null,
    secret: true,
    method: 'secret_ballot',
  },
  {
    // Decree 91/2017/NĐ-CP art. 45(8): Chiến sĩ thi đua at ministry/province level and above
    // needs at least 90% of ALL council members by secret ballot; absent members give their
    // opinion in writing, so written opinions count as taking part. The 2/3 quorum is the
    // council's meeting rule; the 90%-of-all threshold is the stricter test in practice.
    name: 'Từ 90% tổng số thành viên, bỏ phiếu kín',
    threshold: { numerator: 90, denominator: 100 },
    strict: false,
    denominator: 'all_members',
    quorum: { numerator: 2, denominator: 3 },
    writtenOpinionsCount: true,
    quota: null,
    secret: true,
    method: 'secret_ballot',
  },
];

import type { PollDetail } from '../../../shared/voting';

/** "Từ 70% số thành viên dự họp (≥ 70/100 số thành viên dự họp)": the rule's name and its threshold. */
export function ruleText(poll: PollDetail, t: (key: string) => string): string {
  const { threshold, strict, denominator } = poll.rule;
  return `${poll.rule.name} (${strict ? '>' : '≥'} ${threshold.numerator}/${threshold.denominator} ${t(`voting.poll.denominators.${denominator}`)})`;
}

import { describe, expect, it } from 'vitest';
import { asciiXml } from '../../src/main/imports/ascii-xml';
import { seededRandom } from '../random';

/** What asciiXml must give: the decoded text with each non-ASCII character as a reference. */
const byRegExp = (raw: Buffer): string =>
  raw.toString('utf8').replace(/[\u0080-\u{10ffff}]/gu, (ch) => `&#${ch.codePointAt(0) ?? 0xfffd};`);

describe('asciiXml', () => {
  it('writes each non-ASCII character as its decimal reference', () => {
    const raw = Buffer.from('<t>Nguyễn Thị Ánh, © 2021 – 😀 ¤ 𐍈</t>');
    expect(asciiXml(raw).toString('latin1')).toBe(
      '<t>Nguy&#7877;n Th&#7883; &#193;nh, &#169; 2021 &#8211; &#128512; &#164; &#66376;</t>',
    );
  });

  it('returns ASCII as it is', () => {
    const raw = Buffer.from('<row r="1"><c t="s"><v>0</v></c></row>');
    expect(asciiXml(raw)).toBe(raw);
  });

  it('agrees with decoding and replacing, on every width of code point', () => {
    // One character of each digit count and byte length, from U+0080 to U+10FFFF.
    const points = [0x80, 0x3e7, 0x3e8, 0x7ff, 0x800, 0x270f, 0x2710, 0xd7ff, 0xe000, 0xffff];
    points.push(0x10000, 0x1869f, 0x186a0, 0xf423f, 0xf4240, 0x10ffff);
    const random = seededRandom(7);
    const text = Array.from({ length: 5_000 }, () =>
      random() < 0.5 ? 'a ' : String.fromCodePoint(points[Math.floor(random() * points.length)] ?? 0x80),
    ).join('');
    const raw = Buffer.from(text);
    expect(asciiXml(raw).toString('latin1')).toBe(byRegExp(raw));
  });

  it('reads bytes that are not UTF-8 as U+FFFD, as the decoder does', () => {
    const raw = Buffer.from([0x3c, 0x74, 0x3e, 0xc3, 0x28, 0xff, 0xe1, 0xbb, 0x3c, 0x2f, 0x74, 0x3e]);
    const out = asciiXml(raw).toString('latin1');
    expect(out).toBe(byRegExp(raw));
    expect(out).toContain('&#65533;');
  });
});

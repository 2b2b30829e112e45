import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseHostArgs, usageText } from '../../src/main/host/cli';

describe('the web host command line', () => {
  it('runs on the default port with nothing given', () => {
    expect(parseHostArgs([])).toEqual({ kind: 'run', options: { port: DEFAULT_PORT } });
  });

  it('reads every option, in either spelling', () => {
    expect(
      parseHostArgs([
        '--port',
        '0',
        '--data-dir',
        'D:\\hoi-nghi-thu',
        '--static-dir=build/pages',
        '--exports-dir',
        'xuất',
        '--database-url',
        'postgres://hoi_nghi:mk@may-chu:5432/hoi_nghi',
      ]),
    ).toEqual({
      kind: 'run',
      options: {
        port: 0,
        dataDir: 'D:\\hoi-nghi-thu',
        staticDir: 'build/pages',
        exportsDir: 'xuất',
        databaseUrl: 'postgres://hoi_nghi:mk@may-chu:5432/hoi_nghi',
      },
    });
  });

  it.each([['--help'], ['-h'], ['--port', '4781', '--help']])('%s prints the usage', (...args) => {
    expect(parseHostArgs(args)).toEqual({ kind: 'help', text: usageText() });
  });

  it('the usage names every option with a Vietnamese and an English line', () => {
    const text = usageText();
    for (const option of [
      '--port',
      '--data-dir',
      '--static-dir',
      '--exports-dir',
      '--database-url',
      '--help',
    ]) {
      const line = text.split('\n').findIndex((l) => l.trimStart().startsWith(option));
      expect(line, option).toBeGreaterThan(0);
      const [vi, en] = text.split('\n').slice(line, line + 2);
      expect(vi?.length).toBeGreaterThan(option.length + 10);
      expect(en?.trim().length).toBeGreaterThan(5);
    }
    expect(text).toMatch(/^Cách dùng/);
  });

  it.each([
    [['--bogus'], 'Không có tuỳ chọn --bogus'],
    [['-x'], 'Không có tuỳ chọn -x'],
    [['--port'], 'Tuỳ chọn --port cần một giá trị'],
    [['--help=yes'], 'Tuỳ chọn --help không nhận giá trị'],
    [['4781'], 'Không hiểu "4781"'],
    [['--port', 'abc'], 'Cổng không hợp lệ: "abc"'],
    [['--port', '65536'], 'Cổng không hợp lệ: "65536"'],
    // Node reads "-1" as an option of its own here; with "=" it is the value.
    [['--port', '-1'], 'Tuỳ chọn --port cần một giá trị'],
    [['--port=-1'], 'Cổng không hợp lệ: "-1"'],
    [['--port', '80.5'], 'Cổng không hợp lệ: "80.5"'],
    [['--port='], 'Cổng không hợp lệ: ""'],
    [['--database-url', 'D:\\hoi-nghi.sqlite'], 'Địa chỉ cơ sở dữ liệu không hợp lệ'],
    [['--database-url', 'mysql://x@y/z'], 'Địa chỉ cơ sở dữ liệu không hợp lệ'],
  ])('%j is wrong usage: %s', (args, message) => {
    const command = parseHostArgs(args);
    expect(command.kind).toBe('usage-error');
    if (command.kind !== 'usage-error') return;
    expect(command.message.startsWith(message)).toBe(true);
    expect(command.text).toBe(usageText());
  });

  it.each([
    ['0', 0],
    ['65535', 65535],
    ['4781', 4781],
  ])('port %s is accepted', (port, expected) => {
    expect(parseHostArgs(['--port', port])).toEqual({ kind: 'run', options: { port: expected } });
  });
});

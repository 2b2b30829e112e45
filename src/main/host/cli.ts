import { parseArgs } from 'node:util';

export const DEFAULT_PORT = 4780;

/** What the command line asks the web host for; paths are as typed (resolved by the caller). */
export interface HostOptions {
  port: number;
  dataDir?: string;
  staticDir?: string;
  exportsDir?: string;
  /** A PostgreSQL server's URL; HOI_NGHI_DATABASE_URL when not given. */
  databaseUrl?: string;
}

export type HostCommand =
  | { kind: 'run'; options: HostOptions }
  | { kind: 'help'; text: string }
  /** Wrong usage: print `message` and the usage, exit with code 2. */
  | { kind: 'usage-error'; message: string; text: string };

interface OptionHelp {
  flag: string;
  vi: string;
  en: string;
}

const OPTIONS: OptionHelp[] = [
  {
    flag: '--port SỐ',
    vi: `cổng trên 127.0.0.1 (mặc định ${DEFAULT_PORT}; 0: một cổng còn trống)`,
    en: `port on 127.0.0.1 (default ${DEFAULT_PORT}; 0: any free port)`,
  },
  {
    flag: '--data-dir THƯ_MỤC',
    vi: 'thư mục dữ liệu (mặc định: HOI_NGHI_DATA_DIR, hoặc thư mục của ứng dụng máy tính)',
    en: "data folder (default: HOI_NGHI_DATA_DIR, or the desktop app's folder)",
  },
  {
    flag: '--static-dir THƯ_MỤC',
    vi: 'thư mục giao diện đã dựng (mặc định: out/renderer)',
    en: 'folder of the built pages (default: out/renderer)',
  },
  {
    flag: '--exports-dir THƯ_MỤC',
    vi: 'nơi ghi các tệp xuất (mặc định: exports/ trong thư mục dữ liệu)',
    en: 'where exported files are written (default: exports/ in the data folder)',
  },
  {
    flag: '--database-url URL',
    vi: 'dữ liệu trên máy chủ PostgreSQL (postgres://người_dùng:mật_khẩu@máy:5432/tên_csdl; mặc định: HOI_NGHI_DATABASE_URL, hoặc tệp SQLite trong thư mục dữ liệu)',
    en: 'data on a PostgreSQL server (default: HOI_NGHI_DATABASE_URL, or the SQLite file in the data folder)',
  },
  { flag: '--help, -h', vi: 'in hướng dẫn này', en: 'print this help' },
];

export function usageText(): string {
  const width = Math.max(...OPTIONS.map((option) => option.flag.length)) + 2;
  const lines = OPTIONS.flatMap((option) => [
    `  ${option.flag.padEnd(width)}${option.vi}`,
    `  ${' '.repeat(width)}${option.en}`,
  ]);
  return [
    'Cách dùng / Usage: npm run web -- [tuỳ chọn / options]',
    '               or: node out/main/host.js [tuỳ chọn / options]',
    '',
    'Chạy Hội nghị trong trình duyệt, trên máy này (127.0.0.1).',
    'Runs Hội nghị in a browser, on this computer (127.0.0.1).',
    '',
    ...lines,
  ].join('\n');
}

/** Node's parseArgs errors, said in Vietnamese (and English); null for anything else. */
function usageMessage(error: unknown): string | null {
  if (!(error instanceof Error) || !('code' in error)) return null;
  // Node quotes what it refused: 'extra', '--bogus', '--port <value>' or '-h, --help'.
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  const option = /--?[\w-]+(?!.*--)/.exec(quoted)?.[0] ?? quoted;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Không có tuỳ chọn ${option} / Unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return error.message.includes('does not take')
        ? `Tuỳ chọn ${option} không nhận giá trị / Option ${option} takes no value`
        : `Tuỳ chọn ${option} cần một giá trị / Option ${option} needs a value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Không hiểu "${quoted}": mỗi tuỳ chọn bắt đầu bằng -- / Unexpected "${quoted}": options start with --`;
    default:
      return null;
  }
}

/** Reads the web host's command line (`process.argv.slice(2)`); never throws on user input. */
export function parseHostArgs(args: readonly string[]): HostCommand {
  let values: {
    port?: string;
    'data-dir'?: string;
    'static-dir'?: string;
    'exports-dir'?: string;
    'database-url'?: string;
    help?: boolean;
  };
  try {
    values = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'static-dir': { type: 'string' },
        'exports-dir': { type: 'string' },
        'database-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    const message = usageMessage(error);
    if (message === null) throw error;
    return { kind: 'usage-error', message, text: usageText() };
  }
  if (values.help) return { kind: 'help', text: usageText() };

  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (values.port?.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    return {
      kind: 'usage-error',
      message: `Cổng không hợp lệ: "${values.port}", cần một số từ 0 đến 65535 / Invalid port "${values.port}": use a number from 0 to 65535`,
      text: usageText(),
    };
  }
  const options: HostOptions = { port };
  if (values['data-dir'] !== undefined) options.dataDir = values['data-dir'];
  if (values['static-dir'] !== undefined) options.staticDir = values['static-dir'];
  if (values['exports-dir'] !== undefined) options.exportsDir = values['exports-dir'];
  const databaseUrl = values['database-url'];
  if (databaseUrl !== undefined) {
    if (!/^postgres(ql)?:\/\/./i.test(databaseUrl)) {
      return {
        kind: 'usage-error',
        message: `Địa chỉ cơ sở dữ liệu không hợp lệ: cần dạng postgres://… / Invalid database URL: use postgres://…`,
        text: usageText(),
      };
    }
    options.databaseUrl = databaseUrl;
  }
  return { kind: 'run', options };
}

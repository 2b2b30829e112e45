import { describe, expect, it } from 'vitest';
import { backupFolderProblem, MAX_BACKUP_FOLDER_LENGTH } from '../../src/main/backups/folder-rules';

describe('where backups may go', () => {
  it.each([
    '/srv/thu-ky/Sao lưu',
    '/media/thu-ky/USB/sao-luu',
    '/tmp/sao-luu',
    '/var/backups/hoi-nghi',
    '/library-of-copies',
    '/usr-data/sao-luu',
    '/srv/console/sao-luu',
  ])('accepts %s on Linux', (folder) => {
    expect(backupFolderProblem(folder, 'linux')).toBeNull();
  });

  it.each([
    'E:\\',
    'E:\\SaoLuu',
    'D:\\Windows cũ\\sao lưu',
    'C:\\Tai lieu\\Sao lưu',
    'C:\\Program Files Backup',
    '\\\\may-chu\\chia-se\\sao-luu',
  ])('accepts %s on Windows', (folder) => {
    expect(backupFolderProblem(folder, 'win32')).toBeNull();
  });

  it.each([
    '/',
    '/usr',
    '/usr/local/share/sao-luu',
    '/etc/hoi-nghi',
    '/bin',
    '/sbin/x',
    '/lib',
    '/lib64/x',
    '/libx32',
    '/proc/self',
    '/sys/kernel',
    '/dev/shm/sao-luu',
    '/boot/efi',
    '/var/lib/hoi-nghi',
    '/srv/../etc/sao-luu',
  ])('refuses the system folder %s on Linux', (folder) => {
    expect(backupFolderProblem(folder, 'linux')).toMatch(/thư mục của hệ thống hoặc của chương trình/);
  });

  it.each([
    'C:\\Windows',
    'c:\\windows\\System32\\sao-luu',
    'C:/WINDOWS/Temp',
    'C:\\Program Files\\Hội nghị',
    'C:\\PROGRAM FILES (X86)\\x',
    'C:\\ProgramData\\hoi-nghi',
    'C:\\Tai lieu\\..\\Windows\\x',
  ])('refuses the system folder %s, on Windows or wherever it is checked', (folder) => {
    expect(backupFolderProblem(folder, 'win32')).toMatch(/hệ thống/);
    // A drive-letter path is read with Windows' rules even when the check runs elsewhere.
    expect(backupFolderProblem(folder, 'linux')).toMatch(/hệ thống/);
  });

  it('refuses the app’s own install folder and what is inside it', () => {
    const options = { installFolders: ['/opt/Hội nghị', 'D:\\Ung dung\\hoi-nghi'] };
    expect(backupFolderProblem('/opt/Hội nghị', 'linux', options)).toMatch(/thư mục cài đặt/);
    expect(backupFolderProblem('/opt/Hội nghị/resources/sao-luu', 'linux', options)).toMatch(
      /thư mục cài đặt/,
    );
    expect(backupFolderProblem('d:\\ung dung\\HOI-NGHI\\sao-luu', 'win32', options)).toMatch(
      /thư mục cài đặt/,
    );
    expect(backupFolderProblem('/opt/Hội nghị 2', 'linux', options)).toBeNull();
  });

  it('refuses a path too long for SQLite and Windows, and accepts one at the limit', () => {
    const at = `/srv/${'a'.repeat(MAX_BACKUP_FOLDER_LENGTH - '/srv/'.length)}`;
    expect(at.length).toBe(MAX_BACKUP_FOLDER_LENGTH);
    expect(backupFolderProblem(at, 'linux')).toBeNull();
    expect(backupFolderProblem(`${at}b`, 'linux')).toMatch(/quá dài \(241 ký tự, tối đa 240\)/);
    expect(backupFolderProblem(`E:\\${'ạ'.repeat(800)}`, 'win32')).toMatch(/quá dài/);
  });

  it.each([
    ['/srv/thu-ky/CON/sao-luu', 'CON'],
    ['/media/usb/nul', 'nul'],
    ['E:\\Sao luu\\Aux.txt', 'Aux.txt'],
    ['E:\\com1\\x', 'com1'],
    ['E:\\LPT9', 'LPT9'],
    ['E:\\prn.', 'prn.'],
  ])('refuses %s, which holds the reserved name %s', (folder, name) => {
    expect(backupFolderProblem(folder, 'linux')).toContain(`“${name}”`);
    expect(backupFolderProblem(folder, 'win32')).toMatch(/tên dành riêng của Windows/);
  });

  it.each(['/srv/COM0', '/srv/LPT10', '/srv/console', 'E:\\auxiliary', 'E:\\nul-x'])(
    'accepts %s, which only looks like a reserved name',
    (folder) => {
      expect(backupFolderProblem(folder, 'win32')).toBeNull();
    },
  );
});

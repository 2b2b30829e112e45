// The preinstall script: stops `npm install` on a Node.js older than the app needs, for when
// .npmrc's engine-strict is overridden. It runs on whatever Node the machine has, so it is
// written for very old versions too (var, plain functions, no newer syntax). The floor and the
// words are those of src/main/node-version.ts; a unit test keeps the two the same.
'use strict';

var REQUIRED = [22, 22];

function parse(version) {
  var parts = String(version).replace(/^v/, '').split(/[.+-]/);
  return [parseInt(parts[0], 10) || 0, parseInt(parts[1], 10) || 0];
}

function isRecentEnough(version) {
  var found = parse(version);
  return found[0] > REQUIRED[0] || (found[0] === REQUIRED[0] && found[1] >= REQUIRED[1]);
}

function message(version) {
  var wanted = REQUIRED.join('.');
  return (
    'Hội nghị cần Node.js ' +
    wanted +
    ' trở lên, máy đang chạy ' +
    version +
    ': hãy cài Node 22 LTS từ https://nodejs.org hoặc chạy "nvm install" (phiên bản ghi trong .nvmrc).\n' +
    'Hội nghị needs Node.js ' +
    wanted +
    ' or newer, this is ' +
    version +
    ': install Node 22 LTS from https://nodejs.org or run "nvm install" (the version is in .nvmrc).'
  );
}

module.exports = { REQUIRED: REQUIRED, isRecentEnough: isRecentEnough, message: message };

if (require.main === module && !isRecentEnough(process.version)) {
  console.error(message(process.version));
  process.exit(1);
}

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { templateFile } from '../../src/main/certificates/templates/files';
import { SHIPPED_TEMPLATES } from '../../src/main/certificates/engine';
import { contract } from '../../src/shared/api/contract';
import { MAX_IMAGE_BYTES } from '../../src/shared/certificates';
import { MAX_IMPORT_FILE_BYTES } from '../../src/shared/imports';

const DEFAULT_BODY_CAP = 1024 * 1024;
const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

/** The string fields of a method's input that carry a file (named …Base64), unwrapped. */
function fileFields(input: z.ZodType): [string, z.ZodString][] {
  let schema: z.ZodType = input;
  while (
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable
  ) {
    schema = schema.unwrap() as z.ZodType;
  }
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
    let inner: z.ZodType = field;
    while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional)
      inner = inner.unwrap() as z.ZodType;
    return /base64/i.test(key) && inner instanceof z.ZodString ? [[key, inner] as [string, z.ZodString]] : [];
  });
}

const fileMethods = Object.entries(contract).flatMap(([name, spec]) =>
  fileFields(spec.input).map(([field, schema]) => ({
    name,
    field,
    max: schema.maxLength,
    bodyCap: (spec as { maxBodyBytes?: number }).maxBodyBytes ?? DEFAULT_BODY_CAP,
  })),
);

describe('every file the API takes is capped before it is read', () => {
  it('finds the known file inputs', () => {
    expect(fileMethods.map((m) => m.name)).toEqual(
      expect.arrayContaining(['imports.open', 'templates.setImage', 'templates.import']),
    );
  });

  it.each(fileMethods)('$name: $field has a length cap that fits in the body cap', ({ max, bodyCap }) => {
    expect(max).not.toBeNull();
    // The JSON around the file is small; the web host must not cut off a file the schema allows.
    expect(bodyCap).toBeGreaterThanOrEqual((max ?? Infinity) + 1024);
  });
});

/** The largest file a person may legitimately choose for each input, in bytes. */
const largestFiles: [string, () => number][] = [
  ['imports.open', () => MAX_IMPORT_FILE_BYTES],
  ['templates.setImage', () => MAX_IMAGE_BYTES],
  // A template exported with both images at their limit must come back in.
  [
    'templates.import',
    () => {
      const image = Buffer.alloc(MAX_IMAGE_BYTES);
      const body = SHIPPED_TEMPLATES.bang_khen;
      if (!body) throw new Error('no shipped template');
      return templateFile(body, { background: image, emblem: image }).length;
    },
  ],
];

describe.each(largestFiles)('%s', (name, largest) => {
  const found = fileMethods.find((m) => m.name === name);

  it('accepts the largest allowed file and refuses anything far larger', () => {
    const bytes = largest();
    expect(found?.max).toBeGreaterThanOrEqual(base64Length(bytes));
    expect(found?.bodyCap).toBeGreaterThan(base64Length(bytes));
    // Slack for padding and the JSON around it, not room for another file.
    expect(found?.max).toBeLessThan(base64Length(bytes * 1.1));
  });
});

import { describe, expect, it } from 'vitest';
import { csvField, tableCsv, type CsvCell } from './csv';

describe('csvField', () => {
  it.each<[string, CsvCell, string]>([
    ['plain text', '長崎市', '長崎市'],
    ['number', 1234, '1234'],
    ['zero', 0, '0'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['NaN', Number.NaN, ''],
    ['comma', 'a,b', '"a,b"'],
    ['quote', 'say "hi"', '"say ""hi"""'],
    ['newline', 'a\nb', '"a\nb"'],
    ['CR', 'a\rb', '"a\rb"'],
    ['formula', '=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['plus', '+81 95', "'+81 95"],
    ['at', '@cmd', "'@cmd"],
    ['minus text', '-foo', "'-foo"],
    ['tab first', '\tx', "'\tx"],
    ['negative number as text stays', '-12', '-12'],
    ['signed decimal as text stays', '+3.5e2', '+3.5e2'],
    ['formula with comma is quoted after the prefix', '=A1,B1', `"'=A1,B1"`],
    ['a lone minus is not a number', '-', "'-"],
  ])('%s', (_label, cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });
});

describe('tableCsv', () => {
  it.each<[string, boolean | undefined, string]>([
    ['BOM by default', undefined, '\uFEFFname,n\r\n"a,b",1\r\n\'=x,\r\n'],
    ['BOM off', false, 'name,n\r\n"a,b",1\r\n\'=x,\r\n'],
  ])('%s', (_label, bom, expected) => {
    const rows: CsvCell[][] = [
      ['a,b', 1],
      ['=x', null],
    ];
    expect(tableCsv(['name', 'n'], rows, bom === undefined ? {} : { bom })).toBe(expected);
  });
});

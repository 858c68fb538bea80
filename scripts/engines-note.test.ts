import { describe, expect, it } from 'vitest';
import { engineNote } from './engines-note.mjs';

const UA = (node: string) => `npm/11.19.1 node/v${node} linux x64 workspaces/false`;

describe('engineNote', () => {
  it('explains the warnings when npm runs on an older Node and the scripts on the bundled one', () => {
    const note = engineNote({
      userAgent: UA('20.20.2'),
      scriptNode: '22.23.3',
      required: '>=22.12.0',
    });
    expect(note.exitCode).toBe(0);
    const text = note.lines.join('\n');
    expect(text).toContain('"npm warn EBADENGINE Unsupported engine" lines above are expected');
    expect(text).toContain('the Node that runs npm itself (v20.20.2)');
    expect(text).toContain('runs on Node v22.23.3');
  });

  it.each<[string, string, string]>([
    ['npm on a new enough Node: no warnings to explain', '22.12.0', '>=22.12.0'],
    ['npm on a newer major', '24.1.0', '>=22.12.0'],
    ['no user agent (not run by npm)', '', '>=22.12.0'],
    ['an engines range it cannot read', '20.20.2', '^22.12.0 || >=24'],
  ])('says nothing: %s', (_name, npmNode, required) => {
    const note = engineNote({
      userAgent: npmNode ? UA(npmNode) : '',
      scriptNode: '22.23.3',
      required,
    });
    expect(note).toEqual({ exitCode: 0, lines: [] });
  });

  it('fails when the scripts would run on the old Node too', () => {
    const note = engineNote({
      userAgent: UA('20.20.2'),
      scriptNode: '20.20.2',
      required: '>=22.12.0',
    });
    expect(note.exitCode).toBe(1);
    expect(note.lines.join('\n')).toContain('Run `npm ci` again');
  });

  it.each<[string, boolean]>([
    ['22.11.9', true],
    ['22.12.0', false],
    ['21.99.99', true],
    ['23.0.0', false],
  ])('npm on Node %s → explained: %s', (npmNode, explained) => {
    const note = engineNote({
      userAgent: UA(npmNode),
      scriptNode: '22.23.3',
      required: '>=22.12.0',
    });
    expect(note.lines.length > 0).toBe(explained);
  });
});

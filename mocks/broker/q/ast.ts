/** Syntax tree of the NGSI-LD query language subset the mock understands (§4.9). */

export type QLiteral = string | number | boolean;

export type CompareOp = '==' | '!=' | '>' | '>=' | '<' | '<=';

export type QOperand =
  | { kind: 'value'; value: QLiteral }
  | { kind: 'list'; values: QLiteral[] }
  | { kind: 'range'; from: QLiteral; to: QLiteral };

/** `attr.sub.sub[key][key]`: dots walk sub-attributes, brackets walk into the value. */
export interface AttrPath {
  attr: string;
  sub: string[];
  valueKeys: string[];
}

export type QNode =
  | { kind: 'and' | 'or'; terms: QNode[] }
  | { kind: 'exists'; path: AttrPath }
  | { kind: 'compare'; path: AttrPath; op: CompareOp; operand: QOperand }
  | { kind: 'pattern'; path: AttrPath; negate: boolean; regex: RegExp };

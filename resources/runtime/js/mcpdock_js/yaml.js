'use strict';

// ---------------------------------------------------------------------------------------------
// A YAML reader for configuration files. Supported: block mappings and sequences, plain, single-
// and double-quoted scalars, flow collections on one line ([a, b], {k: v}), block scalars (| and >
// with - or +), comments, one leading `---`. Not supported (MCP Dock's loader reports them at
// build time): anchors, aliases, tags, several documents, multi-line flow collections, complex keys.
// A file whose name ends in .json is read as JSON.

class YamlError extends Error {
  constructor(message, line) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

function plainScalar(text) {
  if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (/^(true|True|TRUE)$/.test(text)) return true;
  if (/^(false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?[0-9]+$/.test(text)) return Number(text);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  if (/^[-+]?\.(inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(nan|NaN|NAN)$/.test(text)) return NaN;
  return text;
}

const DQ_ESCAPES = { '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };

// Reads a scalar or flow collection starting at s[i]; returns [value, nextIndex].
function readFlow(s, i, line, inFlow) {
  while (s[i] === ' ') i++;
  const c = s[i];
  if (c === '"') {
    let out = '';
    i++;
    while (i < s.length && s[i] !== '"') {
      if (s[i] === '\\') {
        const e = s[i + 1];
        if (e === 'x' || e === 'u' || e === 'U') {
          const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
          const hex = s.substr(i + 2, n);
          if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) throw new YamlError('bad escape in a double-quoted string', line);
          out += String.fromCodePoint(parseInt(hex, 16));
          i += 2 + n;
        } else if (e in DQ_ESCAPES) {
          out += DQ_ESCAPES[e];
          i += 2;
        } else throw new YamlError(`unknown escape \\${e}`, line);
      } else out += s[i++];
    }
    if (s[i] !== '"') throw new YamlError('unterminated double-quoted string', line);
    return [out, i + 1];
  }
  if (c === "'") {
    let out = '';
    i++;
    for (;;) {
      if (i >= s.length) throw new YamlError('unterminated single-quoted string', line);
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          out += "'";
          i += 2;
          continue;
        }
        return [out, i + 1];
      }
      out += s[i++];
    }
  }
  if (c === '[') {
    const arr = [];
    i++;
    for (;;) {
      while (s[i] === ' ') i++;
      if (s[i] === ']') return [arr, i + 1];
      if (i >= s.length) throw new YamlError('unterminated [ ] (flow sequences must fit on one line)', line);
      let v;
      [v, i] = readFlow(s, i, line, true);
      arr.push(v);
      while (s[i] === ' ') i++;
      if (s[i] === ',') i++;
      else if (s[i] !== ']') throw new YamlError('expected , or ] in a flow sequence', line);
    }
  }
  if (c === '{') {
    const obj = {};
    i++;
    for (;;) {
      while (s[i] === ' ') i++;
      if (s[i] === '}') return [obj, i + 1];
      if (i >= s.length) throw new YamlError('unterminated { } (flow mappings must fit on one line)', line);
      let k;
      [k, i] = readFlow(s, i, line, true);
      while (s[i] === ' ') i++;
      let v = null;
      if (s[i] === ':') [v, i] = readFlow(s, i + 1, line, true);
      obj[String(k)] = v;
      while (s[i] === ' ') i++;
      if (s[i] === ',') i++;
      else if (s[i] !== '}') throw new YamlError('expected , or } in a flow mapping', line);
    }
  }
  // Plain scalar: up to the end, or (in flow context) a , ] } or ": ".
  let j = i;
  while (j < s.length) {
    if (inFlow && (s[j] === ',' || s[j] === ']' || s[j] === '}')) break;
    if (s[j] === ':' && (j + 1 >= s.length || s[j + 1] === ' ' || (inFlow && /[,\]}]/.test(s[j + 1])))) break;
    j++;
  }
  if (/^[&*!|>%@`]/.test(s.slice(i, j).trim()) && !inFlow) {
    throw new YamlError(`"${s.slice(i, j).trim()}": anchors, aliases, tags and reserved indicators are not supported`, line);
  }
  return [plainScalar(s.slice(i, j).trim()), j];
}

function stripComment(text) {
  // A # starts a comment at the line start or after a space, outside quotes.
  let q = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '\\' && q === '"') i++;
      else if (c === q) q = null;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s:\[{,\-]/.test(text[i - 1])) q = c;
    } else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) return text.slice(0, i).replace(/\s+$/, '');
  }
  return text.replace(/\s+$/, '');
}

function parseYaml(source) {
  const raw = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const lines = []; // {indent, text, no, raw}
  let started = false;
  for (let n = 0; n < raw.length; n++) {
    const r = raw[n];
    if (/^(---|\.\.\.)(\s|$)/.test(r)) {
      if (r.startsWith('...') || started) {
        if (raw.slice(n + 1).some((x) => stripComment(x).trim() !== '')) throw new YamlError('only one YAML document is supported', n + 1);
        break;
      }
      started = true;
      if (stripComment(r.slice(3)).trim() !== '') throw new YamlError('content after --- is not supported', n + 1);
      continue;
    }
    if (/^%/.test(r)) throw new YamlError('YAML directives are not supported', n + 1);
    lines.push({ raw: r, no: n + 1 });
  }
  let pos = 0;

  function info(k) {
    const l = lines[k];
    if (/^\s*\t/.test(l.raw) && stripComment(l.raw).trim() !== '') throw new YamlError('tabs cannot indent YAML', l.no);
    const text = stripComment(l.raw);
    const indent = text.length - text.replace(/^ +/, '').length;
    return { indent, text: text.slice(indent), no: l.no };
  }
  function skipBlank() {
    while (pos < lines.length && info(pos).text === '') pos++;
  }

  function blockScalar(header, parentIndent, no) {
    const m = /^([|>])([+-]?)([1-9]?)([+-]?)$/.exec(header);
    if (!m) throw new YamlError(`bad block scalar header "${header}"`, no);
    const folded = m[1] === '>';
    const chomp = m[2] || m[4];
    const body = [];
    let indent = m[3] ? parentIndent + Number(m[3]) : -1;
    while (pos < lines.length) {
      const r = lines[pos].raw;
      if (r.trim() === '') {
        body.push('');
        pos++;
        continue;
      }
      const ind = r.length - r.replace(/^ +/, '').length;
      if (indent < 0) indent = ind;
      if (ind < indent || ind <= parentIndent) break;
      body.push(r.slice(indent));
      pos++;
    }
    let trailing = 0;
    while (body.length && body[body.length - 1] === '') {
      body.pop();
      trailing++;
    }
    let text;
    if (folded) {
      text = '';
      for (let k = 0; k < body.length; k++) {
        const cur = body[k];
        if (k === 0) text = cur;
        else if (cur === '' || /^\s/.test(cur) || /^\s/.test(body[k - 1]) || body[k - 1] === '') text += '\n' + cur;
        else text += ' ' + cur;
      }
      text = text.replace(/\n(?=\n)/g, '\n');
    } else text = body.join('\n');
    if (chomp === '-') return text;
    if (chomp === '+') return text + '\n'.repeat(trailing + (body.length ? 1 : 0));
    return body.length ? text + '\n' : '';
  }

  // A value after "key:" or "- ": inline scalar, block scalar, or a nested block below.
  function valueAfter(rest, indent, no, seqAllowedAtSameIndent) {
    rest = rest.trim();
    if (rest === '') {
      skipBlank();
      if (pos >= lines.length) return null;
      const next = info(pos);
      if (next.indent > indent) return block(next.indent);
      if (seqAllowedAtSameIndent && next.indent === indent && /^-( |$)/.test(next.text)) return block(next.indent);
      return null;
    }
    if (/^[|>]/.test(rest)) return blockScalar(rest, indent, no);
    const [v, end] = readFlow(rest, 0, no, false);
    if (rest.slice(end).trim() !== '') throw new YamlError(`unexpected text after a value: "${rest.slice(end).trim()}"`, no);
    // A plain scalar may continue on more-indented lines (folded with spaces).
    if (typeof v === 'string' && !/^["']/.test(rest)) {
      let s = v;
      while (pos < lines.length) {
        const l = info(pos);
        if (l.text === '' || l.indent <= indent || /^-( |$)/.test(l.text) || /^[^"'\s][^:]*:( |$)/.test(l.text)) break;
        s += ' ' + l.text;
        pos++;
      }
      return s;
    }
    return v;
  }

  function splitKey(text, no) {
    // "key: value" / "key:" with a plain or quoted key.
    let key;
    let i;
    if (text[0] === '"' || text[0] === "'") {
      [key, i] = readFlow(text, 0, no, true);
      while (text[i] === ' ') i++;
      if (text[i] !== ':') return null;
    } else {
      const m = /^([^#:][^:]*?|[^:]*?):( |$)/.exec(text);
      if (!m) return null;
      key = m[1].trim();
      if (/^[&*!?|>%@`\[{]/.test(key)) throw new YamlError(`"${key}": anchors, tags, complex or flow keys are not supported`, no);
      i = m[1].length;
    }
    return { key: String(key), rest: text.slice(i + 1) };
  }

  function block(indent) {
    skipBlank();
    const first = info(pos);
    if (/^-( |$)/.test(first.text)) {
      const arr = [];
      while (pos < lines.length) {
        skipBlank();
        if (pos >= lines.length) break;
        const l = info(pos);
        if (l.indent < indent) break;
        if (l.indent > indent) throw new YamlError('bad indentation in a list', l.no);
        if (!/^-( |$)/.test(l.text)) break;
        pos++;
        const rest = l.text.slice(1);
        const inner = rest.replace(/^ +/, '');
        const innerIndent = indent + 1 + (rest.length - inner.length);
        if (inner !== '' && !/^["'\[{]/.test(inner) && splitKey(inner, l.no)) {
          // "- key: value" opens a mapping whose keys line up with "key".
          lines.splice(pos, 0, { raw: ' '.repeat(innerIndent) + inner, no: l.no });
          arr.push(block(innerIndent));
        } else if (/^-( |$)/.test(inner)) {
          lines.splice(pos, 0, { raw: ' '.repeat(innerIndent) + inner, no: l.no });
          arr.push(block(innerIndent));
        } else arr.push(valueAfter(inner, indent, l.no, false));
      }
      return arr;
    }
    const obj = {};
    while (pos < lines.length) {
      skipBlank();
      if (pos >= lines.length) break;
      const l = info(pos);
      if (l.indent < indent) break;
      if (l.indent > indent) throw new YamlError('bad indentation', l.no);
      const kv = splitKey(l.text, l.no);
      if (!kv) {
        if (Object.keys(obj).length === 0 && lines.length === 1) {
          pos++;
          return valueAfter(l.text, -1, l.no, false);
        }
        throw new YamlError(`expected "key: value", found "${l.text}"`, l.no);
      }
      if (Object.prototype.hasOwnProperty.call(obj, kv.key)) throw new YamlError(`duplicate key "${kv.key}"`, l.no);
      pos++;
      obj[kv.key] = valueAfter(kv.rest, indent, l.no, true);
    }
    return obj;
  }

  skipBlank();
  if (pos >= lines.length) return null;
  const top = info(pos);
  if (/^[\[{]/.test(top.text) || (/^["']/.test(top.text) && !splitKey(top.text, top.no))) {
    // A document that is one flow value.
    pos++;
    return valueAfter(top.text, -1, top.no, false);
  }
  const value = block(top.indent);
  skipBlank();
  if (pos < lines.length) throw new YamlError('bad indentation', info(pos).no);
  return value;
}


module.exports = { parseYaml, YamlError };

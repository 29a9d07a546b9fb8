// RFC 6570 level 1 URI templates ("file:///logs/{day}.txt"): each {name} is one simple-string
// expansion, so a value never contains a reserved character unencoded ("/", "?", "#", ...).
'use strict';

const EXPR = /\{([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)\}/g;

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Returns { names, match(uri) -> {name: value} | null, expand(values) -> uri } or throws.
function compileTemplate(template) {
  if (typeof template !== 'string' || template === '') throw new Error('a URI template must be a non-empty string');
  const names = [];
  let pattern = '^';
  let last = 0;
  let m;
  EXPR.lastIndex = 0;
  while ((m = EXPR.exec(template))) {
    pattern += escapeRegExp(template.slice(last, m.index)) + '([^/?#&=]*)';
    if (names.includes(m[1])) throw new Error(`the variable {${m[1]}} appears twice`);
    names.push(m[1]);
    last = m.index + m[0].length;
  }
  const rest = template.slice(last);
  if (/[{}]/.test(rest) || /[{}]/.test(template.replace(EXPR, ''))) {
    throw new Error(`"${template}": only level 1 expressions such as {name} are supported`);
  }
  pattern += escapeRegExp(rest) + '$';
  const re = new RegExp(pattern);
  return {
    names,
    match(uri) {
      const r = re.exec(uri);
      if (!r) return null;
      const values = {};
      for (let i = 0; i < names.length; i++) {
        try {
          values[names[i]] = decodeURIComponent(r[i + 1]);
        } catch (_) {
          return null;
        }
      }
      return values;
    },
    expand(values) {
      return template.replace(EXPR, (_, name) => encodeURIComponent(values[name] === undefined ? '' : String(values[name])));
    },
  };
}

module.exports = { compileTemplate };

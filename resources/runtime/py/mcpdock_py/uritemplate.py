"""RFC 6570 level 1 URI templates (see mcpdock_js/uritemplate.js)."""

import re
from urllib.parse import quote, unquote

_EXPR = re.compile(r"\{([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)\}")


class Template:
    def __init__(self, template):
        if not isinstance(template, str) or not template:
            raise ValueError("a URI template must be a non-empty string")
        names = []
        pattern = "^"
        last = 0
        for m in _EXPR.finditer(template):
            pattern += re.escape(template[last:m.start()]) + "([^/?#&=]*)"
            if m.group(1) in names:
                raise ValueError("the variable {%s} appears twice" % m.group(1))
            names.append(m.group(1))
            last = m.end()
        if "{" in _EXPR.sub("", template) or "}" in _EXPR.sub("", template):
            raise ValueError('"%s": only level 1 expressions such as {name} are supported' % template)
        pattern += re.escape(template[last:]) + "$"
        self.template = template
        self.names = names
        self._re = re.compile(pattern)

    def match(self, uri):
        m = self._re.match(uri)
        if not m:
            return None
        return {name: unquote(m.group(i + 1)) for i, name in enumerate(self.names)}

    def expand(self, values):
        return _EXPR.sub(lambda m: quote(str(values.get(m.group(1), "")), safe=""), self.template)


def compile_template(template):
    return Template(template)

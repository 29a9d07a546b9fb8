"""The YAML subset of the JavaScript runtime (mcpdock_js/yaml.js), line for line."""

import math
import re


class YamlError(Exception):
    def __init__(self, message, line):
        super().__init__("line %d: %s" % (line, message))
        self.line = line


def _plain_scalar(text):
    if text in ("", "~", "null", "Null", "NULL"):
        return None
    if text in ("true", "True", "TRUE"):
        return True
    if text in ("false", "False", "FALSE"):
        return False
    if re.fullmatch(r"[-+]?[0-9]+", text):
        return int(text)
    if re.fullmatch(r"0x[0-9a-fA-F]+", text):
        return int(text[2:], 16)
    if re.fullmatch(r"0o[0-7]+", text):
        return int(text[2:], 8)
    if re.fullmatch(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?", text):
        return float(text)
    if re.fullmatch(r"[-+]?\.(inf|Inf|INF)", text):
        return -math.inf if text.startswith("-") else math.inf
    if re.fullmatch(r"\.(nan|NaN|NAN)", text):
        return math.nan
    return text


_DQ = {"0": "\0", "a": "\x07", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r",
       "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\", "N": "\x85", "_": "\xa0", "L": "\u2028",
       "P": "\u2029"}


def _read_flow(s, i, line, in_flow):
    n = len(s)
    while i < n and s[i] == " ":
        i += 1
    c = s[i] if i < n else ""
    if c == '"':
        out = []
        i += 1
        while i < n and s[i] != '"':
            if s[i] == "\\":
                e = s[i + 1] if i + 1 < n else ""
                if e in ("x", "u", "U"):
                    k = {"x": 2, "u": 4, "U": 8}[e]
                    hexs = s[i + 2:i + 2 + k]
                    if len(hexs) != k or not re.fullmatch(r"[0-9a-fA-F]+", hexs):
                        raise YamlError("bad escape in a double-quoted string", line)
                    out.append(chr(int(hexs, 16)))
                    i += 2 + k
                elif e in _DQ:
                    out.append(_DQ[e])
                    i += 2
                else:
                    raise YamlError("unknown escape \\" + e, line)
            else:
                out.append(s[i])
                i += 1
        if i >= n:
            raise YamlError("unterminated double-quoted string", line)
        return "".join(out), i + 1
    if c == "'":
        out = []
        i += 1
        while True:
            if i >= n:
                raise YamlError("unterminated single-quoted string", line)
            if s[i] == "'":
                if i + 1 < n and s[i + 1] == "'":
                    out.append("'")
                    i += 2
                    continue
                return "".join(out), i + 1
            out.append(s[i])
            i += 1
    if c == "[":
        arr = []
        i += 1
        while True:
            while i < n and s[i] == " ":
                i += 1
            if i < n and s[i] == "]":
                return arr, i + 1
            if i >= n:
                raise YamlError("unterminated [ ] (flow sequences must fit on one line)", line)
            v, i = _read_flow(s, i, line, True)
            arr.append(v)
            while i < n and s[i] == " ":
                i += 1
            if i < n and s[i] == ",":
                i += 1
            elif not (i < n and s[i] == "]"):
                raise YamlError("expected , or ] in a flow sequence", line)
    if c == "{":
        obj = {}
        i += 1
        while True:
            while i < n and s[i] == " ":
                i += 1
            if i < n and s[i] == "}":
                return obj, i + 1
            if i >= n:
                raise YamlError("unterminated { } (flow mappings must fit on one line)", line)
            k, i = _read_flow(s, i, line, True)
            while i < n and s[i] == " ":
                i += 1
            v = None
            if i < n and s[i] == ":":
                v, i = _read_flow(s, i + 1, line, True)
            obj[_key(k)] = v
            while i < n and s[i] == " ":
                i += 1
            if i < n and s[i] == ",":
                i += 1
            elif not (i < n and s[i] == "}"):
                raise YamlError("expected , or } in a flow mapping", line)
    j = i
    while j < n:
        if in_flow and s[j] in ",]}":
            break
        if s[j] == ":" and (j + 1 >= n or s[j + 1] == " " or (in_flow and s[j + 1] in ",]}")):
            break
        j += 1
    text = s[i:j].strip()
    if not in_flow and text[:1] and text[0] in "&*!|>%@`":
        raise YamlError('"%s": anchors, aliases, tags and reserved indicators are not supported' % text, line)
    return _plain_scalar(text), j


def _key(k):
    # Keys are strings, as in server.js (JSON object keys).
    if k is None:
        return "null"
    if k is True:
        return "true"
    if k is False:
        return "false"
    return str(k)


def _strip_comment(text):
    q = None
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if q:
            if c == "\\" and q == '"':
                i += 1
            elif c == q:
                q = None
        elif c in "\"'":
            if i == 0 or re.match(r"[\s:\[{,\-]", text[i - 1]):
                q = c
        elif c == "#" and (i == 0 or text[i - 1] in " \t"):
            return text[:i].rstrip()
        i += 1
    return text.rstrip()


_KEY_RE = re.compile(r"^([^#:][^:]*?|[^:]*?):( |$)")


def parse_yaml(source):
    raw = source.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    lines = []
    started = False
    for n, r in enumerate(raw):
        if re.match(r"^(---|\.\.\.)(\s|$)", r):
            if r.startswith("...") or started:
                if any(_strip_comment(x).strip() for x in raw[n + 1:]):
                    raise YamlError("only one YAML document is supported", n + 1)
                break
            started = True
            if _strip_comment(r[3:]).strip():
                raise YamlError("content after --- is not supported", n + 1)
            continue
        if r.startswith("%"):
            raise YamlError("YAML directives are not supported", n + 1)
        lines.append([r, n + 1])
    st = {"pos": 0}

    def info(k):
        r, no = lines[k]
        if re.match(r"^\s*\t", r) and _strip_comment(r).strip():
            raise YamlError("tabs cannot indent YAML", no)
        text = _strip_comment(r)
        stripped = text.lstrip(" ")
        return len(text) - len(stripped), stripped, no

    def skip_blank():
        while st["pos"] < len(lines) and info(st["pos"])[1] == "":
            st["pos"] += 1

    def block_scalar(header, parent_indent, no):
        m = re.fullmatch(r"([|>])([+-]?)([1-9]?)([+-]?)", header)
        if not m:
            raise YamlError('bad block scalar header "%s"' % header, no)
        folded = m.group(1) == ">"
        chomp = m.group(2) or m.group(4)
        body = []
        indent = parent_indent + int(m.group(3)) if m.group(3) else -1
        while st["pos"] < len(lines):
            r = lines[st["pos"]][0]
            if r.strip() == "":
                body.append("")
                st["pos"] += 1
                continue
            ind = len(r) - len(r.lstrip(" "))
            if indent < 0:
                indent = ind
            if ind < indent or ind <= parent_indent:
                break
            body.append(r[indent:])
            st["pos"] += 1
        trailing = 0
        while body and body[-1] == "":
            body.pop()
            trailing += 1
        if folded:
            text = ""
            for k, cur in enumerate(body):
                if k == 0:
                    text = cur
                elif cur == "" or cur[:1].isspace() or body[k - 1][:1].isspace() or body[k - 1] == "":
                    text += "\n" + cur
                else:
                    text += " " + cur
        else:
            text = "\n".join(body)
        if chomp == "-":
            return text
        if chomp == "+":
            return text + "\n" * (trailing + (1 if body else 0))
        return text + "\n" if body else ""

    def value_after(rest, indent, no, seq_same_indent):
        rest = rest.strip()
        if rest == "":
            skip_blank()
            if st["pos"] >= len(lines):
                return None
            nind, ntext, _ = info(st["pos"])
            if nind > indent:
                return block(nind)
            if seq_same_indent and nind == indent and re.match(r"^-( |$)", ntext):
                return block(nind)
            return None
        if rest[0] in "|>":
            return block_scalar(rest, indent, no)
        v, end = _read_flow(rest, 0, no, False)
        if rest[end:].strip():
            raise YamlError('unexpected text after a value: "%s"' % rest[end:].strip(), no)
        if isinstance(v, str) and rest[0] not in "\"'":
            s = v
            while st["pos"] < len(lines):
                lind, ltext, _ = info(st["pos"])
                if ltext == "" or lind <= indent or re.match(r"^-( |$)", ltext) or re.match(r"^[^\"'\s][^:]*:( |$)", ltext):
                    break
                s += " " + ltext
                st["pos"] += 1
            return s
        return v

    def split_key(text, no):
        if text[:1] in ("\"", "'"):
            key, i = _read_flow(text, 0, no, True)
            while i < len(text) and text[i] == " ":
                i += 1
            if i >= len(text) or text[i] != ":":
                return None
            return _key(key), text[i + 1:]
        m = _KEY_RE.match(text)
        if not m:
            return None
        key = m.group(1).strip()
        if key[:1] and key[0] in "&*!?|>%@`[{":
            raise YamlError('"%s": anchors, tags, complex or flow keys are not supported' % key, no)
        return key, text[len(m.group(1)) + 1:]

    def block(indent):
        skip_blank()
        _, ftext, _ = info(st["pos"])
        if re.match(r"^-( |$)", ftext):
            arr = []
            while st["pos"] < len(lines):
                skip_blank()
                if st["pos"] >= len(lines):
                    break
                lind, ltext, no = info(st["pos"])
                if lind < indent:
                    break
                if lind > indent:
                    raise YamlError("bad indentation in a list", no)
                if not re.match(r"^-( |$)", ltext):
                    break
                st["pos"] += 1
                rest = ltext[1:]
                inner = rest.lstrip(" ")
                inner_indent = indent + 1 + (len(rest) - len(inner))
                if inner and inner[0] not in "\"'[{" and split_key(inner, no):
                    lines.insert(st["pos"], [" " * inner_indent + inner, no])
                    arr.append(block(inner_indent))
                elif re.match(r"^-( |$)", inner):
                    lines.insert(st["pos"], [" " * inner_indent + inner, no])
                    arr.append(block(inner_indent))
                else:
                    arr.append(value_after(inner, indent, no, False))
            return arr
        obj = {}
        while st["pos"] < len(lines):
            skip_blank()
            if st["pos"] >= len(lines):
                break
            lind, ltext, no = info(st["pos"])
            if lind < indent:
                break
            if lind > indent:
                raise YamlError("bad indentation", no)
            kv = split_key(ltext, no)
            if not kv:
                raise YamlError('expected "key: value", found "%s"' % ltext, no)
            if kv[0] in obj:
                raise YamlError('duplicate key "%s"' % kv[0], no)
            st["pos"] += 1
            obj[kv[0]] = value_after(kv[1], indent, no, True)
        return obj

    skip_blank()
    if st["pos"] >= len(lines):
        return None
    tind, ttext, tno = info(st["pos"])
    if ttext[:1] in ("[", "{") or (ttext[:1] in ("\"", "'") and not split_key(ttext, tno)):
        st["pos"] += 1
        return value_after(ttext, -1, tno, False)
    if not re.match(r"^-( |$)", ttext) and not split_key(ttext, tno):
        st["pos"] += 1
        value = value_after(ttext, -1, tno, False)
    else:
        value = block(tind)
    skip_blank()
    if st["pos"] < len(lines):
        raise YamlError("bad indentation", info(st["pos"])[2])
    return value



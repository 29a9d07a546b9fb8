from textwrap import shorten

description = "Find notes whose title or body contains the given text"

input_schema = {
    "type": "object",
    "properties": {"query": {"type": "string"}},
    "required": ["query"],
}


def handler(args, context):
    limit = int(((context["config"] or {}).get("search") or {}).get("limit") or 10)
    pattern = "%" + args["query"].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = context["connectors"]["db"].execute(
        "SELECT id, title, body FROM notes WHERE title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\'"
        " ORDER BY id LIMIT ?",
        (pattern, pattern, limit),
    ).fetchall()
    if not rows:
        return "No notes match %r." % args["query"]
    return "\n".join("#%d %s: %s" % (i, t, shorten(b, width=80, placeholder="...")) for i, t, b in rows)

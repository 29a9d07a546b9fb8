"""A resource template: note://{id} reads one note; list() names every note as a resource."""


def read(uri, params, context):
    try:
        note_id = int(params["id"])
    except ValueError:
        raise ValueError("note ids are numbers, not %r" % params["id"]) from None
    row = context["connectors"]["db"].execute(
        "SELECT title, body, created FROM notes WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        raise ValueError("no note #%d" % note_id)
    title, body, created = row
    return {"text": "# %s\n\n%s\n\n(saved %s)" % (title, body, created), "mimeType": "text/markdown"}


def list(context):
    rows = context["connectors"]["db"].execute("SELECT id, title FROM notes ORDER BY id").fetchall()
    return [{"uri": "note://%d" % i, "name": t} for i, t in rows]


def complete(variable, value, context):
    rows = context["connectors"]["db"].execute("SELECT id FROM notes ORDER BY id").fetchall()
    return [str(i) for (i,) in rows if str(i).startswith(value)]

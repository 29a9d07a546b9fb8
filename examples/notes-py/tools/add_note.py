description = "Save a note with a title and a body"

input_schema = {
    "type": "object",
    "properties": {
        "title": {"type": "string", "description": "A short title"},
        "body": {"type": "string"},
    },
    "required": ["title", "body"],
}


def handler(args, context):
    title = args["title"].strip()
    if not title:
        raise ValueError("the title must not be empty")
    db = context["connectors"]["db"]
    cur = db.execute("INSERT INTO notes (title, body) VALUES (?, ?)", (title, args["body"]))
    db.commit()
    return "Saved note %d: %s" % (cur.lastrowid, title)

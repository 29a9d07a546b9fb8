"""A prompt: summarise the notes that mention a topic, with the notes themselves in the message."""


def get(args, context):
    topic = args["topic"]
    pattern = "%" + topic.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = context["connectors"]["db"].execute(
        "SELECT id, title, body FROM notes WHERE title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\' ORDER BY id",
        (pattern, pattern)).fetchall()
    notes = "\n".join("#%d %s: %s" % r for r in rows) or "(no notes mention it)"
    return [{"role": "user", "content": {"type": "text", "text": "Summarise my notes about %s:\n%s" % (topic, notes)}}]

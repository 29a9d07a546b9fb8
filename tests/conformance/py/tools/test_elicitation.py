import json

input_schema = {"type": "object", "properties": {"message": {"type": "string"}}, "required": ["message"]}


def handler(args, context):
    # A plain function: elicit() waits for the answer.
    r = context["elicit"]({"message": args["message"], "requestedSchema": {
        "type": "object",
        "properties": {"username": {"type": "string", "description": "User's response"},
                       "email": {"type": "string", "description": "User's email address"}},
        "required": ["username", "email"]}})
    return "User response: action=%s, content=%s" % (r.get("action"), json.dumps(r.get("content") or {}))

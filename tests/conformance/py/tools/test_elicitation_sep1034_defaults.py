import json


async def handler(args, context):
    r = await context["elicit"]({"message": "Please review and update the form fields with defaults", "requestedSchema": {
        "type": "object",
        "properties": {
            "name": {"type": "string", "description": "User name", "default": "John Doe"},
            "age": {"type": "integer", "description": "User age", "default": 30},
            "score": {"type": "number", "description": "User score", "default": 95.5},
            "status": {"type": "string", "description": "User status", "enum": ["active", "inactive", "pending"],
                       "default": "active"},
            "verified": {"type": "boolean", "description": "Verification status", "default": True},
        },
        "required": []}})
    return "Elicitation completed: action=%s, content=%s" % (r.get("action"), json.dumps(r.get("content") or {}))

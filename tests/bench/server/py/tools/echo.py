description = "Return the text it is given"

input_schema = {
    "type": "object",
    "properties": {"text": {"type": "string"}},
    "required": ["text"],
}


def handler(args, context):
    return args["text"]

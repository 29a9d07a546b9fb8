description = "Echo the text back"
input_schema = {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]}


def handler(args, context):
    return args["text"]

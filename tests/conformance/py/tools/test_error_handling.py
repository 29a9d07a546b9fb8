def handler(args, context):
    return {"isError": True, "content": [{"type": "text", "text": "This tool intentionally returns an error for testing"}]}

def get(args, context):
    return [
        {"role": "user", "content": {"type": "resource", "resource": {
            "uri": args["resourceUri"], "mimeType": "text/plain", "text": "Embedded resource content for testing."}}},
        "Please process the embedded resource above.",
    ]

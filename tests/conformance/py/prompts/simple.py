def get(args, context):
    return "This is a simple prompt for testing."

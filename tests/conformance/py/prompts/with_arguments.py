def get(args, context):
    return "Prompt with arguments: arg1='%s', arg2='%s'" % (args.get("arg1"), args.get("arg2"))


def complete(argument, value, context):
    return [v for v in ("test", "testValue1", "other") if v.startswith(value)]

import time


def handler(args, context):
    for i, p in enumerate((0, 50, 100)):
        if i:
            time.sleep(0.05)
        context["progress"](p, 100, "Completed step %d of 100" % p)
    return str(context["meta"].get("progressToken"))

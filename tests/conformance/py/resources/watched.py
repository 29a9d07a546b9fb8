import threading


def read(uri, context):
    return "Watched resource content"


def subscribe(uri, context):
    # A real resource would call notify_resource_updated when it changes.
    threading.Timer(0.1, context["notify_resource_updated"], (uri,)).start()

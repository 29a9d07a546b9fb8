def read(uri, params, context):
    return "log of " + params["day"]


def complete(variable, value):
    return [d for d in ["mon", "tue"] if d.startswith(value)]

import json


def read(uri, params, context):
    return {"uri": uri, "mimeType": "application/json",
            "text": json.dumps({"id": params["id"], "templateTest": True, "data": "Data for ID: %s" % params["id"]})}


def complete(variable, value, context):
    return [v for v in ("123", "456", "789") if v.startswith(value)]

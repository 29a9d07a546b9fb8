import statistics

description = "Mean, median, standard deviation, minimum and maximum of a list of numbers"

input_schema = {
    "type": "object",
    "properties": {"numbers": {"type": "array", "items": {"type": "number"}}},
    "required": ["numbers"],
}


def fmt(x):
    return ("%.4f" % x).rstrip("0").rstrip(".")


def handler(args, context):
    numbers = args["numbers"]
    if not numbers:
        raise ValueError("give at least one number")
    parts = [
        "n=%d" % len(numbers),
        "mean=" + fmt(statistics.fmean(numbers)),
        "median=" + fmt(statistics.median(numbers)),
        "stdev=" + (fmt(statistics.stdev(numbers)) if len(numbers) > 1 else "n/a"),
        "min=" + fmt(min(numbers)),
        "max=" + fmt(max(numbers)),
    ]
    return ", ".join(parts)

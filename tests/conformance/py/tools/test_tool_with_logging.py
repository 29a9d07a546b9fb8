import asyncio


async def handler(args, context):
    context["log"]("info", "Tool execution started")
    await asyncio.sleep(0.05)
    context["log"]("info", "Tool processing data")
    await asyncio.sleep(0.05)
    context["log"]("info", "Tool execution completed")
    return "Tool with logging executed successfully"

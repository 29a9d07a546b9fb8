input_schema = {"type": "object", "properties": {"prompt": {"type": "string"}}, "required": ["prompt"]}


async def handler(args, context):
    r = await context["sample"]({"messages": [{"role": "user", "content": {"type": "text", "text": args["prompt"]}}],
                                 "maxTokens": 100})
    c = r["content"][0] if isinstance(r.get("content"), list) else r.get("content") or {}
    return "LLM response: %s" % c.get("text")

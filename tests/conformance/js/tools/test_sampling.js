module.exports = {
  inputSchema: { type: 'object', properties: { prompt: { type: 'string' } }, required: ['prompt'] },
  async handler(args, context) {
    const r = await context.sample({ messages: [{ role: 'user', content: { type: 'text', text: args.prompt } }], maxTokens: 100 });
    const c = Array.isArray(r.content) ? r.content[0] : r.content;
    return `LLM response: ${c && c.text}`;
  },
};

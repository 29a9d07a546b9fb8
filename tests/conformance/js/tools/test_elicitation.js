module.exports = {
  inputSchema: { type: 'object', properties: { message: { type: 'string' } }, required: ['message'] },
  async handler(args, context) {
    const r = await context.elicit({
      message: args.message,
      requestedSchema: {
        type: 'object',
        properties: { username: { type: 'string', description: "User's response" }, email: { type: 'string', description: "User's email address" } },
        required: ['username', 'email'],
      },
    });
    return `User response: action=${r.action}, content=${JSON.stringify(r.content || {})}`;
  },
};

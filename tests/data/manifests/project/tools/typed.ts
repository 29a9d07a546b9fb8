export default {
  description: 'Add two numbers',
  inputSchema: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } }, required: ['a', 'b'] },
  handler: (args: { a: number; b: number }) => String(args.a + args.b),
};

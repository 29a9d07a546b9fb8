import { sum } from './math';

export default {
  description: 'Add two numbers',
  inputSchema: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } }, required: ['a', 'b'] },
  handler: (args: { a: number; b: number }) => String(sum(args.a, args.b)),
};

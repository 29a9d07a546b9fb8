export const description = 'Greet someone';
export const inputSchema = { type: 'object', properties: { name: { type: 'string' } } };
export function handler(args: { name?: string }): string {
  return `Hello, ${args.name ?? 'world'}!`;
}

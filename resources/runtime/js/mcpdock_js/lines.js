// Newline-delimited messages from a byte stream. Each chunk is scanned once (a long line arriving
// in many chunks costs linear time), and a line longer than the limit is dropped as it streams in.
'use strict';

const MAX_LINE = Number(process.env.MCP_MAX_LINE_BYTES) || 16 * 1024 * 1024;

class LineReader {
  // onLine(text) per complete line; onTooLong(bytes) once per dropped line, when it ends.
  constructor(onLine, onTooLong, maxLine = MAX_LINE) {
    this.onLine = onLine;
    this.onTooLong = onTooLong;
    this.maxLine = maxLine;
    this.parts = [];
    this.size = 0;
    this.dropping = false;
    this.dropped = 0;
  }

  push(chunk) {
    let start = 0;
    let nl;
    while ((nl = chunk.indexOf(10, start)) !== -1) {
      if (this.dropping) {
        this.dropping = false;
        const n = this.dropped + nl - start;
        this.dropped = 0;
        this.onTooLong(n);
      } else if (this.size + nl - start > this.maxLine) {
        const n = this.size + nl - start;
        this.parts = [];
        this.size = 0;
        this.onTooLong(n);
      } else {
        let line;
        if (this.parts.length) {
          this.parts.push(chunk.subarray(start, nl));
          line = Buffer.concat(this.parts).toString('utf8');
          this.parts = [];
          this.size = 0;
        } else line = chunk.toString('utf8', start, nl);
        this.onLine(line);
      }
      start = nl + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.length - start;
      if (this.dropping) this.dropped += rest;
      else if (this.size + rest > this.maxLine) {
        this.dropping = true;
        this.dropped = this.size + rest;
        this.parts = [];
        this.size = 0;
      } else {
        // Copy: the stream may reuse the chunk's memory.
        this.parts.push(start === 0 ? chunk : Buffer.from(chunk.subarray(start)));
        this.size += rest;
      }
    }
  }

  // The stream ended: a last line without a newline still counts.
  end() {
    if (this.dropping) {
      this.dropping = false;
      this.onTooLong(this.dropped);
    } else if (this.parts.length) {
      const line = Buffer.concat(this.parts).toString('utf8');
      this.parts = [];
      this.size = 0;
      this.onLine(line);
    }
  }
}

module.exports = { LineReader, MAX_LINE };

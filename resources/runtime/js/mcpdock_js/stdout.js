// stdout is the protocol only. A tool's console.dir, process.stdout.write or a child process with
// inherited stdio all write to file descriptor 1, so the protocol gets a descriptor of its own and
// fd 1 is pointed at stderr (what dup + dup2 do; Node has neither, see below).
'use strict';

const fs = require('fs');
const net = require('net');
const childProcess = require('child_process');
const { log } = require('./log');

function reopen(fd, flags) {
  // Opening /proc/self/fd/N gives a new descriptor for the same pipe, file or terminal.
  for (const p of [`/proc/self/fd/${fd}`, `/dev/fd/${fd}`]) {
    try {
      return fs.openSync(p, flags);
    } catch (_) {
      // next
    }
  }
  return -1;
}

// A socket (Node's child_process pipes are socketpairs) cannot be reopened by path: a short-lived
// child receives it as its fd 4 and sends it back over IPC, which duplicates it into this process.
function dupSocket(fd) {
  const helper =
    "const s=new (require('net').Socket)({fd:4,readable:false,writable:true});" +
    "process.send('fd',s,()=>process.exit(0));";
  return new Promise((resolve, reject) => {
    const child = childProcess.spawn(process.execPath, ['-e', helper], { stdio: ['ignore', 'ignore', 'inherit', 'ipc', fd] });
    child.once('message', (_m, handle) => (handle instanceof net.Socket ? resolve(handle) : reject(new Error('no handle'))));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the helper exited (${code})`)));
  });
}

function sameFile(a, b) {
  return a.dev === b.dev && a.ino === b.ino;
}

// Output for the protocol: write(string) queues; the queue is written once the current microtasks ran.
function makeWriter(sink) {
  let queue = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const data = queue.length === 1 ? queue[0] : queue.join('');
    queue = [];
    sink(data);
  };
  return {
    write(s) {
      queue.push(s);
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(flush);
      }
    },
    flushSync() {
      if (queue.length) flush();
    },
  };
}

// Claims fd 1 for the protocol. onClosed runs when the reader of the protocol goes away (EPIPE).
// Returns { write(string), flushSync(), separate: bool }.
async function claimStdout(onClosed) {
  let sink = null;
  let separate = false;
  let st = null;
  try {
    st = fs.fstatSync(1);
  } catch (_) {
    // no fd 1
  }
  if (st && (st.isFIFO() || st.isFile() || st.isCharacterDevice())) {
    const fd = reopen(1, 'a');
    if (fd >= 0 && sameFile(fs.fstatSync(fd), st)) {
      sink = (data) => {
        try {
          let buf = Buffer.from(data, 'utf8');
          while (buf.length) {
            const n = fs.writeSync(fd, buf);
            buf = buf.subarray(n);
          }
        } catch (e) {
          if (e.code === 'EAGAIN') {
            // A non-blocking pipe that is full: wait for the reader rather than drop a message.
            Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
            return sink(data);
          }
          onClosed(e);
        }
      };
      separate = true;
    } else if (fd >= 0) fs.closeSync(fd);
  } else if (st && st.isSocket()) {
    try {
      const sock = await dupSocket(1);
      sock.on('error', (e) => onClosed(e));
      sink = (data) => sock.write(data);
      separate = true;
    } catch (e) {
      log('cannot give the protocol a descriptor of its own:', e.message);
    }
  }
  if (separate) {
    // close(1) then open(): the lowest free descriptor is 1, so fd 1 becomes stderr (or /dev/null
    // when stderr is a socket that cannot be reopened). Nothing else runs between the two calls.
    let st2 = null;
    try {
      st2 = fs.fstatSync(2);
    } catch (_) {
      // no stderr
    }
    fs.closeSync(1);
    let fd = st2 && !st2.isSocket() ? reopen(2, 'a') : -1;
    if (fd < 0) fd = fs.openSync('/dev/null', 'w');
    if (fd !== 1) log(`warning: fd 1 could not be pointed at stderr (got ${fd})`);
  } else {
    // Fall back to fd 1 itself, as before: process.stdout.write from a tool would reach the client.
    process.stdout.on('error', (e) => onClosed(e));
    sink = (data) => process.stdout.write(data);
  }
  return { ...makeWriter(sink), separate };
}

module.exports = { claimStdout };

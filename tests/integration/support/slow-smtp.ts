// A real SMTP server in the test process (node:net) that speaks enough SMTP for nodemailer and
// takes `delayMs` to accept each message (the 250 after DATA), like a slow relay. It records every
// accepted message with its envelope recipients and Message-ID, so a test can count deliveries.
import net from "node:net";

export interface ReceivedMessage {
  recipients: string[];
  messageId: string | null;
  subject: string | null;
  /** The whole message as it arrived (headers and body, dot-stuffing kept). */
  raw: string;
}

export interface SlowSmtpServer {
  url: string;
  received: ReceivedMessage[];
  close: () => Promise<void>;
}

function header(raw: string, name: string): string | null {
  const match = new RegExp(`^${name}:\\s*(.*)$`, "im").exec(raw);
  return match?.[1]?.trim() ?? null;
}

/** `port` 0 takes a free one; a fixed port starts the server again where clients expect it (an outage test). */
export async function startSlowSmtpServer(delayMs: number, port = 0): Promise<SlowSmtpServer> {
  const received: ReceivedMessage[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    let buffer = "";
    let inData = false;
    let recipients: string[] = [];
    const reply = (line: string) => {
      if (!socket.destroyed) socket.write(`${line}\r\n`);
    };
    reply("220 slow-smtp.test ESMTP");
    socket.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          const raw = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          const message = { recipients, messageId: header(raw, "Message-ID"), subject: header(raw, "Subject"), raw };
          recipients = [];
          // The message counts as delivered when the server says 250, after the delay.
          setTimeout(() => {
            if (socket.destroyed) return;
            received.push(message);
            reply("250 2.0.0 queued");
          }, delayMs);
          continue;
        }
        const newline = buffer.indexOf("\r\n");
        if (newline === -1) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO") reply("250-slow-smtp.test\r\n250-8BITMIME\r\n250 SMTPUTF8");
        else if (verb === "HELO") reply("250 slow-smtp.test");
        else if (verb === "MAIL") reply("250 2.1.0 ok");
        else if (verb === "RCPT") {
          recipients.push(/<([^>]*)>/.exec(line)?.[1] ?? "");
          reply("250 2.1.5 ok");
        } else if (verb === "DATA") {
          inData = true;
          reply("354 end with <CRLF>.<CRLF>");
        } else if (verb === "RSET") {
          recipients = [];
          reply("250 ok");
        } else if (verb === "NOOP") reply("250 ok");
        else if (verb === "QUIT") {
          reply("221 bye");
          socket.end();
        } else reply("500 5.5.1 command unrecognized");
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const address = server.address() as net.AddressInfo;
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

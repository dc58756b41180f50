"""Where failure notices land in the tests: a webhook endpoint (http.server) and a mail server
(a small SMTP server speaking what smtplib says: EHLO, AUTH PLAIN/LOGIN, MAIL, RCPT, DATA),
each on a free 127.0.0.1 port in a thread, keeping what they received."""

from __future__ import annotations

import base64
import email
import email.policy
import json
import socketserver
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    path: str
    body: dict


class WebhookReceiver:
    """POSTs to http://127.0.0.1:<port>/<anything>, answered with `status`."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.received: list[Received] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length).decode("utf-8"))
                receiver.received.append(Received(self.path, body))
                self.send_response(receiver.status)
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> "WebhookReceiver":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


@dataclass
class Mail:
    sender: str
    recipients: list[str]
    message: EmailMessage
    login: tuple[str, str] | None


@dataclass
class _Session:
    sender: str = ""
    recipients: list[str] = field(default_factory=list)
    login: tuple[str, str] | None = None


class SmtpSink:
    """An SMTP server without TLS that accepts every message (and, when `accounts` is given,
    only those logins: a wrong password gets 535)."""

    def __init__(self, accounts: dict[str, str] | None = None) -> None:
        self.accounts = accounts
        self.mails: list[Mail] = []
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def reply(self, line: str) -> None:
                self.wfile.write(f"{line}\r\n".encode())

            def read(self) -> str:
                return self.rfile.readline().decode("utf-8", errors="replace").rstrip("\r\n")

            def handle(self) -> None:
                session = _Session()
                self.reply("220 zhifa-test-sink ESMTP")
                while True:
                    line = self.read()
                    if not line and self.rfile.closed:
                        return
                    verb, _, rest = line.partition(" ")
                    verb = verb.upper()
                    if verb in ("EHLO", "HELO"):
                        self.reply("250-zhifa-test-sink")
                        self.reply("250-AUTH PLAIN LOGIN")
                        self.reply("250 8BITMIME")
                    elif verb == "AUTH":
                        session.login = self.authenticate(rest)
                        if session.login is None:
                            self.reply("535 5.7.8 authentication failed")
                        else:
                            self.reply("235 2.7.0 authenticated")
                    elif verb == "MAIL":
                        session.sender = rest.split(":", 1)[1].strip().strip("<>").split(">")[0]
                        self.reply("250 ok")
                    elif verb == "RCPT":
                        session.recipients.append(rest.split(":", 1)[1].strip().strip("<>"))
                        self.reply("250 ok")
                    elif verb == "DATA":
                        self.reply("354 end with <CRLF>.<CRLF>")
                        lines = []
                        while (data := self.rfile.readline()) not in (b".\r\n", b""):
                            lines.append(data[1:] if data.startswith(b"..") else data)
                        message = email.message_from_bytes(b"".join(lines), policy=email.policy.default)
                        sink.mails.append(Mail(session.sender, list(session.recipients), message, session.login))
                        self.reply("250 queued")
                    elif verb == "QUIT":
                        self.reply("221 bye")
                        return
                    elif verb in ("RSET", "NOOP"):
                        self.reply("250 ok")
                    elif not line:
                        return
                    else:
                        self.reply("502 not implemented")

            def authenticate(self, rest: str) -> tuple[str, str] | None:
                mechanism, _, initial = rest.partition(" ")
                if mechanism.upper() == "PLAIN":
                    if not initial:
                        self.reply("334 ")
                        initial = self.read()
                    _, user, password = base64.b64decode(initial).decode().split("\0")
                elif mechanism.upper() == "LOGIN":
                    self.reply("334 " + base64.b64encode(b"Username:").decode())
                    user = base64.b64decode(self.read()).decode()
                    self.reply("334 " + base64.b64encode(b"Password:").decode())
                    password = base64.b64decode(self.read()).decode()
                else:
                    return None
                if sink.accounts is not None and sink.accounts.get(user) != password:
                    return None
                return user, password

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> "SmtpSink":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

"""Where failure notices go: a webhook and/or mail, as the environment configures them.

Configured from the environment only, so nothing secret is ever part of a run's config, tags
or logs: the failure sensor (orchestration/defs/automation.py) reads it in the daemon's code server.
Nothing is sent when nothing is configured. Each secret may instead come from a file named by
the same variable with `_FILE` appended, readable by the service user only (a file others can
read is refused). Logs say which channel was used and whether it worked (an HTTP status, an
SMTP code, an exception's class), never a URL, user name, password or server reply.

    ZHIFA_NOTIFY_WEBHOOK_URL   POST {"text": …, "zhifa": {…}} (Slack, Mattermost, Rocket.Chat
                               and most chat tools read "text")
    ZHIFA_SMTP_HOST            mail server; with ZHIFA_NOTIFY_TO (comma-separated addresses)
    ZHIFA_SMTP_PORT            default 587 (465 with ZHIFA_SMTP_SECURITY=ssl)
    ZHIFA_SMTP_SECURITY        starttls (default) | ssl | none (a relay on this machine)
    ZHIFA_SMTP_USER, ZHIFA_SMTP_PASSWORD   login, when the server wants one
    ZHIFA_NOTIFY_FROM          sender address (default zhifa@<this host's name>)
    ZHIFA_QUALITY_URL          where readers open the quality page (default: its file path)
"""

from __future__ import annotations

import json
import os
import smtplib
import socket
import ssl
import stat
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

from orchestration.notices.message import Notice

TIMEOUT_SECONDS = 10
SMTP_SECURITY = ("starttls", "ssl", "none")

Log = Callable[[str], None]


class NoticeConfigError(Exception):
    """A channel is configured wrongly; the message names the variable, never its value."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str
    recipients: list[str]
    sender: str
    user: str | None = field(default=None, repr=False)
    password: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class NoticeChannels:
    webhook_url: str | None = field(default=None, repr=False)
    smtp: SmtpSettings | None = None

    @property
    def configured(self) -> bool:
        return bool(self.webhook_url or self.smtp)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "NoticeChannels":
        env = os.environ if environ is None else environ
        webhook = _secret(env, "ZHIFA_NOTIFY_WEBHOOK_URL")
        if webhook and not webhook.lower().startswith(("http://", "https://")):
            raise NoticeConfigError("ZHIFA_NOTIFY_WEBHOOK_URL is not an http(s) URL")
        host = env.get("ZHIFA_SMTP_HOST", "").strip()
        smtp = None
        if host:
            recipients = [a.strip() for a in env.get("ZHIFA_NOTIFY_TO", "").split(",") if a.strip()]
            if not recipients:
                raise NoticeConfigError("ZHIFA_SMTP_HOST is set but ZHIFA_NOTIFY_TO names nobody")
            security = env.get("ZHIFA_SMTP_SECURITY", "starttls").strip().lower()
            if security not in SMTP_SECURITY:
                raise NoticeConfigError(f"ZHIFA_SMTP_SECURITY must be one of {', '.join(SMTP_SECURITY)}")
            port_text = env.get("ZHIFA_SMTP_PORT", "").strip() or ("465" if security == "ssl" else "587")
            if not port_text.isdigit():
                raise NoticeConfigError("ZHIFA_SMTP_PORT is not a port number")
            smtp = SmtpSettings(
                host=host,
                port=int(port_text),
                security=security,
                recipients=recipients,
                sender=env.get("ZHIFA_NOTIFY_FROM", "").strip() or f"zhifa@{socket.gethostname()}",
                user=_secret(env, "ZHIFA_SMTP_USER"),
                password=_secret(env, "ZHIFA_SMTP_PASSWORD"),
            )
        return cls(webhook_url=webhook, smtp=smtp)


def _secret(env, name: str) -> str | None:
    """NAME, or the contents of the file NAME_FILE (which only its owner may read)."""
    value = env.get(name, "").strip()
    if value:
        return value
    path = env.get(f"{name}_FILE", "").strip()
    if not path:
        return None
    try:
        mode = Path(path).stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NoticeConfigError(f"{name}_FILE can be read by other users (mode {stat.filemode(mode)}): chmod 600 it")
        return Path(path).read_text(encoding="utf-8").strip() or None
    except OSError as error:
        raise NoticeConfigError(f"{name}_FILE cannot be read ({error.strerror})") from None


def send(notice: Notice, channels: NoticeChannels, log: Log) -> dict[str, bool]:
    """Send to every configured channel; {channel: sent}. Never raises: a notice that cannot go
    out is logged, and the run's failure stays on record in Dagster and on the quality page."""
    results: dict[str, bool] = {}
    if channels.webhook_url:
        results["webhook"] = _post(notice, channels.webhook_url, log)
    if channels.smtp:
        results["mail"] = _mail(notice, channels.smtp, log)
    return results


def _post(notice: Notice, url: str, log: Log) -> bool:
    request = urllib.request.Request(
        url,
        data=json.dumps(notice.payload(), ensure_ascii=False).encode("utf-8"),
        headers={"Content-Type": "application/json; charset=utf-8", "User-Agent": "zhifa"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        log(f"failure notice: webhook not sent: HTTP {error.code}")
        return False
    except (OSError, ValueError) as error:  # refused, timed out, TLS, a bad URL
        reason = getattr(error, "reason", error)
        log(f"failure notice: webhook not sent: {type(reason).__name__}")
        return False
    log(f"failure notice: webhook sent (HTTP {status})")
    return True


def _mail(notice: Notice, settings: SmtpSettings, log: Log) -> bool:
    message = EmailMessage()
    message["Subject"] = notice.subject
    message["From"] = settings.sender
    message["To"] = ", ".join(settings.recipients)
    message.set_content(notice.text())
    try:
        if settings.security == "ssl":
            client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=TIMEOUT_SECONDS, context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_SECONDS)
        with client:
            if settings.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if settings.user and settings.password:
                client.login(settings.user, settings.password)
            client.send_message(message)
    except smtplib.SMTPResponseException as error:
        log(f"failure notice: mail not sent: {type(error).__name__} ({error.smtp_code})")
        return False
    except (smtplib.SMTPException, OSError) as error:
        log(f"failure notice: mail not sent: {type(error).__name__}")
        return False
    log(f"failure notice: mail sent to {len(settings.recipients)} recipient(s)")
    return True

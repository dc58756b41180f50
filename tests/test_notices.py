"""Failure notices: what they say about a real failed Dagster run, and that they reach a local
webhook and a local mail server, only when configured, without a secret in any log line."""

from __future__ import annotations

import os

import dagster as dg
import pytest

from orchestration.defs.automation import notice_for_failed_run, quality_page_on_failure
from orchestration.notices.channels import NoticeChannels, NoticeConfigError, send
from orchestration.notices.message import Notice
from tests.local_receivers import SmtpSink, WebhookReceiver

TOKEN = "T0KEN-4f9c2e7a"  # stands for the secret part of a chat webhook's URL
PASSWORD = "pa55-8d1b3c"


@dg.asset(key=["raw", "figures"])
def _figures() -> None:
    return None


@dg.asset_check(asset=_figures, name="gx_raw_suite", blocking=True)
def _raw_suite() -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        passed=False,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"expectations": 40, "failed": 2, "failed_error_severity": 1},
    )


@dg.asset(key=["published_warehouse"], deps=[_figures])
def _published() -> None:
    return None


@pytest.fixture(scope="module")
def failed_run():
    """A run that fails as a blocked zhifa run does: the raw suite fails with error severity,
    and publishing never runs."""
    defs = dg.Definitions(
        assets=[_figures, _published],
        asset_checks=[_raw_suite],
        jobs=[dg.define_asset_job("zhifa_pipeline")],
    )
    instance = dg.DagsterInstance.ephemeral()
    result = defs.resolve_job_def("zhifa_pipeline").execute_in_process(instance=instance, raise_on_error=False)
    assert not result.success
    run = instance.get_run_by_id(result.run_id)
    failure = instance.all_logs(result.run_id, of_type=dg.DagsterEventType.RUN_FAILURE)[0].dagster_event
    yield instance, run, failure
    instance.dispose()


def _notice() -> Notice:
    return Notice(
        run_id="8c1f0d2a-0000-4000-8000-000000000000",
        job_name="zhifa_pipeline",
        stage="the raw checks",
        failed_checks=["raw/figures gx_raw_suite (2 expectation(s) failed, 1 of error severity)"],
        reason="Steps failed.",
        quality_page="https://zhifa.internal/quality/zhifa.html",
    )


def test_the_notice_names_the_run_the_stage_the_failed_checks_and_the_page(failed_run):
    instance, run, failure = failed_run
    notice = notice_for_failed_run(instance, run, failure.message, "https://zhifa.internal/quality/zhifa.html")
    assert notice.run_id == run.run_id
    assert notice.stage == "the raw checks"
    assert notice.failed_checks == ["raw/figures gx_raw_suite (2 expectation(s) failed, 1 of error severity)"]
    text = notice.text()
    assert f"run {run.run_id[:8]} of zhifa_pipeline failed at the raw checks" in text
    assert "1 check(s) failed" in text
    assert "quality page: https://zhifa.internal/quality/zhifa.html" in text
    assert not notice.will_retry


def test_nothing_is_configured_by_default():
    assert not NoticeChannels.from_env({}).configured


def test_the_failure_sensor_posts_only_when_a_webhook_is_configured(failed_run, tmp_path, monkeypatch):
    instance, run, failure = failed_run
    monkeypatch.setenv("ZHIFA_WAREHOUSE_DIR", str(tmp_path / "warehouse"))  # no build database: no page
    for name in [k for k in os.environ if k.startswith(("ZHIFA_NOTIFY", "ZHIFA_SMTP"))]:
        monkeypatch.delenv(name)

    def evaluate() -> None:
        context = dg.build_run_status_sensor_context(
            sensor_name="zhifa_quality_page_on_failure", dagster_event=failure, dagster_instance=instance, dagster_run=run
        )
        quality_page_on_failure(context)

    with WebhookReceiver() as hook:
        evaluate()
        assert hook.received == [], "nothing configured, nothing sent"
        monkeypatch.setenv("ZHIFA_NOTIFY_WEBHOOK_URL", hook.url(f"/hooks/{TOKEN}"))
        evaluate()
    assert len(hook.received) == 1
    body = hook.received[0].body
    assert hook.received[0].path == f"/hooks/{TOKEN}"
    assert body["zhifa"]["run_id"] == run.run_id
    assert body["zhifa"]["stage"] == "the raw checks"
    assert body["zhifa"]["quality_page"].endswith("/warehouse/quality/zhifa.html")
    assert run.run_id[:8] in body["text"]


def test_a_webhook_gets_the_text_and_the_log_never_the_url():
    logged: list[str] = []
    with WebhookReceiver() as hook:
        url = hook.url(f"/hooks/{TOKEN}")
        assert send(_notice(), NoticeChannels(webhook_url=url), logged.append) == {"webhook": True}
    assert hook.received[0].body["text"] == _notice().text()
    assert logged == ["failure notice: webhook sent (HTTP 200)"]


def test_a_webhook_that_refuses_or_is_not_there_is_logged_without_its_url():
    logged: list[str] = []
    with WebhookReceiver(status=500) as hook:
        url = hook.url(f"/hooks/{TOKEN}")
        assert send(_notice(), NoticeChannels(webhook_url=url), logged.append) == {"webhook": False}
    assert send(_notice(), NoticeChannels(webhook_url=url), logged.append) == {"webhook": False}  # closed now
    assert logged == ["failure notice: webhook not sent: HTTP 500", "failure notice: webhook not sent: ConnectionRefusedError"]
    assert not any(TOKEN in line or str(hook.port) in line for line in logged)


def _smtp_env(sink: SmtpSink, password_file) -> dict[str, str]:
    return {
        "ZHIFA_SMTP_HOST": "127.0.0.1",
        "ZHIFA_SMTP_PORT": str(sink.port),
        "ZHIFA_SMTP_SECURITY": "none",
        "ZHIFA_SMTP_USER": "zhifa-alerts",
        "ZHIFA_SMTP_PASSWORD_FILE": str(password_file),
        "ZHIFA_NOTIFY_FROM": "zhifa@warehouse.internal",
        "ZHIFA_NOTIFY_TO": "data-team@warehouse.internal, duty@warehouse.internal",
    }


def test_mail_goes_out_with_the_login_from_a_file_only_its_owner_reads(tmp_path):
    secret = tmp_path / "smtp_password"
    secret.write_text(PASSWORD + "\n")
    secret.chmod(0o600)
    logged: list[str] = []
    with SmtpSink(accounts={"zhifa-alerts": PASSWORD}) as sink:
        channels = NoticeChannels.from_env(_smtp_env(sink, secret))
        assert send(_notice(), channels, logged.append) == {"mail": True}
    (mail,) = sink.mails
    assert mail.login == ("zhifa-alerts", PASSWORD)
    assert mail.recipients == ["data-team@warehouse.internal", "duty@warehouse.internal"]
    assert mail.message["Subject"] == "zhifa: run 8c1f0d2a of zhifa_pipeline failed at the raw checks"
    assert "gx_raw_suite" in mail.message.get_content()
    assert logged == ["failure notice: mail sent to 2 recipient(s)"]
    assert PASSWORD not in repr(channels)


def test_a_refused_login_is_logged_by_its_code_only(tmp_path):
    secret = tmp_path / "smtp_password"
    secret.write_text("not-the-password")
    secret.chmod(0o600)
    logged: list[str] = []
    with SmtpSink(accounts={"zhifa-alerts": PASSWORD}) as sink:
        assert send(_notice(), NoticeChannels.from_env(_smtp_env(sink, secret)), logged.append) == {"mail": False}
    assert sink.mails == []
    assert logged == ["failure notice: mail not sent: SMTPAuthenticationError (535)"]


def test_a_secret_file_others_can_read_is_refused_by_name_not_value(tmp_path):
    secret = tmp_path / "smtp_password"
    secret.write_text(PASSWORD)
    secret.chmod(0o644)
    with SmtpSink() as sink, pytest.raises(NoticeConfigError) as refused:
        NoticeChannels.from_env(_smtp_env(sink, secret))
    assert "ZHIFA_SMTP_PASSWORD_FILE can be read by other users" in str(refused.value)
    assert PASSWORD not in str(refused.value)


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"ZHIFA_SMTP_HOST": "mail.internal"}, "ZHIFA_NOTIFY_TO names nobody"),
        ({"ZHIFA_SMTP_HOST": "mail.internal", "ZHIFA_NOTIFY_TO": "a@b", "ZHIFA_SMTP_SECURITY": "tls"}, "ZHIFA_SMTP_SECURITY must be"),
        ({"ZHIFA_NOTIFY_WEBHOOK_URL": f"ftp://hooks.internal/{TOKEN}"}, "not an http(s) URL"),
    ],
)
def test_a_half_configured_channel_is_a_clear_error(environ, message):
    with pytest.raises(NoticeConfigError, match=message.replace("(", r"\(").replace(")", r"\)")) as error:
        NoticeChannels.from_env(environ)
    assert TOKEN not in str(error.value)

"""What a failure notice says: the run, where it failed, the checks that did not pass, and
where the quality page is; as text for mail and chat, and as JSON for a webhook."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    """What a failure notice says."""

    run_id: str
    job_name: str
    stage: str  # where it failed: a stage's checks, a step, or the run's process
    failed_checks: list[str]  # "raw/figures gx_raw_suite (2 expectations of error severity)"
    reason: str  # Dagster's one-line account of the failure
    quality_page: str
    will_retry: bool = False

    @property
    def subject(self) -> str:
        return f"zhifa: run {self.run_id[:8]} of {self.job_name} failed at {self.stage}"

    def text(self) -> str:
        lines = [self.subject]
        if self.failed_checks:
            lines.append(f"{len(self.failed_checks)} check(s) failed:")
            lines.extend(f"  - {check}" for check in self.failed_checks)
        else:
            lines.append("no check failed")
        if self.reason:
            lines.append(f"why: {self.reason}")
        if self.will_retry:
            lines.append("Dagster will retry the run.")
        lines.append(f"quality page: {self.quality_page}")
        lines.append(f"run id: {self.run_id}")
        return "\n".join(lines)

    def payload(self) -> dict:
        return {
            "text": self.text(),
            "zhifa": {
                "run_id": self.run_id,
                "job": self.job_name,
                "stage": self.stage,
                "failed_checks": self.failed_checks,
                "quality_page": self.quality_page,
                "will_retry": self.will_retry,
            },
        }

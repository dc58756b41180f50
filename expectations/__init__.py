"""The warehouse contract (expectations/contract/), the Great Expectations suite each stage gate
takes from it, and the runner that validates a stage.

Importing this package does not import Great Expectations; `validate_stage` does, on first use.
"""

from expectations.runner import Outcome, StageResult, stage_names, validate_stage

__all__ = ["Outcome", "StageResult", "stage_names", "validate_stage"]

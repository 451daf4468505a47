from enum import StrEnum


class FaxStatusType(StrEnum):
    FAILED = "FAILED"
    PENDING = "PENDING"
    SCHEDULED = "SCHEDULED"
    SENDING = "SENDING"
    SENT = "SENT"

    def __str__(self) -> str:
        return str(self.value)

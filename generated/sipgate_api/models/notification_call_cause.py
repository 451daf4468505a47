from enum import StrEnum


class NotificationCallCause(StrEnum):
    MISSED = "MISSED"
    SUCCESSFUL = "SUCCESSFUL"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class HistoryDirection(StrEnum):
    INCOMING = "INCOMING"
    MISSED_INCOMING = "MISSED_INCOMING"
    MISSED_OUTGOING = "MISSED_OUTGOING"
    OUTGOING = "OUTGOING"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class CallHistoryEntryType(StrEnum):
    CALL = "CALL"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class SmsHistoryEntryType(StrEnum):
    SMS = "SMS"

    def __str__(self) -> str:
        return str(self.value)

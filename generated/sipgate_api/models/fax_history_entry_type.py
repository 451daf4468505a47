from enum import StrEnum


class FaxHistoryEntryType(StrEnum):
    FAX = "FAX"

    def __str__(self) -> str:
        return str(self.value)

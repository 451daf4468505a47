from enum import StrEnum


class AccountHistoryLifetime(StrEnum):
    NONE = "NONE"
    THIRTY_DAYS = "THIRTY_DAYS"
    UNLIMITED = "UNLIMITED"

    def __str__(self) -> str:
        return str(self.value)

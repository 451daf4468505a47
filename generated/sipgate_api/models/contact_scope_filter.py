from enum import StrEnum


class ContactScopeFilter(StrEnum):
    INTERNAL = "INTERNAL"
    PRIVATE = "PRIVATE"
    SHARED = "SHARED"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ContactDeleteScope(StrEnum):
    INTERNAL = "INTERNAL"
    PRIVATE = "PRIVATE"
    PRIVATESHARED = "PRIVATE,SHARED"
    SHARED = "SHARED"

    def __str__(self) -> str:
        return str(self.value)

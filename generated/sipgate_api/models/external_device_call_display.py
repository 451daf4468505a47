from enum import StrEnum


class ExternalDeviceCallDisplay(StrEnum):
    CALLED_NUMBER = "CALLED_NUMBER"
    CALLER_NUMBER = "CALLER_NUMBER"

    def __str__(self) -> str:
        return str(self.value)

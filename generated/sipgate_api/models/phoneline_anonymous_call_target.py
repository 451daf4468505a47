from enum import StrEnum


class PhonelineAnonymousCallTarget(StrEnum):
    REJECT = "REJECT"
    VOICEMAIL = "VOICEMAIL"

    def __str__(self) -> str:
        return str(self.value)

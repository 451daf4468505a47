from enum import StrEnum


class CallStatus(StrEnum):
    BUSY = "BUSY"
    BUSY_ON_BUSY = "BUSY_ON_BUSY"
    FAILURE = "FAILURE"
    MISSED = "MISSED"
    REJECTED = "REJECTED"
    REJECTED_DND = "REJECTED_DND"
    SUCCESS = "SUCCESS"
    VOICEMAIL_NO_MESSAGE = "VOICEMAIL_NO_MESSAGE"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class VoicemailHistoryEntryType(StrEnum):
    VOICEMAIL = "VOICEMAIL"

    def __str__(self) -> str:
        return str(self.value)

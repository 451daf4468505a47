from enum import StrEnum


class EndpointType(StrEnum):
    EXTERNAL = "EXTERNAL"
    FAX = "FAX"
    GROUP = "GROUP"
    MOBILE = "MOBILE"
    PHONELINE = "PHONELINE"
    REGISTER = "REGISTER"
    SMS = "SMS"
    USER = "USER"
    VOICEMAIL = "VOICEMAIL"

    def __str__(self) -> str:
        return str(self.value)

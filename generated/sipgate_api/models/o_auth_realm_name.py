from enum import StrEnum


class OAuthRealmName(StrEnum):
    SIPGATE_APPS = "sipgate-apps"
    THIRD_PARTY = "third-party"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class OAuthResponseType(StrEnum):
    CODE = "code"

    def __str__(self) -> str:
        return str(self.value)

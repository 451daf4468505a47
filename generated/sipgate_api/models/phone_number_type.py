from enum import StrEnum


class PhoneNumberType(StrEnum):
    INTERNATIONAL = "INTERNATIONAL"
    LANDLINE = "LANDLINE"
    MOBILE = "MOBILE"
    QUICKDIAL = "QUICKDIAL"

    def __str__(self) -> str:
        return str(self.value)

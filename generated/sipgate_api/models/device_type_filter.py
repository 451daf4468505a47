from enum import StrEnum


class DeviceTypeFilter(StrEnum):
    ALL = "all"
    APP = "app"
    EXTERNAL = "external"
    MOBILE = "mobile"
    REGISTER = "register"

    def __str__(self) -> str:
        return str(self.value)

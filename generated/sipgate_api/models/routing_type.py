from enum import StrEnum


class RoutingType(StrEnum):
    FORWARDED = "FORWARDED"
    PICKUP = "PICKUP"
    ROUTED = "ROUTED"

    def __str__(self) -> str:
        return str(self.value)

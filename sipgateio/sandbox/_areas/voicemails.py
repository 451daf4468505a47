"""``voicemails``: one voicemail box by id.

The boxes are those of ``list_voicemails`` (``account.voicemails``, the phone lines' boxes)
and the groups' boxes that ``list_group_voicemails`` lists, in the same ``Voicemail`` shape.
"""

from __future__ import annotations

from typing import Any

from sipgateio.sandbox._api import Reply, Request, operation
from sipgateio.sandbox._areas._store import ok
from sipgateio.sandbox._areas.groups import group_voicemails
from sipgateio.sandbox._errors import not_found

_VOICEMAIL_FIELDS = (
    "id",
    "alias",
    "transcription",
    "canTranscribe",
    "activeGreetingAlias",
    "activeGreetingId",
    "accessNumber",
)


def voicemail_box(request: Request, voicemail_id: str) -> dict[str, Any] | None:
    """The voicemail box ``voicemail_id`` of a phone line or a group, or None."""
    for box in request.account.voicemails:
        if box["id"] == voicemail_id:
            return box
    for group_id, boxes in group_voicemails(request).items():
        for box in boxes:
            if box["id"] == voicemail_id:
                found = {key: box[key] for key in _VOICEMAIL_FIELDS if key in box}
                found["belongsToEndpoint"] = {"extension": group_id, "type": "GROUP"}
                return found
    return None


@operation
def get_voicemail(request: Request) -> Reply:
    voicemail_id = str(request.path["voicemailId"])
    box = voicemail_box(request, voicemail_id)
    if box is None:
        raise not_found(f"voicemail box {voicemail_id}")
    return ok(box)

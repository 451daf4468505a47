"""Verifying ``X-Sipgate-Signature``: RSA PKCS#1 v1.5 with SHA-256 over the raw body."""

from __future__ import annotations

import base64
import binascii
import functools
from typing import TYPE_CHECKING

from sipgateio.errors import ValidationError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

__all__ = ["SIPGATE_PUBLIC_KEY_PEM", "SignatureVerifier"]

SIGNATURE_HEADER = "X-Sipgate-Signature"

SIPGATE_PUBLIC_KEY_PEM = """\
-----BEGIN PUBLIC KEY-----
MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAvFdlnqRfO5TmqzjtsFVC
qPz+oW+poi3lXQFvMJJMEAtlU4MbX+yuIkgnC+Qt3AQWIK+oWSEQiybg+p39wEMl
16PZxEzf9gONQvTg1XhyHnwqYUFQj/AoxPKGYC3jmdjZ224SrESiTN3CdxoOc3vk
cXiQstYE7SxnksPtzfk0aIOkicim5/tAP9izNQ18/zmX3ChjK2k72gf5dDlq+qZ8
pRiHAPZ64TySH6cLQDhaoh6Nbq8FEG3usXXPClbUMh2DZaTMPafpd+LNuTngJ/y+
KoZasVuFfXAeBqGA6l5d4Uedfr99Z6qjwDrJ8sU4z2Do9bJrbuqP+mOXEebhSI1K
vi8trEfrIt8hnDBGsBaB9NEO3kYxvDT2/PhC9fNYFocjEpZNd7/mUqTJDYlpa4UC
NDQaU+ATdXG8/P5sGAegks6MQTu+qe9XTO0CV48eswDkz6g3UbLOwmrJK59SjD3J
yAZ52sluwyDKRWw/PPTt8BTQLjvkdbiLUlc4ehJ4b1X7D7diYWHDPeFL47cAvaXh
dXVrZDeBJYibvD1jRx4ES0KlfhwzNXBYUoM/Movg9zMM2PzyHHKS//xIjwUC/FJ6
/6eykno0Hy2B1ev6s3hdY6VkN2zd7Wf+EK4DxRliwsg1U99szFE3ewLfexF+Uag5
M+TfPtOUumI/NHMTvsRW9+ECAwEAAQ==
-----END PUBLIC KEY-----
"""
"""sipgate's 4096-bit push-signature key (SPKI SHA-256 ``893cfd6c…d92305b3``)."""


class SignatureVerifier:
    """Checks that a body was signed by the holder of an RSA key (sipgate's by default)."""

    def __init__(self, public_key: str | bytes | None = None) -> None:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        pem = SIPGATE_PUBLIC_KEY_PEM if public_key is None else public_key
        self._key = _load_key(pem.encode("utf-8") if isinstance(pem, str) else pem)
        self._signature_size = self._key.key_size // 8
        self._padding = padding.PKCS1v15()
        self._hash = hashes.SHA256()
        self._invalid = InvalidSignature

    def verify(self, body: bytes, signature: str | None) -> bool:
        """Whether ``signature`` (the header's base64 text) signs exactly ``body``."""
        if not signature:
            return False
        try:
            raw = base64.b64decode(signature.strip(), validate=True)
        except (binascii.Error, ValueError):
            return False
        if len(raw) != self._signature_size:
            return False
        try:
            self._key.verify(raw, body, self._padding, self._hash)
        except self._invalid:
            return False
        return True


@functools.lru_cache(maxsize=8)
def _load_key(pem: bytes) -> RSAPublicKey:
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    try:
        key = load_pem_public_key(pem)
    except ValueError:
        try:
            key = x509.load_pem_x509_certificate(pem).public_key()
        except ValueError:
            raise ValidationError(
                "public_key must be a PEM-encoded RSA public key "
                "('-----BEGIN PUBLIC KEY-----' ...) or certificate",
                argument="public_key",
                value=pem[:40],
            ) from None
    if not isinstance(key, RSAPublicKey):
        raise ValidationError(
            f"public_key must be an RSA key, got {type(key).__name__}",
            argument="public_key",
            value=pem[:40],
        )
    return key

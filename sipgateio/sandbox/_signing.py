"""The sandbox's own push-signing key (sipgate signs with RSA PKCS#1 v1.5 and SHA-256)."""

from __future__ import annotations

import base64
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey


class PushSigner:
    """Signs push bodies like sipgate does; the key is made on first use."""

    def __init__(self, private_key_pem: bytes | None = None, key_size: int = 2048) -> None:
        self._pem = private_key_pem
        self._key_size = key_size
        self._key: RSAPrivateKey | None = None
        self._lock = threading.Lock()

    def _private_key(self) -> RSAPrivateKey:
        with self._lock:
            if self._key is None:
                from cryptography.hazmat.primitives import serialization
                from cryptography.hazmat.primitives.asymmetric import rsa

                if self._pem is None:
                    self._key = rsa.generate_private_key(65537, self._key_size)
                else:
                    loaded = serialization.load_pem_private_key(self._pem, password=None)
                    if not isinstance(loaded, rsa.RSAPrivateKey):
                        raise ValueError("the push-signing key must be an RSA private key")
                    self._key = loaded
            return self._key

    @property
    def public_key_pem(self) -> str:
        """The public half, as a PEM ``BEGIN PUBLIC KEY`` block."""
        from cryptography.hazmat.primitives import serialization

        public = self._private_key().public_key()
        return public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode("ascii")

    def sign(self, body: bytes) -> str:
        """The ``X-Sipgate-Signature`` value for ``body``: base64 of the RSA signature."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        signature = self._private_key().sign(body, padding.PKCS1v15(), hashes.SHA256())
        return base64.b64encode(signature).decode("ascii")

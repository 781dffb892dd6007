"""Why a key cannot be used or a signature does not hold: codes the UI turns into words."""

from __future__ import annotations

from enum import StrEnum


class KeyProblem(StrEnum):
    WRONG_PASSWORD = "wrong-password"
    DAMAGED = "damaged"  # not a PKCS#12 file, or cut short
    GOST = "gost"  # a GOST key: only the national signing agent (NCALayer) can use it
    UNSUPPORTED = "unsupported"  # another algorithm this app cannot sign with
    NO_KEY = "no-key"  # the file holds no private key and certificate pair
    EXPIRED = "expired"
    NOT_YET_VALID = "not-yet-valid"
    NOT_FOR_SIGNING = "not-for-signing"  # key usage lacks digitalSignature / nonRepudiation


class KeyUnusableError(Exception):
    """A key that cannot be used; `problem` says why, `detail` names the algorithm or date."""

    def __init__(self, problem: KeyProblem, detail: str = "") -> None:
        super().__init__(f"{problem}{': ' + detail if detail else ''}")
        self.problem = problem
        self.detail = detail

    def __reduce__(self) -> tuple[type[KeyUnusableError], tuple[KeyProblem, str]]:
        # Signing runs in a helper process: the error must cross back whole.
        return (type(self), (self.problem, self.detail))


class SignatureProblem(StrEnum):
    MALFORMED = "malformed"  # not a CMS SignedData with one signer and its certificate
    DIGEST_MISMATCH = "digest-mismatch"  # the bytes are not the ones that were signed
    SIGNATURE_INVALID = "signature-invalid"  # the signature over the signed attributes fails
    UNTRUSTED = "untrusted"  # the certificate does not chain to a trusted root
    CERTIFICATE_NOT_VALID = "certificate-not-valid"  # not valid when it is checked (receipt)
    NOT_A_SIGNING_KEY = "not-a-signing-key"  # an authentication key, or a CA's own key
    SIGNING_TIME = "signing-time"  # the signing time is in the future, or long past


class SignatureError(Exception):
    def __init__(self, problem: SignatureProblem, detail: str = "") -> None:
        super().__init__(f"{problem}{': ' + detail if detail else ''}")
        self.problem = problem
        self.detail = detail

    def __reduce__(self) -> tuple[type[SignatureError], tuple[SignatureProblem, str]]:
        return (type(self), (self.problem, self.detail))

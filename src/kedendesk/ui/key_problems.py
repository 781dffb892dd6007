"""Words for key problems, for the Keys and Sign dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kedendesk.services.signing import KeyProblem, KeyUnusableError
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "KeyProblems"
TEXTS = {
    KeyProblem.WRONG_PASSWORD: QT_TRANSLATE_NOOP("KeyProblems", "The password is not right."),
    KeyProblem.DAMAGED: QT_TRANSLATE_NOOP(
        "KeyProblems", "The file is not a key file (PKCS#12), or it is damaged."
    ),
    KeyProblem.GOST: QT_TRANSLATE_NOOP(
        "KeyProblems",
        "This is a GOST key. GOST keys sign through the national signing agent (NCALayer), "
        "which this version cannot use yet. Use your RSA signing key (RSA256_…).",
    ),
    KeyProblem.UNSUPPORTED: QT_TRANSLATE_NOOP(
        "KeyProblems", "The key's algorithm (%1) cannot sign here: use an RSA or EC key."
    ),
    KeyProblem.NO_KEY: QT_TRANSLATE_NOOP(
        "KeyProblems", "The file holds no private key with its certificate."
    ),
    KeyProblem.EXPIRED: QT_TRANSLATE_NOOP("KeyProblems", "The certificate expired on %1."),
    KeyProblem.NOT_YET_VALID: QT_TRANSLATE_NOOP(
        "KeyProblems", "The certificate is valid only from %1."
    ),
    KeyProblem.NOT_FOR_SIGNING: QT_TRANSLATE_NOOP(
        "KeyProblems", "This certificate is not for signing (it is an authentication key)."
    ),
}


def key_problem_text(error: KeyUnusableError) -> str:
    template = TEXTS.get(error.problem, str(error.problem))
    return QCoreApplication.translate(CONTEXT, template).replace("%1", error.detail)

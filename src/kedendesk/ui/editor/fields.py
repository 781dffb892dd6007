"""Declarative fields: each box of the form is a spec; one binder builds and syncs the widgets.

Labels are marked with QT_TRANSLATE_NOOP and translated when shown, so a language switch only
relabels. A widget edit writes the typed text into the model, which keeps whatever it cannot
parse (the checks report it), and the binder announces the change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum, auto

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kedendesk.domain.lenient import as_text, storable_text
from kedendesk.ui.editor.box_meanings import meaning
from kedendesk.ui.editor.code_field import CodeField
from kedendesk.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Fields"
TOO_LONG = QT_TRANSLATE_NOOP(
    "Fields", "%1 takes at most %2 characters; the %3 typed or pasted were not taken."
)


class Kind(Enum):
    TEXT = auto()
    CODE = auto()
    NUMBER = auto()
    DATE = auto()
    CHECK = auto()
    MULTILINE = auto()


@dataclass(frozen=True)
class FieldSpec:
    path: str  # attribute path in the bound model, e.g. "consignor.name"
    box: str  # box number as on the form ("" when it has none)
    label: str  # English source text, translated in CONTEXT
    kind: Kind = Kind.TEXT
    code_list: str = ""
    max_length: int = 0
    placeholder: str = ""

    def caption(self) -> str:
        text = QCoreApplication.translate(CONTEXT, self.label)
        return f"{self.box}  {text}" if self.box else text


def read_path(model: BaseModel, path: str) -> object:
    value: object = model
    for part in path.split("."):
        value = getattr(value, part)
    return value


def write_path(model: BaseModel, path: str, value: object) -> None:
    *parents, last = path.split(".")
    target: object = model
    for part in parents:
        target = getattr(target, part)
    setattr(target, last, value)


FieldWidget = QLineEdit | CodeField | QCheckBox | QPlainTextEdit


def _frame_target(widget: FieldWidget) -> QWidget:
    """The widget that shows a finding's frame: a code field's entry, else the field itself."""
    return widget.line_edit if isinstance(widget, CodeField) else widget


class FormBinder(QObject):
    """Builds the widgets of a list of specs into form layouts and keeps them and a model in step.

    Signals: edited(path) after the user changed a value and the model holds it;
    refused(path, message) when typed or pasted text was longer than the box takes (it is
    refused whole and said, never cut).
    """

    edited = Signal(str)
    refused = Signal(str, str)

    def __init__(self, model: Callable[[], BaseModel | None], parent: QObject | None = None):
        super().__init__(parent)
        self._model = model
        self.widgets: dict[str, FieldWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.specs: dict[str, FieldSpec] = {}
        # The severity each field is framed with, kept here: reading a Qt dynamic property
        # back (QObject.property) leaks a reference to None per read under PySide6 6.12 on
        # Python 3.11 until the interpreter aborts (engineering notes, round 1).
        self.marks: dict[str, str] = {}
        self._loading = False

    def add_rows(self, form: QFormLayout, specs: Sequence[FieldSpec], prefix: str = "") -> None:
        for spec in specs:
            path = f"{prefix}{spec.path}"
            widget = self._make_widget(spec, path)
            label = QLabel(spec.caption())
            label.setBuddy(widget)
            self._explain(label, widget, spec)
            form.addRow(label, widget)
            self.widgets[path] = widget
            self.labels[path] = label
            self.specs[path] = spec
            self.marks[path] = ""
            _frame_target(widget).setProperty("finding", "")

    def _make_widget(self, spec: FieldSpec, path: str) -> FieldWidget:
        widget: FieldWidget
        if spec.kind is Kind.CODE:
            widget = CodeField(spec.code_list)
            widget.text_edited.connect(lambda text, p=path: self._store(p, text))
            widget.line_edit.setObjectName(path)
        elif spec.kind is Kind.CHECK:
            widget = QCheckBox()
            widget.toggled.connect(lambda checked, p=path: self._store(p, checked))
        elif spec.kind is Kind.MULTILINE:
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setMaximumHeight(80)
            widget.textChanged.connect(lambda p=path, w=widget: self._store(p, w.toPlainText()))
        else:
            widget = QLineEdit()
            if spec.max_length and spec.max_length <= 12:
                widget.setMaximumWidth(180)
            if spec.kind is Kind.NUMBER:
                widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                widget.setMaximumWidth(180)
            if spec.kind is Kind.DATE:
                widget.setMaximumWidth(120)
            if spec.max_length:  # not setMaxLength: Qt cuts a paste to fit without a word
                widget.textEdited.connect(
                    lambda text, p=path, w=widget, s=spec: self._limited(p, w, s, text)
                )
            else:
                widget.textEdited.connect(lambda text, p=path: self._store(p, text))
        widget.setObjectName(path)
        return widget

    def _limited(self, path: str, widget: QLineEdit, spec: FieldSpec, text: str) -> None:
        if len(text) <= spec.max_length:
            self._store(path, text)
            return
        model = self._model()
        kept = as_text(read_path(model, path)) if model is not None else ""
        position = min(widget.cursorPosition(), len(kept))
        widget.setText(kept)
        widget.setCursorPosition(position)
        message = (
            QCoreApplication.translate(CONTEXT, TOO_LONG)
            .replace("%1", spec.caption().strip())
            .replace("%2", str(spec.max_length))
            .replace("%3", str(len(text)))
        )
        self.refused.emit(path, message)

    def _store(self, path: str, value: object) -> None:
        model = self._model()
        if self._loading or model is None:
            return
        write_path(model, path, storable_text(value) if isinstance(value, str) else value)
        self.edited.emit(path)

    def load_path(self, path: str) -> None:
        """Show one value the program changed (e.g. box 5 after adding an item)."""
        widget = self.widgets.get(path)
        model = self._model()
        if isinstance(widget, QLineEdit) and model is not None:
            widget.setText(as_text(read_path(model, path)))

    def load(self) -> None:
        """Show the model's values (after opening, or when another item is selected)."""
        model = self._model()
        self._loading = True
        try:
            for path, widget in self.widgets.items():
                widget.setEnabled(model is not None)
                value = read_path(model, path) if model is not None else None
                if isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
                elif isinstance(widget, QPlainTextEdit):
                    if widget.toPlainText() != as_text(value):
                        widget.setPlainText(as_text(value))
                else:
                    widget.setText(as_text(value))
        finally:
            self._loading = False

    def focus(self, path: str) -> bool:
        """Put the cursor in a field (after a finding was chosen); False when there is none."""
        widget = self.widgets.get(path)
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        return True

    def set_read_only(self, read_only: bool) -> None:
        """A signed declaration: values can be read, selected and copied, not changed."""
        for widget in self.widgets.values():
            if isinstance(widget, CodeField):
                widget.line_edit.setReadOnly(read_only)
            elif isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)

    def mark(self, marks: dict[str, tuple[str, str]]) -> None:
        """Mark fields with findings: path -> (severity, message). Others are cleared."""
        for path, widget in self.widgets.items():
            target = _frame_target(widget)
            severity, message = marks.get(path, ("", ""))
            if self.marks[path] != severity:
                self.marks[path] = severity
                target.setProperty("finding", severity)
                target.style().unpolish(target)
                target.style().polish(target)
                target.update()
            target.setToolTip(message)

    @staticmethod
    def _explain(label: QLabel, widget: QWidget, spec: FieldSpec) -> None:
        """What's this? on the label and its field: what the box means."""
        text = meaning(spec.box)
        label.setWhatsThis(text)
        widget.setWhatsThis(text)

    def retranslate(self) -> None:
        for path, label in self.labels.items():
            spec = self.specs[path]
            label.setText(spec.caption())
            self._explain(label, self.widgets[path], spec)
            widget = self.widgets[path]
            if spec.placeholder and isinstance(widget, QLineEdit):
                widget.setPlaceholderText(QCoreApplication.translate(CONTEXT, spec.placeholder))

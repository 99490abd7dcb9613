"""Who uses Pumpurs on this computer, where the database goes, and where its key is kept.

"Only this user" (the default): the database in the account's own folder, its key in the
system key store (or a key file protected by a passphrase typed twice here when this
computer has no key store). "Every account of this computer": the database in the machine's
shared folder, its key in a key-slot file opened by each Pumpurs user's own password
(`app.key_slots`), so a PC shared by several Windows accounts needs no recovery key."""

from __future__ import annotations

import os
from pathlib import Path

from keyring.backend import KeyringBackend
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.i18n import render
from app.key_slots import slots_path
from app.machine_install import machine_database_path
from app.secrets import KeyringSecretStore, passphrase_problem
from app.ui.field_form import FieldForm
from app.ui.form_errors import ERROR_STYLE


class LocationPage(QWizardPage):
    def __init__(self, lang: str, default_path: Path, backend: KeyringBackend | None) -> None:
        super().__init__()
        self._lang = lang
        self.setTitle(self.tr("Database location"))
        self.setSubTitle(self.tr("The database is encrypted; only Pumpurs can open it."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create the database"))
        self._own_path = default_path
        self.only_me = QRadioButton(self.tr("Only this Windows user"))
        self.only_me.setObjectName("mode_user")
        self.only_me.setChecked(True)
        self.every_account = QRadioButton(self.tr("Every account of this computer"))
        self.every_account.setObjectName("mode_machine")
        self.every_account.toggled.connect(self._switch_mode)
        self.mode_note = QLabel()
        self.mode_note.setObjectName("mode_note")
        self.mode_note.setWordWrap(True)
        ring = KeyringSecretStore(backend)
        self.keyring_available = ring.usable
        self._backend_name = ring.backend_name
        self.path = QLineEdit(str(default_path))
        self.path.setObjectName("database_path")
        self.path.textChanged.connect(self._describe_key_store)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.key_note = QLabel()
        self.key_note.setObjectName("key_note")
        self.key_note.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_confirm = QLineEdit()
        self.passphrase_confirm.setObjectName("passphrase_confirm")
        self.passphrase_confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("location_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.passphrase_box = QWidget()
        form = FieldForm(self.passphrase_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Key file passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat the passphrase"), self.passphrase_confirm)
        self.passphrase_box.setVisible(not self.keyring_available)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who uses Pumpurs on this computer?")))
        layout.addWidget(self.only_me)
        layout.addWidget(self.every_account)
        layout.addWidget(self.mode_note)
        layout.addWidget(QLabel(self.tr("Database file")))
        layout.addLayout(row)
        layout.addWidget(self.key_note)
        layout.addWidget(self.passphrase_box)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._switch_mode()

    def database_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def per_machine(self) -> bool:
        return self.every_account.isChecked()

    def chosen_passphrase(self) -> str | None:
        if self.per_machine() or self.keyring_available:
            return None
        return self.passphrase.text()

    def _switch_mode(self) -> None:
        shared = self.per_machine()
        if shared:
            self.mode_note.setText(self.tr(
                "The database is kept in the computer's shared folder; anyone who signs in "
                "with a Pumpurs user name and password opens it, in whichever Windows "
                "account."))
            self.path.setText(str(machine_database_path()))
        else:
            self.mode_note.setText(self.tr(
                "The database and its key belong to the Windows account you are using now; "
                "another account needs the recovery key."))
            self.path.setText(str(self._own_path))
        self.path.setReadOnly(shared)
        self.passphrase_box.setVisible(not shared and not self.keyring_available)
        self._describe_key_store()

    def _describe_key_store(self) -> None:
        if self.per_machine():
            text = render("store.using_slots", self._lang,
                          path=slots_path(self.database_path()))
            text += " " + self.tr("The recovery key shown at the end is the only other way "
                                  "to open the database.")
        elif self.keyring_available:
            text = render("store.using_keyring", self._lang, backend=self._backend_name)
            text += " " + self.tr("The recovery key shown at the end is the only other way "
                                  "to open the database.")
        else:
            text = self.tr(
                "This computer has no system key store. The database key will be kept in the "
                "file %1, protected by a passphrase that you choose here. Pumpurs asks for it "
                "when it starts.").replace("%1", f"{self.path.text().strip()}.keys")
        self.key_note.setText(text)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Database file"), self.path.text(),
                                              self.tr("Pumpurs database (*.db)"))
        if name:
            self.path.setText(name)

    def problem(self) -> str:
        """The first problem with this page's fields, as a sentence; "" when all is well."""
        if not self.path.text().strip():
            return self.tr("Database file: choose where the database is saved.")
        path = self.database_path()
        if path.exists():
            return render("store.db_exists", self._lang, path=path)
        if path.parent.exists() and not path.parent.is_dir():
            return self.tr("Database file: %1 is not a folder — choose another location."
                           ).replace("%1", str(path.parent))
        if self.per_machine():
            if slots_path(path).exists():
                return render("store.slots_exist", self._lang, path=slots_path(path))
            if not _writable(path.parent):
                return self.tr("The shared folder %1 cannot be written from this account — "
                               "ask the computer's administrator to give the users of this "
                               "computer write access to it (see the installation guide)."
                               ).replace("%1", str(path.parent))
            return ""
        if not self.keyring_available:
            weak = passphrase_problem(self.passphrase.text())
            if weak is not None:
                return render(weak[0], self._lang, path=f"{path}.keys", **weak[1])
            if self.passphrase.text() != self.passphrase_confirm.text():
                return self.tr("Repeat the passphrase: it does not match the passphrase — "
                               "type the same passphrase again.")
        return ""

    def validatePage(self) -> bool:
        problem = self.problem()
        self.error.setText(problem)
        return not problem


def _writable(folder: Path) -> bool:
    """True when `folder`, or the nearest folder above it that exists, can be written."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return os.access(folder, os.W_OK)

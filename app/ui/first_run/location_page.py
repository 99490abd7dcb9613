"""Where the database goes, and where its key is kept (the system key store, or a key file
protected by a passphrase typed twice here when this computer has no key store)."""

from __future__ import annotations

from pathlib import Path

from keyring.backend import KeyringBackend
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.i18n import render
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
        layout.addWidget(QLabel(self.tr("Database file")))
        layout.addLayout(row)
        layout.addWidget(self.key_note)
        layout.addWidget(self.passphrase_box)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._describe_key_store()

    def database_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def chosen_passphrase(self) -> str | None:
        return None if self.keyring_available else self.passphrase.text()

    def _describe_key_store(self) -> None:
        if self.keyring_available:
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

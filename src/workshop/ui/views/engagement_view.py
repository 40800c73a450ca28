"""The Engagement view: what the investigation is, who takes part."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from workshop.ui.session import INFO, ORGANISATIONS, EngagementSession


def tr(text: str) -> str:
    return QCoreApplication.translate("EngagementView", text)


class EngagementView(QWidget):
    """Title, client, facilitator, dates, description and the organisations."""

    def __init__(self, session: EngagementSession, parent=None):
        super().__init__(parent)
        self._session = session
        self.title = QLabel(self)
        self.title.setObjectName("engagementTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("client", tr("Client")),
            ("facilitator", tr("Facilitator")),
            ("contact", tr("Contact")),
            ("dates", tr("Dates")),
            ("template", tr("Template")),
            ("description", tr("Description")),
        ):
            value = QLabel(self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        self.organisations = QListWidget(self)
        self.organisations.setObjectName("engagementOrganisations")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Organisations taking part"), self))
        layout.addWidget(self.organisations, 1)
        session.changed.connect(lambda part: part in (INFO, ORGANISATIONS) and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Show the engagement as it stands."""
        e = self._session.engagement
        i = e.info
        self.title.setText(i.title)
        self.fields["client"].setText(i.client)
        self.fields["facilitator"].setText(i.facilitator)
        self.fields["contact"].setText(i.contact)
        self.fields["dates"].setText(" – ".join(d for d in (i.start_date, i.end_date) if d))
        self.fields["template"].setText(i.template)
        self.fields["description"].setText(i.description)
        self.organisations.clear()
        self.organisations.addItems([f"{o.name} ({o.short_code})" for o in e.organisations])

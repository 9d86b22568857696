"""The window's header: the service provider's logo and name, the logged-in connector, and Logout."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.gui.theme import header_ink, icon, pixmap, repolish

__all__ = ["AppHeader", "short_uuid"]

# The logo's height in the header, in device-independent pixels (its width follows its aspect ratio).
_LOGO_HEIGHT = 40
_LOGO_MAX_WIDTH = 200


def short_uuid(uuid: str) -> str:
    """The first block of a UUID, which is what a technician reads off the connector's label."""
    return uuid.split("-", 1)[0] if uuid else ""


class AppHeader(QWidget):
    """The branded strip at the top of the window."""

    sig_logout_clicked = Signal()
    """The technician pressed Logout (the window asks for confirmation)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, on=True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.logo = QLabel(self)
        self.logo.setObjectName("providerLogo")
        self.logo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.company_name = QLabel(self)
        self.company_name.setObjectName("companyName")
        self.product_name = QLabel(self)
        self.product_name.setObjectName("productName")
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.company_name)
        names.addWidget(self.product_name)

        self.connector_chip = QFrame(self)
        self.connector_chip.setObjectName("connectorChip")
        self.connector_icon = QLabel(self.connector_chip)
        self.connector_dot = QLabel("●", self.connector_chip)
        self.connector_dot.setObjectName("connectorDot")
        self.connector_label = QLabel(self.connector_chip)
        self.connector_label.setObjectName("connectorLabel")
        chip = QHBoxLayout(self.connector_chip)
        chip.setContentsMargins(12, 4, 14, 4)
        chip.setSpacing(6)
        chip.addWidget(self.connector_icon)
        chip.addWidget(self.connector_label)
        chip.addWidget(self.connector_dot)

        self.logout_button = QPushButton(self)
        self.logout_button.setObjectName("logoutButton")
        self.logout_button.setIcon(icon("logout"))
        self.logout_button.setIconSize(QSize(20, 20))
        self.logout_button.clicked.connect(self.sig_logout_clicked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(12)
        layout.addWidget(self.logo)
        layout.addLayout(names)
        layout.addStretch(1)
        layout.addWidget(self.connector_chip)
        layout.addWidget(self.logout_button)

        self._company = ""
        self._provider_logo = False
        self._connector_uuid = ""
        self._online = False
        self.set_logo(None)
        self.clear_connector()
        self.retranslate()

    @property
    def company(self) -> str:
        """The provider's name shown ("" for Workbay's own header)."""
        return self._company

    @property
    def has_logo(self) -> bool:
        """Whether the provider's logo is shown (rather than Workbay's mark)."""
        return self._provider_logo

    def set_company(self, name: str) -> None:
        """Show the provider's name ("" for Workbay's)."""
        self._company = name.strip()
        self.retranslate()

    def set_logo(self, data: bytes | None) -> bool:
        """Show the logo image in ``data``; None, or data Qt cannot read, hides it. Returns whether shown."""
        image = QPixmap()
        if data:
            image.loadFromData(data)
        self._provider_logo = not image.isNull()
        if image.isNull():
            # Workbay's own mark until the provider's logo is known (or when it has none).
            self.logo.setPixmap(pixmap("workbay", _LOGO_HEIGHT))
            self.logo.show()
            return False
        ratio = self.devicePixelRatioF()
        scaled = image.scaled(
            round(_LOGO_MAX_WIDTH * ratio),
            round(_LOGO_HEIGHT * ratio),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        self.logo.setPixmap(scaled)
        self.logo.show()
        return True

    def set_connector(self, uuid: str, *, online: bool) -> None:
        """Show the logged-in connector (short UUID, online dot) and Logout."""
        self._connector_uuid = uuid
        self._online = online
        self.connector_chip.show()
        self.logout_button.show()
        self.connector_dot.setProperty("online", "true" if online else "false")
        repolish(self.connector_dot)
        self.retranslate()

    def clear_connector(self) -> None:
        """Nobody is logged in: no chip, no Logout."""
        self._connector_uuid = ""
        self.connector_chip.hide()
        self.logout_button.hide()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.company_name.setText(self._company or "Workbay")
        self.product_name.setText(
            self.tr("Workbay remote diagnostics") if self._company else self.tr("Remote diagnostics")
        )
        self.logout_button.setText(self.tr("Log out"))
        self.logout_button.setToolTip(self.tr("End the session on this computer"))
        if self._connector_uuid:
            state = self.tr("online") if self._online else self.tr("offline")
            self.connector_label.setText(
                self.tr("Connector %1").replace("%1", short_uuid(self._connector_uuid))
            )
            self.connector_icon.setPixmap(pixmap("connector", 18, colour=header_ink()))
            self.connector_chip.setToolTip(
                self.tr("Connector %1 is %2").replace("%1", self._connector_uuid).replace("%2", state)
            )
            self.connector_dot.setToolTip(state)
            self.connector_dot.setAccessibleName(state)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-set the texts when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

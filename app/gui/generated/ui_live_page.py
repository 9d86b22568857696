# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'live_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LivePage(object):
    def setupUi(self, LivePage):
        if not LivePage.objectName():
            LivePage.setObjectName(u"LivePage")
        LivePage.resize(1100, 700)
        self.pageLayout = QVBoxLayout(LivePage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 12, 24, 12)
        self.titleRow = QHBoxLayout()
        self.titleRow.setSpacing(12)
        self.titleRow.setObjectName(u"titleRow")
        self.headingLabel = QLabel(LivePage)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.titleRow.addWidget(self.headingLabel)

        self.stateBadge = QLabel(LivePage)
        self.stateBadge.setObjectName(u"stateBadge")
        self.stateBadge.setProperty(u"role", u"badge")

        self.titleRow.addWidget(self.stateBadge)

        self.titleSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.historyButton = QPushButton(LivePage)
        self.historyButton.setObjectName(u"historyButton")

        self.titleRow.addWidget(self.historyButton)

        self.refreshButton = QPushButton(LivePage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.titleRow.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.titleRow)

        self.introLabel = QLabel(LivePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.pageLayout.addWidget(self.introLabel)

        self.attentionHost = QVBoxLayout()
        self.attentionHost.setObjectName(u"attentionHost")

        self.pageLayout.addLayout(self.attentionHost)

        self.columns = QHBoxLayout()
        self.columns.setSpacing(16)
        self.columns.setObjectName(u"columns")
        self.sideScroll = QScrollArea(LivePage)
        self.sideScroll.setObjectName(u"sideScroll")
        self.sideScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.sideScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sideScroll.setWidgetResizable(True)
        self.sideColumn = QWidget()
        self.sideColumn.setObjectName(u"sideColumn")
        self.sideLayout = QVBoxLayout(self.sideColumn)
        self.sideLayout.setSpacing(12)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 4, 0)
        self.statusCard = QFrame(self.sideColumn)
        self.statusCard.setObjectName(u"statusCard")
        self.statusCardLayout = QVBoxLayout(self.statusCard)
        self.statusCardLayout.setSpacing(10)
        self.statusCardLayout.setObjectName(u"statusCardLayout")
        self.statusCardLayout.setContentsMargins(20, 16, 20, 16)
        self.statusTitle = QLabel(self.statusCard)
        self.statusTitle.setObjectName(u"statusTitle")
        self.statusTitle.setProperty(u"role", u"subheading")

        self.statusCardLayout.addWidget(self.statusTitle)


        self.sideLayout.addWidget(self.statusCard)

        self.csatHost = QVBoxLayout()
        self.csatHost.setObjectName(u"csatHost")

        self.sideLayout.addLayout(self.csatHost)

        self.ticketCard = QFrame(self.sideColumn)
        self.ticketCard.setObjectName(u"ticketCard")
        self.ticketCardLayout = QVBoxLayout(self.ticketCard)
        self.ticketCardLayout.setSpacing(10)
        self.ticketCardLayout.setObjectName(u"ticketCardLayout")
        self.ticketCardLayout.setContentsMargins(20, 16, 20, 16)
        self.ticketTitle = QLabel(self.ticketCard)
        self.ticketTitle.setObjectName(u"ticketTitle")
        self.ticketTitle.setProperty(u"role", u"subheading")

        self.ticketCardLayout.addWidget(self.ticketTitle)

        self.ticketForm = QFormLayout()
        self.ticketForm.setObjectName(u"ticketForm")
        self.ticketForm.setHorizontalSpacing(16)
        self.ticketForm.setVerticalSpacing(10)
        self.numberLabel = QLabel(self.ticketCard)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setProperty(u"role", u"hint")

        self.ticketForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberValue = QLabel(self.ticketCard)
        self.numberValue.setObjectName(u"numberValue")
        self.numberValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numberValue.setProperty(u"role", u"value")

        self.ticketForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberValue)

        self.vehicleLabel = QLabel(self.ticketCard)
        self.vehicleLabel.setObjectName(u"vehicleLabel")
        self.vehicleLabel.setProperty(u"role", u"hint")

        self.ticketForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.vehicleLabel)

        self.vehicleValue = QLabel(self.ticketCard)
        self.vehicleValue.setObjectName(u"vehicleValue")
        self.vehicleValue.setWordWrap(True)

        self.ticketForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.vehicleValue)

        self.vinLabel = QLabel(self.ticketCard)
        self.vinLabel.setObjectName(u"vinLabel")
        self.vinLabel.setProperty(u"role", u"hint")

        self.ticketForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.vinLabel)

        self.vinValue = QLabel(self.ticketCard)
        self.vinValue.setObjectName(u"vinValue")
        self.vinValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.ticketForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.vinValue)

        self.productsLabel = QLabel(self.ticketCard)
        self.productsLabel.setObjectName(u"productsLabel")
        self.productsLabel.setProperty(u"role", u"hint")

        self.ticketForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.productsLabel)

        self.productsValue = QLabel(self.ticketCard)
        self.productsValue.setObjectName(u"productsValue")
        self.productsValue.setWordWrap(True)

        self.ticketForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.productsValue)

        self.referenceLabel = QLabel(self.ticketCard)
        self.referenceLabel.setObjectName(u"referenceLabel")
        self.referenceLabel.setProperty(u"role", u"hint")

        self.ticketForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceValue = QLabel(self.ticketCard)
        self.referenceValue.setObjectName(u"referenceValue")
        self.referenceValue.setWordWrap(True)

        self.ticketForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.referenceValue)

        self.totalLabel = QLabel(self.ticketCard)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setProperty(u"role", u"hint")

        self.ticketForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.totalLabel)

        self.totalValue = QLabel(self.ticketCard)
        self.totalValue.setObjectName(u"totalValue")
        self.totalValue.setProperty(u"role", u"money")

        self.ticketForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.totalValue)


        self.ticketCardLayout.addLayout(self.ticketForm)


        self.sideLayout.addWidget(self.ticketCard)

        self.notesHost = QVBoxLayout()
        self.notesHost.setObjectName(u"notesHost")

        self.sideLayout.addLayout(self.notesHost)

        self.sideSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideSpacer)

        self.sideScroll.setWidget(self.sideColumn)

        self.columns.addWidget(self.sideScroll)

        self.chatCard = QFrame(LivePage)
        self.chatCard.setObjectName(u"chatCard")
        self.chatCardLayout = QVBoxLayout(self.chatCard)
        self.chatCardLayout.setSpacing(8)
        self.chatCardLayout.setObjectName(u"chatCardLayout")
        self.chatCardLayout.setContentsMargins(16, 14, 16, 14)
        self.chatHeader = QHBoxLayout()
        self.chatHeader.setSpacing(8)
        self.chatHeader.setObjectName(u"chatHeader")
        self.chatTitle = QLabel(self.chatCard)
        self.chatTitle.setObjectName(u"chatTitle")
        self.chatTitle.setProperty(u"role", u"subheading")

        self.chatHeader.addWidget(self.chatTitle)

        self.unreadBadge = QLabel(self.chatCard)
        self.unreadBadge.setObjectName(u"unreadBadge")
        self.unreadBadge.setProperty(u"role", u"unread")

        self.chatHeader.addWidget(self.unreadBadge)

        self.chatHeaderSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chatHeader.addItem(self.chatHeaderSpacer)


        self.chatCardLayout.addLayout(self.chatHeader)

        self.chatHost = QVBoxLayout()
        self.chatHost.setObjectName(u"chatHost")

        self.chatCardLayout.addLayout(self.chatHost)

        self.chatHint = QLabel(self.chatCard)
        self.chatHint.setObjectName(u"chatHint")
        self.chatHint.setWordWrap(True)
        self.chatHint.setProperty(u"role", u"hint")

        self.chatCardLayout.addWidget(self.chatHint)

        self.composerHost = QVBoxLayout()
        self.composerHost.setObjectName(u"composerHost")

        self.chatCardLayout.addLayout(self.composerHost)


        self.columns.addWidget(self.chatCard)

        self.columns.setStretch(0, 2)
        self.columns.setStretch(1, 3)

        self.pageLayout.addLayout(self.columns)


        self.retranslateUi(LivePage)

        QMetaObject.connectSlotsByName(LivePage)
    # setupUi

    def retranslateUi(self, LivePage):
        pass
    # retranslateUi


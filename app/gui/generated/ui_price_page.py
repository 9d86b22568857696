# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'price_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PricePage(object):
    def setupUi(self, PricePage):
        if not PricePage.objectName():
            PricePage.setObjectName(u"PricePage")
        PricePage.resize(1000, 560)
        self.pageLayout = QVBoxLayout(PricePage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 12, 24, 12)
        self.headingRow = QHBoxLayout()
        self.headingRow.setSpacing(16)
        self.headingRow.setObjectName(u"headingRow")
        self.headingLabel = QLabel(PricePage)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.headingRow.addWidget(self.headingLabel)

        self.vehicleLabel = QLabel(PricePage)
        self.vehicleLabel.setObjectName(u"vehicleLabel")
        self.vehicleLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.vehicleLabel.setWordWrap(True)
        self.vehicleLabel.setProperty(u"role", u"hint")

        self.headingRow.addWidget(self.vehicleLabel)

        self.headingRow.setStretch(1, 1)

        self.pageLayout.addLayout(self.headingRow)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(16)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(12)
        self.leftColumn.setObjectName(u"leftColumn")
        self.receiptCard = QFrame(PricePage)
        self.receiptCard.setObjectName(u"receiptCard")
        self.receiptCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.receiptLayout = QVBoxLayout(self.receiptCard)
        self.receiptLayout.setSpacing(8)
        self.receiptLayout.setObjectName(u"receiptLayout")
        self.receiptLayout.setContentsMargins(16, 14, 16, 14)
        self.receiptTitleLabel = QLabel(self.receiptCard)
        self.receiptTitleLabel.setObjectName(u"receiptTitleLabel")
        self.receiptTitleLabel.setProperty(u"role", u"subheading")

        self.receiptLayout.addWidget(self.receiptTitleLabel)

        self.receiptHost = QWidget(self.receiptCard)
        self.receiptHost.setObjectName(u"receiptHost")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.receiptHost.sizePolicy().hasHeightForWidth())
        self.receiptHost.setSizePolicy(sizePolicy)
        self.receiptHostLayout = QVBoxLayout(self.receiptHost)
        self.receiptHostLayout.setSpacing(0)
        self.receiptHostLayout.setObjectName(u"receiptHostLayout")
        self.receiptHostLayout.setContentsMargins(0, 0, 0, 0)

        self.receiptLayout.addWidget(self.receiptHost)

        self.quoteStatusLabel = QLabel(self.receiptCard)
        self.quoteStatusLabel.setObjectName(u"quoteStatusLabel")
        self.quoteStatusLabel.setWordWrap(True)
        self.quoteStatusLabel.setProperty(u"role", u"hint")

        self.receiptLayout.addWidget(self.quoteStatusLabel)


        self.leftColumn.addWidget(self.receiptCard)

        self.unattendedCard = QFrame(PricePage)
        self.unattendedCard.setObjectName(u"unattendedCard")
        self.unattendedCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.unattendedLayout = QVBoxLayout(self.unattendedCard)
        self.unattendedLayout.setSpacing(6)
        self.unattendedLayout.setObjectName(u"unattendedLayout")
        self.unattendedLayout.setContentsMargins(16, 12, 16, 12)
        self.unattendedTitleLabel = QLabel(self.unattendedCard)
        self.unattendedTitleLabel.setObjectName(u"unattendedTitleLabel")
        self.unattendedTitleLabel.setWordWrap(True)
        self.unattendedTitleLabel.setProperty(u"role", u"subheading")

        self.unattendedLayout.addWidget(self.unattendedTitleLabel)

        self.unattendedLabel = QLabel(self.unattendedCard)
        self.unattendedLabel.setObjectName(u"unattendedLabel")
        self.unattendedLabel.setWordWrap(True)

        self.unattendedLayout.addWidget(self.unattendedLabel)

        self.unattendedCheck = QCheckBox(self.unattendedCard)
        self.unattendedCheck.setObjectName(u"unattendedCheck")

        self.unattendedLayout.addWidget(self.unattendedCheck)


        self.leftColumn.addWidget(self.unattendedCard)

        self.leftColumn.setStretch(0, 1)

        self.columnsLayout.addLayout(self.leftColumn)

        self.sideScroll = QScrollArea(PricePage)
        self.sideScroll.setObjectName(u"sideScroll")
        self.sideScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.sideScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sideScroll.setWidgetResizable(True)
        self.sideHost = QWidget()
        self.sideHost.setObjectName(u"sideHost")
        self.sideLayout = QVBoxLayout(self.sideHost)
        self.sideLayout.setSpacing(12)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.serviceCenterCard = QFrame(self.sideHost)
        self.serviceCenterCard.setObjectName(u"serviceCenterCard")
        self.serviceCenterCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.serviceCenterLayout = QVBoxLayout(self.serviceCenterCard)
        self.serviceCenterLayout.setSpacing(6)
        self.serviceCenterLayout.setObjectName(u"serviceCenterLayout")
        self.serviceCenterLayout.setContentsMargins(16, 12, 16, 12)
        self.serviceCenterTitleLabel = QLabel(self.serviceCenterCard)
        self.serviceCenterTitleLabel.setObjectName(u"serviceCenterTitleLabel")
        self.serviceCenterTitleLabel.setWordWrap(True)
        self.serviceCenterTitleLabel.setProperty(u"role", u"subheading")

        self.serviceCenterLayout.addWidget(self.serviceCenterTitleLabel)

        self.serviceCenterLabel = QLabel(self.serviceCenterCard)
        self.serviceCenterLabel.setObjectName(u"serviceCenterLabel")
        self.serviceCenterLabel.setWordWrap(True)
        self.serviceCenterLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.serviceCenterLayout.addWidget(self.serviceCenterLabel)


        self.sideLayout.addWidget(self.serviceCenterCard)

        self.voucherCard = QFrame(self.sideHost)
        self.voucherCard.setObjectName(u"voucherCard")
        self.voucherCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.voucherLayout = QVBoxLayout(self.voucherCard)
        self.voucherLayout.setSpacing(8)
        self.voucherLayout.setObjectName(u"voucherLayout")
        self.voucherLayout.setContentsMargins(16, 12, 16, 12)
        self.voucherTitleLabel = QLabel(self.voucherCard)
        self.voucherTitleLabel.setObjectName(u"voucherTitleLabel")
        self.voucherTitleLabel.setProperty(u"role", u"subheading")

        self.voucherLayout.addWidget(self.voucherTitleLabel)

        self.voucherEdit = QLineEdit(self.voucherCard)
        self.voucherEdit.setObjectName(u"voucherEdit")
        self.voucherEdit.setMaxLength(64)
        self.voucherEdit.setProperty(u"role", u"code")

        self.voucherLayout.addWidget(self.voucherEdit)

        self.voucherRow = QHBoxLayout()
        self.voucherRow.setSpacing(8)
        self.voucherRow.setObjectName(u"voucherRow")
        self.applyButton = QPushButton(self.voucherCard)
        self.applyButton.setObjectName(u"applyButton")

        self.voucherRow.addWidget(self.applyButton)

        self.removeVoucherButton = QPushButton(self.voucherCard)
        self.removeVoucherButton.setObjectName(u"removeVoucherButton")

        self.voucherRow.addWidget(self.removeVoucherButton)

        self.voucherRow.setStretch(0, 1)
        self.voucherRow.setStretch(1, 1)

        self.voucherLayout.addLayout(self.voucherRow)

        self.voucherStatusLabel = QLabel(self.voucherCard)
        self.voucherStatusLabel.setObjectName(u"voucherStatusLabel")
        self.voucherStatusLabel.setWordWrap(True)
        self.voucherStatusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.voucherStatusLabel.setProperty(u"role", u"hint")

        self.voucherLayout.addWidget(self.voucherStatusLabel)


        self.sideLayout.addWidget(self.voucherCard)

        self.walletCard = QFrame(self.sideHost)
        self.walletCard.setObjectName(u"walletCard")
        self.walletCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.walletLayout = QVBoxLayout(self.walletCard)
        self.walletLayout.setSpacing(6)
        self.walletLayout.setObjectName(u"walletLayout")
        self.walletLayout.setContentsMargins(16, 12, 16, 12)
        self.walletTitleLabel = QLabel(self.walletCard)
        self.walletTitleLabel.setObjectName(u"walletTitleLabel")
        self.walletTitleLabel.setProperty(u"role", u"subheading")

        self.walletLayout.addWidget(self.walletTitleLabel)

        self.walletBalanceLabel = QLabel(self.walletCard)
        self.walletBalanceLabel.setObjectName(u"walletBalanceLabel")
        self.walletBalanceLabel.setWordWrap(True)

        self.walletLayout.addWidget(self.walletBalanceLabel)

        self.walletWarningLabel = QLabel(self.walletCard)
        self.walletWarningLabel.setObjectName(u"walletWarningLabel")
        self.walletWarningLabel.setWordWrap(True)
        self.walletWarningLabel.setProperty(u"role", u"error")

        self.walletLayout.addWidget(self.walletWarningLabel)


        self.sideLayout.addWidget(self.walletCard)

        self.sideSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideSpacer)

        self.sideScroll.setWidget(self.sideHost)

        self.columnsLayout.addWidget(self.sideScroll)

        self.columnsLayout.setStretch(0, 3)
        self.columnsLayout.setStretch(1, 2)

        self.pageLayout.addLayout(self.columnsLayout)

#if QT_CONFIG(shortcut)
        self.voucherTitleLabel.setBuddy(self.voucherEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.voucherEdit, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.removeVoucherButton)
        QWidget.setTabOrder(self.removeVoucherButton, self.unattendedCheck)

        self.retranslateUi(PricePage)

        QMetaObject.connectSlotsByName(PricePage)
    # setupUi

    def retranslateUi(self, PricePage):
        pass
    # retranslateUi


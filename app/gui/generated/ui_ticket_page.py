# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ticket_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_TicketPage(object):
    def setupUi(self, TicketPage):
        if not TicketPage.objectName():
            TicketPage.setObjectName(u"TicketPage")
        TicketPage.resize(1000, 560)
        self.pageLayout = QVBoxLayout(TicketPage)
        self.pageLayout.setSpacing(12)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 12, 24, 12)
        self.headingLabel = QLabel(TicketPage)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.pageLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(TicketPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.pageLayout.addWidget(self.introLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(16)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.orderCard = QFrame(TicketPage)
        self.orderCard.setObjectName(u"orderCard")
        self.orderCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.orderLayout = QVBoxLayout(self.orderCard)
        self.orderLayout.setSpacing(6)
        self.orderLayout.setObjectName(u"orderLayout")
        self.orderLayout.setContentsMargins(16, 14, 16, 14)
        self.orderTitleLabel = QLabel(self.orderCard)
        self.orderTitleLabel.setObjectName(u"orderTitleLabel")
        self.orderTitleLabel.setProperty(u"role", u"subheading")

        self.orderLayout.addWidget(self.orderTitleLabel)

        self.carLabel = QLabel(self.orderCard)
        self.carLabel.setObjectName(u"carLabel")
        self.carLabel.setWordWrap(True)
        self.carLabel.setProperty(u"role", u"value")

        self.orderLayout.addWidget(self.carLabel)

        self.vinLabel = QLabel(self.orderCard)
        self.vinLabel.setObjectName(u"vinLabel")
        self.vinLabel.setWordWrap(True)
        self.vinLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.vinLabel.setProperty(u"role", u"hint")

        self.orderLayout.addWidget(self.vinLabel)

        self.productsTitleLabel = QLabel(self.orderCard)
        self.productsTitleLabel.setObjectName(u"productsTitleLabel")
        self.productsTitleLabel.setProperty(u"role", u"hint")

        self.orderLayout.addWidget(self.productsTitleLabel)

        self.productsLabel = QLabel(self.orderCard)
        self.productsLabel.setObjectName(u"productsLabel")
        self.productsLabel.setWordWrap(True)
        self.productsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.orderLayout.addWidget(self.productsLabel)

        self.totalTitleLabel = QLabel(self.orderCard)
        self.totalTitleLabel.setObjectName(u"totalTitleLabel")
        self.totalTitleLabel.setProperty(u"role", u"hint")

        self.orderLayout.addWidget(self.totalTitleLabel)

        self.totalLabel = QLabel(self.orderCard)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setWordWrap(True)
        self.totalLabel.setProperty(u"role", u"total")

        self.orderLayout.addWidget(self.totalLabel)

        self.extrasLabel = QLabel(self.orderCard)
        self.extrasLabel.setObjectName(u"extrasLabel")
        self.extrasLabel.setWordWrap(True)
        self.extrasLabel.setProperty(u"role", u"hint")

        self.orderLayout.addWidget(self.extrasLabel)

        self.orderSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.orderLayout.addItem(self.orderSpacer)


        self.columnsLayout.addWidget(self.orderCard)

        self.detailsCard = QFrame(TicketPage)
        self.detailsCard.setObjectName(u"detailsCard")
        self.detailsCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.detailsLayout = QVBoxLayout(self.detailsCard)
        self.detailsLayout.setSpacing(6)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(16, 14, 16, 14)
        self.referenceLabel = QLabel(self.detailsCard)
        self.referenceLabel.setObjectName(u"referenceLabel")
        self.referenceLabel.setProperty(u"role", u"subheading")

        self.detailsLayout.addWidget(self.referenceLabel)

        self.referenceEdit = QLineEdit(self.detailsCard)
        self.referenceEdit.setObjectName(u"referenceEdit")
        self.referenceEdit.setMaxLength(255)

        self.detailsLayout.addWidget(self.referenceEdit)

        self.summaryLabel = QLabel(self.detailsCard)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setProperty(u"role", u"subheading")

        self.detailsLayout.addWidget(self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(self.detailsCard)
        self.summaryEdit.setObjectName(u"summaryEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.summaryEdit.sizePolicy().hasHeightForWidth())
        self.summaryEdit.setSizePolicy(sizePolicy)
        self.summaryEdit.setTabChangesFocus(True)

        self.detailsLayout.addWidget(self.summaryEdit)

        self.summaryHintLabel = QLabel(self.detailsCard)
        self.summaryHintLabel.setObjectName(u"summaryHintLabel")
        self.summaryHintLabel.setWordWrap(True)
        self.summaryHintLabel.setProperty(u"role", u"hint")

        self.detailsLayout.addWidget(self.summaryHintLabel)

        self.createRow = QVBoxLayout()
        self.createRow.setSpacing(8)
        self.createRow.setObjectName(u"createRow")
        self.statusLabel = QLabel(self.detailsCard)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setProperty(u"role", u"hint")

        self.createRow.addWidget(self.statusLabel)

        self.createButton = QPushButton(self.detailsCard)
        self.createButton.setObjectName(u"createButton")
        self.createButton.setProperty(u"primary", True)

        self.createRow.addWidget(self.createButton)


        self.detailsLayout.addLayout(self.createRow)


        self.columnsLayout.addWidget(self.detailsCard)

        self.columnsLayout.setStretch(0, 2)
        self.columnsLayout.setStretch(1, 3)

        self.pageLayout.addLayout(self.columnsLayout)

#if QT_CONFIG(shortcut)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.referenceEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.createButton)

        self.retranslateUi(TicketPage)

        QMetaObject.connectSlotsByName(TicketPage)
    # setupUi

    def retranslateUi(self, TicketPage):
        pass
    # retranslateUi


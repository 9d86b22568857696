# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'prerequisites_page.ui'
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
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from app.gui.widgets.prerequisite_form import PrerequisiteForm

class Ui_PrerequisitesPage(object):
    def setupUi(self, PrerequisitesPage):
        if not PrerequisitesPage.objectName():
            PrerequisitesPage.setObjectName(u"PrerequisitesPage")
        PrerequisitesPage.resize(1024, 560)
        self.pageLayout = QVBoxLayout(PrerequisitesPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 12, 24, 12)
        self.headingLayout = QHBoxLayout()
        self.headingLayout.setSpacing(16)
        self.headingLayout.setObjectName(u"headingLayout")
        self.headingLabel = QLabel(PrerequisitesPage)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.headingLayout.addWidget(self.headingLabel)

        self.productsLabel = QLabel(PrerequisitesPage)
        self.productsLabel.setObjectName(u"productsLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.productsLabel.sizePolicy().hasHeightForWidth())
        self.productsLabel.setSizePolicy(sizePolicy)
        self.productsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.productsLabel.setWordWrap(True)
        self.productsLabel.setProperty(u"role", u"hint")

        self.headingLayout.addWidget(self.productsLabel)


        self.pageLayout.addLayout(self.headingLayout)

        self.introLabel = QLabel(PrerequisitesPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.pageLayout.addWidget(self.introLabel)

        self.prerequisiteForm = PrerequisiteForm(PrerequisitesPage)
        self.prerequisiteForm.setObjectName(u"prerequisiteForm")

        self.pageLayout.addWidget(self.prerequisiteForm)

        self.statusCard = QFrame(PrerequisitesPage)
        self.statusCard.setObjectName(u"statusCard")
        self.statusLayout = QHBoxLayout(self.statusCard)
        self.statusLayout.setSpacing(16)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLayout.setContentsMargins(14, 6, 8, 6)
        self.statusLabel = QLabel(self.statusCard)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.statusLayout.addWidget(self.statusLabel)

        self.showMissingButton = QPushButton(self.statusCard)
        self.showMissingButton.setObjectName(u"showMissingButton")

        self.statusLayout.addWidget(self.showMissingButton)

        self.statusLayout.setStretch(0, 1)

        self.pageLayout.addWidget(self.statusCard)

        self.pageLayout.setStretch(2, 1)

        self.retranslateUi(PrerequisitesPage)

        QMetaObject.connectSlotsByName(PrerequisitesPage)
    # setupUi

    def retranslateUi(self, PrerequisitesPage):
        pass
    # retranslateUi


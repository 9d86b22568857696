# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
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
    QMainWindow, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

from app.gui.widgets.header import AppHeader
from app.gui.widgets.spinner import Spinner
from app.gui.widgets.steps import StepIndicator

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 800)
        MainWindow.setMinimumSize(QSize(960, 640))
        self.centralArea = QWidget(MainWindow)
        self.centralArea.setObjectName(u"centralArea")
        self.centralLayout = QVBoxLayout(self.centralArea)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.header = AppHeader(self.centralArea)
        self.header.setObjectName(u"header")

        self.centralLayout.addWidget(self.header)

        self.sandboxBadge = QLabel(self.centralArea)
        self.sandboxBadge.setObjectName(u"sandboxBadge")
        self.sandboxBadge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sandboxBadge.setWordWrap(True)

        self.centralLayout.addWidget(self.sandboxBadge)

        self.stepIndicator = StepIndicator(self.centralArea)
        self.stepIndicator.setObjectName(u"stepIndicator")

        self.centralLayout.addWidget(self.stepIndicator)

        self.contentArea = QWidget(self.centralArea)
        self.contentArea.setObjectName(u"contentArea")
        self.contentLayout = QVBoxLayout(self.contentArea)
        self.contentLayout.setSpacing(12)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(24, 16, 24, 12)
        self.resumeOffer = QFrame(self.contentArea)
        self.resumeOffer.setObjectName(u"resumeOffer")
        self.resumeLayout = QHBoxLayout(self.resumeOffer)
        self.resumeLayout.setSpacing(16)
        self.resumeLayout.setObjectName(u"resumeLayout")
        self.resumeLayout.setContentsMargins(16, 12, 16, 12)
        self.resumeIcon = QLabel(self.resumeOffer)
        self.resumeIcon.setObjectName(u"resumeIcon")

        self.resumeLayout.addWidget(self.resumeIcon)

        self.resumeTexts = QVBoxLayout()
        self.resumeTexts.setSpacing(2)
        self.resumeTexts.setObjectName(u"resumeTexts")
        self.resumeTitle = QLabel(self.resumeOffer)
        self.resumeTitle.setObjectName(u"resumeTitle")
        self.resumeTitle.setProperty(u"role", u"subheading")

        self.resumeTexts.addWidget(self.resumeTitle)

        self.resumeDetail = QLabel(self.resumeOffer)
        self.resumeDetail.setObjectName(u"resumeDetail")
        self.resumeDetail.setWordWrap(True)

        self.resumeTexts.addWidget(self.resumeDetail)


        self.resumeLayout.addLayout(self.resumeTexts)

        self.resumeSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resumeLayout.addItem(self.resumeSpacer)

        self.startOverButton = QPushButton(self.resumeOffer)
        self.startOverButton.setObjectName(u"startOverButton")

        self.resumeLayout.addWidget(self.startOverButton)

        self.continueButton = QPushButton(self.resumeOffer)
        self.continueButton.setObjectName(u"continueButton")
        self.continueButton.setProperty(u"primary", True)

        self.resumeLayout.addWidget(self.continueButton)


        self.contentLayout.addWidget(self.resumeOffer)

        self.pageStack = QStackedWidget(self.contentArea)
        self.pageStack.setObjectName(u"pageStack")

        self.contentLayout.addWidget(self.pageStack)


        self.centralLayout.addWidget(self.contentArea)

        self.navBar = QWidget(self.centralArea)
        self.navBar.setObjectName(u"navBar")
        self.navLayout = QHBoxLayout(self.navBar)
        self.navLayout.setSpacing(12)
        self.navLayout.setObjectName(u"navLayout")
        self.navLayout.setContentsMargins(24, 10, 24, 10)
        self.backButton = QPushButton(self.navBar)
        self.backButton.setObjectName(u"backButton")

        self.navLayout.addWidget(self.backButton)

        self.navSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navLayout.addItem(self.navSpacer)

        self.nextHint = QLabel(self.navBar)
        self.nextHint.setObjectName(u"nextHint")
        self.nextHint.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nextHint.setProperty(u"role", u"hint")

        self.navLayout.addWidget(self.nextHint)

        self.spinner = Spinner(self.navBar)
        self.spinner.setObjectName(u"spinner")

        self.navLayout.addWidget(self.spinner)

        self.nextButton = QPushButton(self.navBar)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setProperty(u"primary", True)

        self.navLayout.addWidget(self.nextButton)


        self.centralLayout.addWidget(self.navBar)

        MainWindow.setCentralWidget(self.centralArea)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Workbay", None))
        self.sandboxBadge.setText(QCoreApplication.translate("MainWindow", u"SANDBOX \u2014 training server, no real orders", None))
        self.resumeTitle.setText(QCoreApplication.translate("MainWindow", u"Continue where you left off?", None))
        self.startOverButton.setText(QCoreApplication.translate("MainWindow", u"Start over", None))
        self.continueButton.setText(QCoreApplication.translate("MainWindow", u"Continue", None))
        self.backButton.setText(QCoreApplication.translate("MainWindow", u"Back", None))
        self.nextButton.setText(QCoreApplication.translate("MainWindow", u"Next", None))
    # retranslateUi


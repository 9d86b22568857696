# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_page.ui'
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
    QSizePolicy, QSpacerItem, QStackedWidget, QToolButton,
    QVBoxLayout, QWidget)

from app.gui.widgets.pinpad import PinPad

class Ui_LoginPage(object):
    def setupUi(self, LoginPage):
        if not LoginPage.objectName():
            LoginPage.setObjectName(u"LoginPage")
        LoginPage.resize(1024, 640)
        self.bodyLayout = QVBoxLayout(LoginPage)
        self.bodyLayout.setSpacing(0)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(LoginPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.outerLayout = QVBoxLayout(self.scrollContents)
        self.outerLayout.setSpacing(0)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(24, 16, 24, 16)
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(24)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.columnsLayout.addItem(self.leftSpacer)

        self.loginColumn = QWidget(self.scrollContents)
        self.loginColumn.setObjectName(u"loginColumn")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.loginColumn.sizePolicy().hasHeightForWidth())
        self.loginColumn.setSizePolicy(sizePolicy)
        self.loginColumn.setMinimumSize(QSize(420, 0))
        self.loginColumn.setMaximumSize(QSize(560, 16777215))
        self.loginColumnLayout = QVBoxLayout(self.loginColumn)
        self.loginColumnLayout.setSpacing(0)
        self.loginColumnLayout.setObjectName(u"loginColumnLayout")
        self.loginColumnLayout.setContentsMargins(0, 0, 0, 0)
        self.loginCard = QFrame(self.loginColumn)
        self.loginCard.setObjectName(u"loginCard")
        self.loginCardLayout = QVBoxLayout(self.loginCard)
        self.loginCardLayout.setSpacing(10)
        self.loginCardLayout.setObjectName(u"loginCardLayout")
        self.loginCardLayout.setContentsMargins(28, 24, 28, 24)
        self.headingLabel = QLabel(self.loginCard)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setProperty(u"role", u"heading")

        self.loginCardLayout.addWidget(self.headingLabel)

        self.introLabel = QLabel(self.loginCard)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"hint")

        self.loginCardLayout.addWidget(self.introLabel)

        self.modeStack = QStackedWidget(self.loginCard)
        self.modeStack.setObjectName(u"modeStack")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.modeStack.sizePolicy().hasHeightForWidth())
        self.modeStack.setSizePolicy(sizePolicy1)
        self.pincodeMode = QWidget()
        self.pincodeMode.setObjectName(u"pincodeMode")
        self.pincodeModeLayout = QVBoxLayout(self.pincodeMode)
        self.pincodeModeLayout.setSpacing(6)
        self.pincodeModeLayout.setObjectName(u"pincodeModeLayout")
        self.pincodeModeLayout.setContentsMargins(0, 6, 0, 0)
        self.uuidLabel = QLabel(self.pincodeMode)
        self.uuidLabel.setObjectName(u"uuidLabel")

        self.pincodeModeLayout.addWidget(self.uuidLabel)

        self.uuidEdit = QLineEdit(self.pincodeMode)
        self.uuidEdit.setObjectName(u"uuidEdit")
        self.uuidEdit.setMaxLength(64)
        self.uuidEdit.setProperty(u"role", u"code")

        self.pincodeModeLayout.addWidget(self.uuidEdit)

        self.uuidErrorLabel = QLabel(self.pincodeMode)
        self.uuidErrorLabel.setObjectName(u"uuidErrorLabel")
        self.uuidErrorLabel.setWordWrap(True)
        self.uuidErrorLabel.setProperty(u"role", u"error")

        self.pincodeModeLayout.addWidget(self.uuidErrorLabel)

        self.fieldsSpacer = QSpacerItem(0, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.pincodeModeLayout.addItem(self.fieldsSpacer)

        self.pincodeLabel = QLabel(self.pincodeMode)
        self.pincodeLabel.setObjectName(u"pincodeLabel")

        self.pincodeModeLayout.addWidget(self.pincodeLabel)

        self.pincodeRow = QHBoxLayout()
        self.pincodeRow.setSpacing(8)
        self.pincodeRow.setObjectName(u"pincodeRow")
        self.pincodeEdit = QLineEdit(self.pincodeMode)
        self.pincodeEdit.setObjectName(u"pincodeEdit")
        self.pincodeEdit.setMaxLength(12)
        self.pincodeEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pincodeEdit.setProperty(u"role", u"code")

        self.pincodeRow.addWidget(self.pincodeEdit)

        self.showPincodeButton = QToolButton(self.pincodeMode)
        self.showPincodeButton.setObjectName(u"showPincodeButton")
        self.showPincodeButton.setCheckable(True)
        self.showPincodeButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.pincodeRow.addWidget(self.showPincodeButton)

        self.pinpadToggleButton = QPushButton(self.pincodeMode)
        self.pinpadToggleButton.setObjectName(u"pinpadToggleButton")
        self.pinpadToggleButton.setCheckable(True)

        self.pincodeRow.addWidget(self.pinpadToggleButton)


        self.pincodeModeLayout.addLayout(self.pincodeRow)

        self.pincodeErrorLabel = QLabel(self.pincodeMode)
        self.pincodeErrorLabel.setObjectName(u"pincodeErrorLabel")
        self.pincodeErrorLabel.setWordWrap(True)
        self.pincodeErrorLabel.setProperty(u"role", u"error")

        self.pincodeModeLayout.addWidget(self.pincodeErrorLabel)

        self.pinPad = PinPad(self.pincodeMode)
        self.pinPad.setObjectName(u"pinPad")

        self.pincodeModeLayout.addWidget(self.pinPad)

        self.rememberCheck = QCheckBox(self.pincodeMode)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.pincodeModeLayout.addWidget(self.rememberCheck)

        self.keyringHintLabel = QLabel(self.pincodeMode)
        self.keyringHintLabel.setObjectName(u"keyringHintLabel")
        self.keyringHintLabel.setWordWrap(True)
        self.keyringHintLabel.setProperty(u"role", u"hint")

        self.pincodeModeLayout.addWidget(self.keyringHintLabel)

        self.modeStack.addWidget(self.pincodeMode)
        self.otpMode = QWidget()
        self.otpMode.setObjectName(u"otpMode")
        self.otpModeLayout = QVBoxLayout(self.otpMode)
        self.otpModeLayout.setSpacing(6)
        self.otpModeLayout.setObjectName(u"otpModeLayout")
        self.otpModeLayout.setContentsMargins(0, 6, 0, 0)
        self.otpLabel = QLabel(self.otpMode)
        self.otpLabel.setObjectName(u"otpLabel")

        self.otpModeLayout.addWidget(self.otpLabel)

        self.otpEdit = QLineEdit(self.otpMode)
        self.otpEdit.setObjectName(u"otpEdit")
        self.otpEdit.setMaxLength(64)
        self.otpEdit.setProperty(u"role", u"code")

        self.otpModeLayout.addWidget(self.otpEdit)

        self.otpErrorLabel = QLabel(self.otpMode)
        self.otpErrorLabel.setObjectName(u"otpErrorLabel")
        self.otpErrorLabel.setWordWrap(True)
        self.otpErrorLabel.setProperty(u"role", u"error")

        self.otpModeLayout.addWidget(self.otpErrorLabel)

        self.otpHintLabel = QLabel(self.otpMode)
        self.otpHintLabel.setObjectName(u"otpHintLabel")
        self.otpHintLabel.setWordWrap(True)
        self.otpHintLabel.setProperty(u"role", u"hint")

        self.otpModeLayout.addWidget(self.otpHintLabel)

        self.modeStack.addWidget(self.otpMode)

        self.loginCardLayout.addWidget(self.modeStack)

        self.serverHintLabel = QLabel(self.loginCard)
        self.serverHintLabel.setObjectName(u"serverHintLabel")
        self.serverHintLabel.setWordWrap(True)
        self.serverHintLabel.setProperty(u"role", u"hint")

        self.loginCardLayout.addWidget(self.serverHintLabel)

        self.loginButton = QPushButton(self.loginCard)
        self.loginButton.setObjectName(u"loginButton")
        self.loginButton.setProperty(u"primary", True)

        self.loginCardLayout.addWidget(self.loginButton)

        self.modeSwitchButton = QPushButton(self.loginCard)
        self.modeSwitchButton.setObjectName(u"modeSwitchButton")
        self.modeSwitchButton.setFlat(True)

        self.loginCardLayout.addWidget(self.modeSwitchButton)


        self.loginColumnLayout.addWidget(self.loginCard)

        self.loginColumnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.loginColumnLayout.addItem(self.loginColumnSpacer)


        self.columnsLayout.addWidget(self.loginColumn)

        self.sideColumn = QWidget(self.scrollContents)
        self.sideColumn.setObjectName(u"sideColumn")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(2)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.sideColumn.sizePolicy().hasHeightForWidth())
        self.sideColumn.setSizePolicy(sizePolicy2)
        self.sideColumn.setMinimumSize(QSize(300, 0))
        self.sideColumn.setMaximumSize(QSize(400, 16777215))
        self.sideLayout = QVBoxLayout(self.sideColumn)
        self.sideLayout.setSpacing(16)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.rememberedCard = QFrame(self.sideColumn)
        self.rememberedCard.setObjectName(u"rememberedCard")
        self.rememberedCardLayout = QVBoxLayout(self.rememberedCard)
        self.rememberedCardLayout.setSpacing(8)
        self.rememberedCardLayout.setObjectName(u"rememberedCardLayout")
        self.rememberedCardLayout.setContentsMargins(20, 18, 20, 18)
        self.rememberedHeading = QLabel(self.rememberedCard)
        self.rememberedHeading.setObjectName(u"rememberedHeading")
        self.rememberedHeading.setWordWrap(True)
        self.rememberedHeading.setProperty(u"role", u"subheading")

        self.rememberedCardLayout.addWidget(self.rememberedHeading)

        self.rememberedHintLabel = QLabel(self.rememberedCard)
        self.rememberedHintLabel.setObjectName(u"rememberedHintLabel")
        self.rememberedHintLabel.setWordWrap(True)
        self.rememberedHintLabel.setProperty(u"role", u"hint")

        self.rememberedCardLayout.addWidget(self.rememberedHintLabel)

        self.rememberedList = QWidget(self.rememberedCard)
        self.rememberedList.setObjectName(u"rememberedList")
        self.rememberedListLayout = QVBoxLayout(self.rememberedList)
        self.rememberedListLayout.setSpacing(8)
        self.rememberedListLayout.setObjectName(u"rememberedListLayout")
        self.rememberedListLayout.setContentsMargins(0, 0, 0, 0)

        self.rememberedCardLayout.addWidget(self.rememberedList)


        self.sideLayout.addWidget(self.rememberedCard)

        self.trainingCard = QFrame(self.sideColumn)
        self.trainingCard.setObjectName(u"trainingCard")
        self.trainingCardLayout = QVBoxLayout(self.trainingCard)
        self.trainingCardLayout.setSpacing(8)
        self.trainingCardLayout.setObjectName(u"trainingCardLayout")
        self.trainingCardLayout.setContentsMargins(20, 18, 20, 18)
        self.trainingHeading = QLabel(self.trainingCard)
        self.trainingHeading.setObjectName(u"trainingHeading")
        self.trainingHeading.setWordWrap(True)
        self.trainingHeading.setProperty(u"role", u"subheading")

        self.trainingCardLayout.addWidget(self.trainingHeading)

        self.trainingHintLabel = QLabel(self.trainingCard)
        self.trainingHintLabel.setObjectName(u"trainingHintLabel")
        self.trainingHintLabel.setWordWrap(True)
        self.trainingHintLabel.setProperty(u"role", u"hint")

        self.trainingCardLayout.addWidget(self.trainingHintLabel)

        self.trainingList = QWidget(self.trainingCard)
        self.trainingList.setObjectName(u"trainingList")
        self.trainingListLayout = QVBoxLayout(self.trainingList)
        self.trainingListLayout.setSpacing(6)
        self.trainingListLayout.setObjectName(u"trainingListLayout")
        self.trainingListLayout.setContentsMargins(0, 0, 0, 0)

        self.trainingCardLayout.addWidget(self.trainingList)


        self.sideLayout.addWidget(self.trainingCard)

        self.sideColumnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideColumnSpacer)


        self.columnsLayout.addWidget(self.sideColumn)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.columnsLayout.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.columnsLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.bodyLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.uuidLabel.setBuddy(self.uuidEdit)
        self.pincodeLabel.setBuddy(self.pincodeEdit)
        self.otpLabel.setBuddy(self.otpEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.uuidEdit, self.pincodeEdit)
        QWidget.setTabOrder(self.pincodeEdit, self.showPincodeButton)
        QWidget.setTabOrder(self.showPincodeButton, self.pinpadToggleButton)
        QWidget.setTabOrder(self.pinpadToggleButton, self.rememberCheck)
        QWidget.setTabOrder(self.rememberCheck, self.otpEdit)
        QWidget.setTabOrder(self.otpEdit, self.loginButton)
        QWidget.setTabOrder(self.loginButton, self.modeSwitchButton)

        self.retranslateUi(LoginPage)

        QMetaObject.connectSlotsByName(LoginPage)
    # setupUi

    def retranslateUi(self, LoginPage):
        pass
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vehicle_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from app.gui.widgets.vin_field import VinField

class Ui_VehiclePage(object):
    def setupUi(self, VehiclePage):
        if not VehiclePage.objectName():
            VehiclePage.setObjectName(u"VehiclePage")
        VehiclePage.resize(1024, 560)
        self.bodyLayout = QVBoxLayout(VehiclePage)
        self.bodyLayout.setSpacing(0)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(0, 0, 0, 0)
        self.views = QStackedWidget(VehiclePage)
        self.views.setObjectName(u"views")
        self.vinView = QWidget()
        self.vinView.setObjectName(u"vinView")
        self.vinViewLayout = QHBoxLayout(self.vinView)
        self.vinViewLayout.setSpacing(16)
        self.vinViewLayout.setObjectName(u"vinViewLayout")
        self.vinViewLayout.setContentsMargins(16, 12, 16, 12)
        self.leftScroll = QScrollArea(self.vinView)
        self.leftScroll.setObjectName(u"leftScroll")
        self.leftScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.leftScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.leftScroll.setWidgetResizable(True)
        self.leftColumn = QWidget()
        self.leftColumn.setObjectName(u"leftColumn")
        self.leftColumnLayout = QVBoxLayout(self.leftColumn)
        self.leftColumnLayout.setSpacing(12)
        self.leftColumnLayout.setObjectName(u"leftColumnLayout")
        self.leftColumnLayout.setContentsMargins(0, 0, 4, 0)
        self.vinCard = QFrame(self.leftColumn)
        self.vinCard.setObjectName(u"vinCard")
        self.vinCardLayout = QVBoxLayout(self.vinCard)
        self.vinCardLayout.setSpacing(8)
        self.vinCardLayout.setObjectName(u"vinCardLayout")
        self.vinCardLayout.setContentsMargins(16, 14, 16, 14)
        self.vinHeading = QLabel(self.vinCard)
        self.vinHeading.setObjectName(u"vinHeading")
        self.vinHeading.setWordWrap(True)
        self.vinHeading.setProperty(u"role", u"heading")

        self.vinCardLayout.addWidget(self.vinHeading)

        self.vinHint = QLabel(self.vinCard)
        self.vinHint.setObjectName(u"vinHint")
        self.vinHint.setWordWrap(True)
        self.vinHint.setProperty(u"role", u"hint")

        self.vinCardLayout.addWidget(self.vinHint)

        self.vinRow = QHBoxLayout()
        self.vinRow.setSpacing(10)
        self.vinRow.setObjectName(u"vinRow")
        self.vinEdit = VinField(self.vinCard)
        self.vinEdit.setObjectName(u"vinEdit")

        self.vinRow.addWidget(self.vinEdit)

        self.vinCounter = QLabel(self.vinCard)
        self.vinCounter.setObjectName(u"vinCounter")
        self.vinCounter.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.vinCounter.setProperty(u"role", u"hint")

        self.vinRow.addWidget(self.vinCounter)

        self.vinRow.setStretch(0, 1)

        self.vinCardLayout.addLayout(self.vinRow)

        self.sourceRow = QHBoxLayout()
        self.sourceRow.setSpacing(8)
        self.sourceRow.setObjectName(u"sourceRow")
        self.sourceChip = QLabel(self.vinCard)
        self.sourceChip.setObjectName(u"sourceChip")
        self.sourceChip.setProperty(u"role", u"badge")

        self.sourceRow.addWidget(self.sourceChip)

        self.connectorVinButton = QPushButton(self.vinCard)
        self.connectorVinButton.setObjectName(u"connectorVinButton")
        self.connectorVinButton.setFlat(True)

        self.sourceRow.addWidget(self.connectorVinButton)

        self.sourceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sourceRow.addItem(self.sourceSpacer)


        self.vinCardLayout.addLayout(self.sourceRow)

        self.vinMessage = QLabel(self.vinCard)
        self.vinMessage.setObjectName(u"vinMessage")
        self.vinMessage.setWordWrap(True)
        self.vinMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.vinMessage.setProperty(u"role", u"hint")

        self.vinCardLayout.addWidget(self.vinMessage)


        self.leftColumnLayout.addWidget(self.vinCard)

        self.resultCard = QFrame(self.leftColumn)
        self.resultCard.setObjectName(u"resultCard")
        self.resultCardLayout = QVBoxLayout(self.resultCard)
        self.resultCardLayout.setSpacing(8)
        self.resultCardLayout.setObjectName(u"resultCardLayout")
        self.resultCardLayout.setContentsMargins(16, 14, 16, 14)
        self.resultTitleRow = QHBoxLayout()
        self.resultTitleRow.setSpacing(8)
        self.resultTitleRow.setObjectName(u"resultTitleRow")
        self.resultHeading = QLabel(self.resultCard)
        self.resultHeading.setObjectName(u"resultHeading")
        self.resultHeading.setProperty(u"role", u"subheading")

        self.resultTitleRow.addWidget(self.resultHeading)

        self.doipBadge = QLabel(self.resultCard)
        self.doipBadge.setObjectName(u"doipBadge")
        self.doipBadge.setProperty(u"role", u"badge")

        self.resultTitleRow.addWidget(self.doipBadge)

        self.manualBadge = QLabel(self.resultCard)
        self.manualBadge.setObjectName(u"manualBadge")
        self.manualBadge.setProperty(u"role", u"badge")

        self.resultTitleRow.addWidget(self.manualBadge)

        self.resultTitleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultTitleRow.addItem(self.resultTitleSpacer)

        self.notThisCarButton = QPushButton(self.resultCard)
        self.notThisCarButton.setObjectName(u"notThisCarButton")

        self.resultTitleRow.addWidget(self.notThisCarButton)

        self.chooseByHandButton = QPushButton(self.resultCard)
        self.chooseByHandButton.setObjectName(u"chooseByHandButton")

        self.resultTitleRow.addWidget(self.chooseByHandButton)


        self.resultCardLayout.addLayout(self.resultTitleRow)

        self.resultStack = QStackedWidget(self.resultCard)
        self.resultStack.setObjectName(u"resultStack")
        self.carPage = QWidget()
        self.carPage.setObjectName(u"carPage")
        self.carLayout = QFormLayout(self.carPage)
        self.carLayout.setObjectName(u"carLayout")
        self.carLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.carLayout.setHorizontalSpacing(16)
        self.carLayout.setVerticalSpacing(6)
        self.carLayout.setContentsMargins(0, 0, 0, 0)
        self.makeCaption = QLabel(self.carPage)
        self.makeCaption.setObjectName(u"makeCaption")
        self.makeCaption.setProperty(u"role", u"hint")

        self.carLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.makeCaption)

        self.makeValue = QLabel(self.carPage)
        self.makeValue.setObjectName(u"makeValue")
        self.makeValue.setWordWrap(True)
        self.makeValue.setProperty(u"role", u"value")

        self.carLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.makeValue)

        self.modelGroupCaption = QLabel(self.carPage)
        self.modelGroupCaption.setObjectName(u"modelGroupCaption")
        self.modelGroupCaption.setProperty(u"role", u"hint")

        self.carLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.modelGroupCaption)

        self.modelGroupValue = QLabel(self.carPage)
        self.modelGroupValue.setObjectName(u"modelGroupValue")
        self.modelGroupValue.setWordWrap(True)
        self.modelGroupValue.setProperty(u"role", u"value")

        self.carLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.modelGroupValue)

        self.modelCaption = QLabel(self.carPage)
        self.modelCaption.setObjectName(u"modelCaption")
        self.modelCaption.setProperty(u"role", u"hint")

        self.carLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.modelCaption)

        self.modelValue = QLabel(self.carPage)
        self.modelValue.setObjectName(u"modelValue")
        self.modelValue.setWordWrap(True)
        self.modelValue.setProperty(u"role", u"value")

        self.carLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.modelValue)

        self.variantCaption = QLabel(self.carPage)
        self.variantCaption.setObjectName(u"variantCaption")
        self.variantCaption.setProperty(u"role", u"hint")

        self.carLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.variantCaption)

        self.variantValue = QLabel(self.carPage)
        self.variantValue.setObjectName(u"variantValue")
        self.variantValue.setWordWrap(True)
        self.variantValue.setProperty(u"role", u"value")

        self.carLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.variantValue)

        self.yearsCaption = QLabel(self.carPage)
        self.yearsCaption.setObjectName(u"yearsCaption")
        self.yearsCaption.setProperty(u"role", u"hint")

        self.carLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.yearsCaption)

        self.yearsValue = QLabel(self.carPage)
        self.yearsValue.setObjectName(u"yearsValue")
        self.yearsValue.setProperty(u"role", u"value")

        self.carLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.yearsValue)

        self.resultStack.addWidget(self.carPage)
        self.messagePage = QWidget()
        self.messagePage.setObjectName(u"messagePage")
        self.messageLayout = QVBoxLayout(self.messagePage)
        self.messageLayout.setObjectName(u"messageLayout")
        self.messageLayout.setContentsMargins(0, 0, 0, 0)
        self.resultMessage = QLabel(self.messagePage)
        self.resultMessage.setObjectName(u"resultMessage")
        self.resultMessage.setWordWrap(True)

        self.messageLayout.addWidget(self.resultMessage)

        self.resultStack.addWidget(self.messagePage)

        self.resultCardLayout.addWidget(self.resultStack)


        self.leftColumnLayout.addWidget(self.resultCard)

        self.doipCard = QFrame(self.leftColumn)
        self.doipCard.setObjectName(u"doipCard")
        self.doipCardLayout = QVBoxLayout(self.doipCard)
        self.doipCardLayout.setSpacing(6)
        self.doipCardLayout.setObjectName(u"doipCardLayout")
        self.doipCardLayout.setContentsMargins(16, 14, 16, 14)
        self.doipHeading = QLabel(self.doipCard)
        self.doipHeading.setObjectName(u"doipHeading")
        self.doipHeading.setProperty(u"role", u"subheading")

        self.doipCardLayout.addWidget(self.doipHeading)

        self.doipText = QLabel(self.doipCard)
        self.doipText.setObjectName(u"doipText")
        self.doipText.setWordWrap(True)
        self.doipText.setProperty(u"role", u"error")

        self.doipCardLayout.addWidget(self.doipText)


        self.leftColumnLayout.addWidget(self.doipCard)

        self.leftColumnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumnLayout.addItem(self.leftColumnSpacer)

        self.leftScroll.setWidget(self.leftColumn)

        self.vinViewLayout.addWidget(self.leftScroll)

        self.rightScroll = QScrollArea(self.vinView)
        self.rightScroll.setObjectName(u"rightScroll")
        self.rightScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rightScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rightScroll.setWidgetResizable(True)
        self.rightColumnArea = QWidget()
        self.rightColumnArea.setObjectName(u"rightColumnArea")
        self.rightColumn = QVBoxLayout(self.rightColumnArea)
        self.rightColumn.setSpacing(12)
        self.rightColumn.setObjectName(u"rightColumn")
        self.rightColumn.setContentsMargins(0, 0, 4, 0)
        self.preparedCard = QFrame(self.rightColumnArea)
        self.preparedCard.setObjectName(u"preparedCard")
        self.preparedCardLayout = QVBoxLayout(self.preparedCard)
        self.preparedCardLayout.setSpacing(8)
        self.preparedCardLayout.setObjectName(u"preparedCardLayout")
        self.preparedCardLayout.setContentsMargins(16, 14, 16, 14)
        self.preparedHeading = QLabel(self.preparedCard)
        self.preparedHeading.setObjectName(u"preparedHeading")
        self.preparedHeading.setWordWrap(True)
        self.preparedHeading.setProperty(u"role", u"subheading")

        self.preparedCardLayout.addWidget(self.preparedHeading)

        self.preparedList = QWidget(self.preparedCard)
        self.preparedList.setObjectName(u"preparedList")
        self.preparedListLayout = QVBoxLayout(self.preparedList)
        self.preparedListLayout.setSpacing(8)
        self.preparedListLayout.setObjectName(u"preparedListLayout")
        self.preparedListLayout.setContentsMargins(0, 0, 0, 0)

        self.preparedCardLayout.addWidget(self.preparedList)

        self.preparedStatusRow = QHBoxLayout()
        self.preparedStatusRow.setSpacing(8)
        self.preparedStatusRow.setObjectName(u"preparedStatusRow")
        self.preparedStatus = QLabel(self.preparedCard)
        self.preparedStatus.setObjectName(u"preparedStatus")
        self.preparedStatus.setWordWrap(True)
        self.preparedStatus.setProperty(u"role", u"hint")

        self.preparedStatusRow.addWidget(self.preparedStatus)

        self.preparedRetryButton = QPushButton(self.preparedCard)
        self.preparedRetryButton.setObjectName(u"preparedRetryButton")

        self.preparedStatusRow.addWidget(self.preparedRetryButton)

        self.preparedStatusRow.setStretch(0, 1)

        self.preparedCardLayout.addLayout(self.preparedStatusRow)


        self.rightColumn.addWidget(self.preparedCard)

        self.earlierCard = QFrame(self.rightColumnArea)
        self.earlierCard.setObjectName(u"earlierCard")
        self.earlierCardLayout = QVBoxLayout(self.earlierCard)
        self.earlierCardLayout.setSpacing(8)
        self.earlierCardLayout.setObjectName(u"earlierCardLayout")
        self.earlierCardLayout.setContentsMargins(16, 14, 16, 14)
        self.earlierHeading = QLabel(self.earlierCard)
        self.earlierHeading.setObjectName(u"earlierHeading")
        self.earlierHeading.setWordWrap(True)
        self.earlierHeading.setProperty(u"role", u"subheading")

        self.earlierCardLayout.addWidget(self.earlierHeading)

        self.earlierList = QTreeWidget(self.earlierCard)
        self.earlierList.setObjectName(u"earlierList")
        self.earlierList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.earlierList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.earlierList.setRootIsDecorated(False)
        self.earlierList.setUniformRowHeights(False)
        self.earlierList.setWordWrap(True)
        self.earlierList.setColumnCount(3)

        self.earlierCardLayout.addWidget(self.earlierList)

        self.earlierStatusRow = QHBoxLayout()
        self.earlierStatusRow.setSpacing(8)
        self.earlierStatusRow.setObjectName(u"earlierStatusRow")
        self.earlierStatus = QLabel(self.earlierCard)
        self.earlierStatus.setObjectName(u"earlierStatus")
        self.earlierStatus.setWordWrap(True)
        self.earlierStatus.setProperty(u"role", u"hint")

        self.earlierStatusRow.addWidget(self.earlierStatus)

        self.earlierStatusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.earlierStatusRow.addItem(self.earlierStatusSpacer)

        self.earlierRetryButton = QPushButton(self.earlierCard)
        self.earlierRetryButton.setObjectName(u"earlierRetryButton")

        self.earlierStatusRow.addWidget(self.earlierRetryButton)

        self.earlierShowAllButton = QPushButton(self.earlierCard)
        self.earlierShowAllButton.setObjectName(u"earlierShowAllButton")

        self.earlierStatusRow.addWidget(self.earlierShowAllButton)

        self.earlierStatusRow.setStretch(0, 1)

        self.earlierCardLayout.addLayout(self.earlierStatusRow)

        self.earlierCardLayout.setStretch(1, 1)

        self.rightColumn.addWidget(self.earlierCard)

        self.rightColumnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightColumnSpacer)

        self.rightColumn.setStretch(1, 1)
        self.rightScroll.setWidget(self.rightColumnArea)

        self.vinViewLayout.addWidget(self.rightScroll)

        self.vinViewLayout.setStretch(0, 3)
        self.vinViewLayout.setStretch(1, 2)
        self.views.addWidget(self.vinView)
        self.cascadeView = QWidget()
        self.cascadeView.setObjectName(u"cascadeView")
        self.cascadeViewLayout = QVBoxLayout(self.cascadeView)
        self.cascadeViewLayout.setObjectName(u"cascadeViewLayout")
        self.cascadeViewLayout.setContentsMargins(16, 12, 16, 12)
        self.views.addWidget(self.cascadeView)

        self.bodyLayout.addWidget(self.views)

        QWidget.setTabOrder(self.vinEdit, self.connectorVinButton)
        QWidget.setTabOrder(self.connectorVinButton, self.notThisCarButton)
        QWidget.setTabOrder(self.notThisCarButton, self.chooseByHandButton)

        self.retranslateUi(VehiclePage)

        QMetaObject.connectSlotsByName(VehiclePage)
    # setupUi

    def retranslateUi(self, VehiclePage):
        pass
    # retranslateUi


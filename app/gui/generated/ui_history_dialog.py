# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFrame,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QStackedWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

from app.gui.widgets.spinner import Spinner

class Ui_HistoryDialog(object):
    def setupUi(self, HistoryDialog):
        if not HistoryDialog.objectName():
            HistoryDialog.setObjectName(u"HistoryDialog")
        HistoryDialog.resize(940, 620)
        self.dialogLayout = QVBoxLayout(HistoryDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 16)
        self.views = QStackedWidget(HistoryDialog)
        self.views.setObjectName(u"views")
        self.listView = QWidget()
        self.listView.setObjectName(u"listView")
        self.listViewLayout = QVBoxLayout(self.listView)
        self.listViewLayout.setSpacing(12)
        self.listViewLayout.setObjectName(u"listViewLayout")
        self.listViewLayout.setContentsMargins(0, 0, 0, 0)
        self.listHeader = QHBoxLayout()
        self.listHeader.setSpacing(16)
        self.listHeader.setObjectName(u"listHeader")
        self.listTitles = QVBoxLayout()
        self.listTitles.setSpacing(2)
        self.listTitles.setObjectName(u"listTitles")
        self.listHeading = QLabel(self.listView)
        self.listHeading.setObjectName(u"listHeading")
        self.listHeading.setWordWrap(True)
        self.listHeading.setProperty(u"role", u"heading")

        self.listTitles.addWidget(self.listHeading)

        self.listSubtitle = QLabel(self.listView)
        self.listSubtitle.setObjectName(u"listSubtitle")
        self.listSubtitle.setWordWrap(True)
        self.listSubtitle.setProperty(u"role", u"hint")

        self.listTitles.addWidget(self.listSubtitle)


        self.listHeader.addLayout(self.listTitles)

        self.scopeSwitch = QWidget(self.listView)
        self.scopeSwitch.setObjectName(u"scopeSwitch")
        self.scopeSwitchLayout = QHBoxLayout(self.scopeSwitch)
        self.scopeSwitchLayout.setSpacing(6)
        self.scopeSwitchLayout.setObjectName(u"scopeSwitchLayout")
        self.scopeSwitchLayout.setContentsMargins(0, 0, 0, 0)
        self.vehicleScopeButton = QPushButton(self.scopeSwitch)
        self.vehicleScopeButton.setObjectName(u"vehicleScopeButton")
        self.vehicleScopeButton.setCheckable(True)
        self.vehicleScopeButton.setAutoExclusive(True)

        self.scopeSwitchLayout.addWidget(self.vehicleScopeButton)

        self.connectorScopeButton = QPushButton(self.scopeSwitch)
        self.connectorScopeButton.setObjectName(u"connectorScopeButton")
        self.connectorScopeButton.setCheckable(True)
        self.connectorScopeButton.setAutoExclusive(True)

        self.scopeSwitchLayout.addWidget(self.connectorScopeButton)


        self.listHeader.addWidget(self.scopeSwitch)

        self.listHeader.setStretch(0, 1)

        self.listViewLayout.addLayout(self.listHeader)

        self.listStack = QStackedWidget(self.listView)
        self.listStack.setObjectName(u"listStack")
        self.listLoadingPage = QWidget()
        self.listLoadingPage.setObjectName(u"listLoadingPage")
        self.listLoadingLayout = QVBoxLayout(self.listLoadingPage)
        self.listLoadingLayout.setObjectName(u"listLoadingLayout")
        self.listLoadingTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.listLoadingLayout.addItem(self.listLoadingTop)

        self.listLoadingRow = QHBoxLayout()
        self.listLoadingRow.setSpacing(12)
        self.listLoadingRow.setObjectName(u"listLoadingRow")
        self.listLoadingLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listLoadingRow.addItem(self.listLoadingLeft)

        self.listSpinner = Spinner(self.listLoadingPage)
        self.listSpinner.setObjectName(u"listSpinner")

        self.listLoadingRow.addWidget(self.listSpinner)

        self.listLoadingLabel = QLabel(self.listLoadingPage)
        self.listLoadingLabel.setObjectName(u"listLoadingLabel")
        self.listLoadingLabel.setProperty(u"role", u"hint")

        self.listLoadingRow.addWidget(self.listLoadingLabel)

        self.listLoadingRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listLoadingRow.addItem(self.listLoadingRight)


        self.listLoadingLayout.addLayout(self.listLoadingRow)

        self.listLoadingBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.listLoadingLayout.addItem(self.listLoadingBottom)

        self.listStack.addWidget(self.listLoadingPage)
        self.listMessagePage = QWidget()
        self.listMessagePage.setObjectName(u"listMessagePage")
        self.listMessageLayout = QVBoxLayout(self.listMessagePage)
        self.listMessageLayout.setSpacing(14)
        self.listMessageLayout.setObjectName(u"listMessageLayout")
        self.listMessageTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.listMessageLayout.addItem(self.listMessageTop)

        self.listMessageIcon = QLabel(self.listMessagePage)
        self.listMessageIcon.setObjectName(u"listMessageIcon")
        self.listMessageIcon.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.listMessageLayout.addWidget(self.listMessageIcon)

        self.listMessage = QLabel(self.listMessagePage)
        self.listMessage.setObjectName(u"listMessage")
        self.listMessage.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.listMessage.setWordWrap(True)
        self.listMessage.setProperty(u"role", u"subheading")

        self.listMessageLayout.addWidget(self.listMessage)

        self.listMessageHint = QLabel(self.listMessagePage)
        self.listMessageHint.setObjectName(u"listMessageHint")
        self.listMessageHint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.listMessageHint.setWordWrap(True)
        self.listMessageHint.setProperty(u"role", u"hint")

        self.listMessageLayout.addWidget(self.listMessageHint)

        self.listRetryRow = QHBoxLayout()
        self.listRetryRow.setObjectName(u"listRetryRow")
        self.listRetryLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listRetryRow.addItem(self.listRetryLeft)

        self.listRetryButton = QPushButton(self.listMessagePage)
        self.listRetryButton.setObjectName(u"listRetryButton")

        self.listRetryRow.addWidget(self.listRetryButton)

        self.listRetryRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listRetryRow.addItem(self.listRetryRight)


        self.listMessageLayout.addLayout(self.listRetryRow)

        self.listMessageBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.listMessageLayout.addItem(self.listMessageBottom)

        self.listStack.addWidget(self.listMessagePage)
        self.listTablePage = QWidget()
        self.listTablePage.setObjectName(u"listTablePage")
        self.listTableLayout = QVBoxLayout(self.listTablePage)
        self.listTableLayout.setObjectName(u"listTableLayout")
        self.listTableLayout.setContentsMargins(0, 0, 0, 0)
        self.ticketList = QTreeWidget(self.listTablePage)
        self.ticketList.setObjectName(u"ticketList")
        self.ticketList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ticketList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ticketList.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ticketList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ticketList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.ticketList.setRootIsDecorated(False)
        self.ticketList.setUniformRowHeights(False)
        self.ticketList.setWordWrap(True)
        self.ticketList.setColumnCount(6)

        self.listTableLayout.addWidget(self.ticketList)

        self.listStack.addWidget(self.listTablePage)

        self.listViewLayout.addWidget(self.listStack)

        self.listStatus = QLabel(self.listView)
        self.listStatus.setObjectName(u"listStatus")
        self.listStatus.setWordWrap(True)
        self.listStatus.setProperty(u"role", u"hint")

        self.listViewLayout.addWidget(self.listStatus)

        self.listViewLayout.setStretch(1, 1)
        self.views.addWidget(self.listView)
        self.detailView = QWidget()
        self.detailView.setObjectName(u"detailView")
        self.detailViewLayout = QVBoxLayout(self.detailView)
        self.detailViewLayout.setSpacing(12)
        self.detailViewLayout.setObjectName(u"detailViewLayout")
        self.detailViewLayout.setContentsMargins(0, 0, 0, 0)
        self.detailHeader = QHBoxLayout()
        self.detailHeader.setSpacing(14)
        self.detailHeader.setObjectName(u"detailHeader")
        self.backButton = QPushButton(self.detailView)
        self.backButton.setObjectName(u"backButton")

        self.detailHeader.addWidget(self.backButton)

        self.detailHeading = QLabel(self.detailView)
        self.detailHeading.setObjectName(u"detailHeading")
        self.detailHeading.setProperty(u"role", u"heading")

        self.detailHeader.addWidget(self.detailHeading)

        self.stateBadge = QLabel(self.detailView)
        self.stateBadge.setObjectName(u"stateBadge")
        self.stateBadge.setProperty(u"role", u"badge")

        self.detailHeader.addWidget(self.stateBadge)

        self.detailHeaderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailHeader.addItem(self.detailHeaderSpacer)

        self.detailHeader.setStretch(3, 1)

        self.detailViewLayout.addLayout(self.detailHeader)

        self.detailStack = QStackedWidget(self.detailView)
        self.detailStack.setObjectName(u"detailStack")
        self.detailLoadingPage = QWidget()
        self.detailLoadingPage.setObjectName(u"detailLoadingPage")
        self.detailLoadingLayout = QVBoxLayout(self.detailLoadingPage)
        self.detailLoadingLayout.setObjectName(u"detailLoadingLayout")
        self.detailLoadingTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLoadingLayout.addItem(self.detailLoadingTop)

        self.detailLoadingRow = QHBoxLayout()
        self.detailLoadingRow.setSpacing(12)
        self.detailLoadingRow.setObjectName(u"detailLoadingRow")
        self.detailLoadingLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailLoadingRow.addItem(self.detailLoadingLeft)

        self.detailSpinner = Spinner(self.detailLoadingPage)
        self.detailSpinner.setObjectName(u"detailSpinner")

        self.detailLoadingRow.addWidget(self.detailSpinner)

        self.detailLoadingLabel = QLabel(self.detailLoadingPage)
        self.detailLoadingLabel.setObjectName(u"detailLoadingLabel")
        self.detailLoadingLabel.setProperty(u"role", u"hint")

        self.detailLoadingRow.addWidget(self.detailLoadingLabel)

        self.detailLoadingRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailLoadingRow.addItem(self.detailLoadingRight)


        self.detailLoadingLayout.addLayout(self.detailLoadingRow)

        self.detailLoadingBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLoadingLayout.addItem(self.detailLoadingBottom)

        self.detailStack.addWidget(self.detailLoadingPage)
        self.detailMessagePage = QWidget()
        self.detailMessagePage.setObjectName(u"detailMessagePage")
        self.detailMessageLayout = QVBoxLayout(self.detailMessagePage)
        self.detailMessageLayout.setSpacing(14)
        self.detailMessageLayout.setObjectName(u"detailMessageLayout")
        self.detailMessageTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailMessageLayout.addItem(self.detailMessageTop)

        self.detailMessageIcon = QLabel(self.detailMessagePage)
        self.detailMessageIcon.setObjectName(u"detailMessageIcon")
        self.detailMessageIcon.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.detailMessageLayout.addWidget(self.detailMessageIcon)

        self.detailMessage = QLabel(self.detailMessagePage)
        self.detailMessage.setObjectName(u"detailMessage")
        self.detailMessage.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detailMessage.setWordWrap(True)
        self.detailMessage.setProperty(u"role", u"subheading")

        self.detailMessageLayout.addWidget(self.detailMessage)

        self.detailMessageHint = QLabel(self.detailMessagePage)
        self.detailMessageHint.setObjectName(u"detailMessageHint")
        self.detailMessageHint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detailMessageHint.setWordWrap(True)
        self.detailMessageHint.setProperty(u"role", u"hint")

        self.detailMessageLayout.addWidget(self.detailMessageHint)

        self.detailRetryRow = QHBoxLayout()
        self.detailRetryRow.setObjectName(u"detailRetryRow")
        self.detailRetryLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailRetryRow.addItem(self.detailRetryLeft)

        self.detailRetryButton = QPushButton(self.detailMessagePage)
        self.detailRetryButton.setObjectName(u"detailRetryButton")

        self.detailRetryRow.addWidget(self.detailRetryButton)

        self.detailRetryRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailRetryRow.addItem(self.detailRetryRight)


        self.detailMessageLayout.addLayout(self.detailRetryRow)

        self.detailMessageBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailMessageLayout.addItem(self.detailMessageBottom)

        self.detailStack.addWidget(self.detailMessagePage)
        self.detailContentPage = QWidget()
        self.detailContentPage.setObjectName(u"detailContentPage")
        self.detailContentPageLayout = QVBoxLayout(self.detailContentPage)
        self.detailContentPageLayout.setObjectName(u"detailContentPageLayout")
        self.detailContentPageLayout.setContentsMargins(0, 0, 0, 0)
        self.detailScroll = QScrollArea(self.detailContentPage)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detailScroll.setWidgetResizable(True)
        self.detailContent = QWidget()
        self.detailContent.setObjectName(u"detailContent")
        self.detailContentLayout = QVBoxLayout(self.detailContent)
        self.detailContentLayout.setSpacing(12)
        self.detailContentLayout.setObjectName(u"detailContentLayout")
        self.detailContentLayout.setContentsMargins(0, 0, 4, 0)
        self.factsCard = QFrame(self.detailContent)
        self.factsCard.setObjectName(u"factsCard")
        self.factsGrid = QGridLayout(self.factsCard)
        self.factsGrid.setObjectName(u"factsGrid")
        self.factsGrid.setHorizontalSpacing(16)
        self.factsGrid.setVerticalSpacing(10)
        self.factsGrid.setContentsMargins(20, 16, 20, 16)
        self.createdCaption = QLabel(self.factsCard)
        self.createdCaption.setObjectName(u"createdCaption")
        self.createdCaption.setProperty(u"role", u"hint")

        self.factsGrid.addWidget(self.createdCaption, 0, 0, 1, 1)

        self.createdValue = QLabel(self.factsCard)
        self.createdValue.setObjectName(u"createdValue")
        self.createdValue.setWordWrap(True)
        self.createdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.createdValue.setProperty(u"role", u"value")

        self.factsGrid.addWidget(self.createdValue, 0, 1, 1, 1)

        self.finishedCaption = QLabel(self.factsCard)
        self.finishedCaption.setObjectName(u"finishedCaption")
        self.finishedCaption.setProperty(u"role", u"hint")

        self.factsGrid.addWidget(self.finishedCaption, 0, 2, 1, 1)

        self.finishedValue = QLabel(self.factsCard)
        self.finishedValue.setObjectName(u"finishedValue")
        self.finishedValue.setWordWrap(True)
        self.finishedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.finishedValue.setProperty(u"role", u"value")

        self.factsGrid.addWidget(self.finishedValue, 0, 3, 1, 1)

        self.vehicleCaption = QLabel(self.factsCard)
        self.vehicleCaption.setObjectName(u"vehicleCaption")
        self.vehicleCaption.setProperty(u"role", u"hint")

        self.factsGrid.addWidget(self.vehicleCaption, 1, 0, 1, 1)

        self.vehicleValue = QLabel(self.factsCard)
        self.vehicleValue.setObjectName(u"vehicleValue")
        self.vehicleValue.setWordWrap(True)
        self.vehicleValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.vehicleValue.setProperty(u"role", u"value")

        self.factsGrid.addWidget(self.vehicleValue, 1, 1, 1, 1)

        self.vinCaption = QLabel(self.factsCard)
        self.vinCaption.setObjectName(u"vinCaption")
        self.vinCaption.setProperty(u"role", u"hint")

        self.factsGrid.addWidget(self.vinCaption, 1, 2, 1, 1)

        self.vinValue = QLabel(self.factsCard)
        self.vinValue.setObjectName(u"vinValue")
        self.vinValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.vinValue.setProperty(u"role", u"value")

        self.factsGrid.addWidget(self.vinValue, 1, 3, 1, 1)

        self.odometerCaption = QLabel(self.factsCard)
        self.odometerCaption.setObjectName(u"odometerCaption")
        self.odometerCaption.setProperty(u"role", u"hint")

        self.factsGrid.addWidget(self.odometerCaption, 2, 0, 1, 1)

        self.odometerValue = QLabel(self.factsCard)
        self.odometerValue.setObjectName(u"odometerValue")
        self.odometerValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.odometerValue.setProperty(u"role", u"value")

        self.factsGrid.addWidget(self.odometerValue, 2, 1, 1, 1)

        self.referenceCaption = QLabel(self.factsCard)
        self.referenceCaption.setObjectName(u"referenceCaption")
        self.referenceCaption.setProperty(u"role", u"hint")

        self.factsGrid.addWidget(self.referenceCaption, 2, 2, 1, 1)

        self.referenceValue = QLabel(self.factsCard)
        self.referenceValue.setObjectName(u"referenceValue")
        self.referenceValue.setWordWrap(True)
        self.referenceValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.referenceValue.setProperty(u"role", u"value")

        self.factsGrid.addWidget(self.referenceValue, 2, 3, 1, 1)

        self.voucherCaption = QLabel(self.factsCard)
        self.voucherCaption.setObjectName(u"voucherCaption")
        self.voucherCaption.setProperty(u"role", u"hint")

        self.factsGrid.addWidget(self.voucherCaption, 3, 0, 1, 1)

        self.voucherValue = QLabel(self.factsCard)
        self.voucherValue.setObjectName(u"voucherValue")
        self.voucherValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.voucherValue.setProperty(u"role", u"value")

        self.factsGrid.addWidget(self.voucherValue, 3, 1, 1, 1)

        self.factsGrid.setColumnStretch(1, 1)
        self.factsGrid.setColumnStretch(3, 1)

        self.detailContentLayout.addWidget(self.factsCard)

        self.linesCard = QFrame(self.detailContent)
        self.linesCard.setObjectName(u"linesCard")
        self.linesCardLayout = QVBoxLayout(self.linesCard)
        self.linesCardLayout.setSpacing(10)
        self.linesCardLayout.setObjectName(u"linesCardLayout")
        self.linesCardLayout.setContentsMargins(20, 16, 20, 16)
        self.linesHeading = QLabel(self.linesCard)
        self.linesHeading.setObjectName(u"linesHeading")
        self.linesHeading.setProperty(u"role", u"subheading")

        self.linesCardLayout.addWidget(self.linesHeading)

        self.linesTable = QWidget(self.linesCard)
        self.linesTable.setObjectName(u"linesTable")

        self.linesCardLayout.addWidget(self.linesTable)

        self.linesEmpty = QLabel(self.linesCard)
        self.linesEmpty.setObjectName(u"linesEmpty")
        self.linesEmpty.setWordWrap(True)
        self.linesEmpty.setProperty(u"role", u"hint")

        self.linesCardLayout.addWidget(self.linesEmpty)

        self.totalsTable = QWidget(self.linesCard)
        self.totalsTable.setObjectName(u"totalsTable")

        self.linesCardLayout.addWidget(self.totalsTable)


        self.detailContentLayout.addWidget(self.linesCard)

        self.notesCard = QFrame(self.detailContent)
        self.notesCard.setObjectName(u"notesCard")
        self.notesCardLayout = QVBoxLayout(self.notesCard)
        self.notesCardLayout.setSpacing(10)
        self.notesCardLayout.setObjectName(u"notesCardLayout")
        self.notesCardLayout.setContentsMargins(20, 16, 20, 16)
        self.notesHeading = QLabel(self.notesCard)
        self.notesHeading.setObjectName(u"notesHeading")
        self.notesHeading.setProperty(u"role", u"subheading")

        self.notesCardLayout.addWidget(self.notesHeading)

        self.notesList = QWidget(self.notesCard)
        self.notesList.setObjectName(u"notesList")
        self.notesListLayout = QVBoxLayout(self.notesList)
        self.notesListLayout.setSpacing(14)
        self.notesListLayout.setObjectName(u"notesListLayout")
        self.notesListLayout.setContentsMargins(0, 0, 0, 0)

        self.notesCardLayout.addWidget(self.notesList)

        self.notesEmpty = QLabel(self.notesCard)
        self.notesEmpty.setObjectName(u"notesEmpty")
        self.notesEmpty.setWordWrap(True)
        self.notesEmpty.setProperty(u"role", u"hint")

        self.notesCardLayout.addWidget(self.notesEmpty)


        self.detailContentLayout.addWidget(self.notesCard)

        self.detailContentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailContentLayout.addItem(self.detailContentSpacer)

        self.detailScroll.setWidget(self.detailContent)

        self.detailContentPageLayout.addWidget(self.detailScroll)

        self.detailStack.addWidget(self.detailContentPage)

        self.detailViewLayout.addWidget(self.detailStack)

        self.detailViewLayout.setStretch(1, 1)
        self.views.addWidget(self.detailView)

        self.dialogLayout.addWidget(self.views)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(12)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(HistoryDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.vehicleScopeButton, self.connectorScopeButton)
        QWidget.setTabOrder(self.connectorScopeButton, self.ticketList)
        QWidget.setTabOrder(self.ticketList, self.listRetryButton)
        QWidget.setTabOrder(self.listRetryButton, self.backButton)
        QWidget.setTabOrder(self.backButton, self.detailRetryButton)
        QWidget.setTabOrder(self.detailRetryButton, self.detailScroll)
        QWidget.setTabOrder(self.detailScroll, self.closeButton)

        self.retranslateUi(HistoryDialog)

        QMetaObject.connectSlotsByName(HistoryDialog)
    # setupUi

    def retranslateUi(self, HistoryDialog):
        pass
    # retranslateUi


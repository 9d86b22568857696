# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vehicle_cascade.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from app.gui.widgets.filter_list import FilterList

class Ui_VehicleCascade(object):
    def setupUi(self, VehicleCascade):
        if not VehicleCascade.objectName():
            VehicleCascade.setObjectName(u"VehicleCascade")
        VehicleCascade.resize(1000, 540)
        self.cascadeLayout = QVBoxLayout(VehicleCascade)
        self.cascadeLayout.setSpacing(10)
        self.cascadeLayout.setObjectName(u"cascadeLayout")
        self.cascadeLayout.setContentsMargins(0, 0, 0, 0)
        self.cascadeHeading = QLabel(VehicleCascade)
        self.cascadeHeading.setObjectName(u"cascadeHeading")
        self.cascadeHeading.setProperty(u"role", u"heading")

        self.cascadeLayout.addWidget(self.cascadeHeading)

        self.cascadeHint = QLabel(VehicleCascade)
        self.cascadeHint.setObjectName(u"cascadeHint")
        self.cascadeHint.setWordWrap(True)
        self.cascadeHint.setProperty(u"role", u"hint")

        self.cascadeLayout.addWidget(self.cascadeHint)

        self.listsRow = QHBoxLayout()
        self.listsRow.setSpacing(12)
        self.listsRow.setObjectName(u"listsRow")
        self.makeList = FilterList(VehicleCascade)
        self.makeList.setObjectName(u"makeList")

        self.listsRow.addWidget(self.makeList)

        self.groupList = FilterList(VehicleCascade)
        self.groupList.setObjectName(u"groupList")

        self.listsRow.addWidget(self.groupList)

        self.modelList = FilterList(VehicleCascade)
        self.modelList.setObjectName(u"modelList")

        self.listsRow.addWidget(self.modelList)

        self.variantList = FilterList(VehicleCascade)
        self.variantList.setObjectName(u"variantList")

        self.listsRow.addWidget(self.variantList)

        self.listsRow.setStretch(0, 1)
        self.listsRow.setStretch(1, 1)
        self.listsRow.setStretch(2, 1)
        self.listsRow.setStretch(3, 1)

        self.cascadeLayout.addLayout(self.listsRow)

        self.summaryLabel = QLabel(VehicleCascade)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty(u"role", u"value")

        self.cascadeLayout.addWidget(self.summaryLabel)

        self.cascadeButtons = QHBoxLayout()
        self.cascadeButtons.setSpacing(10)
        self.cascadeButtons.setObjectName(u"cascadeButtons")
        self.cascadeButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cascadeButtons.addItem(self.cascadeButtonsSpacer)

        self.cancelButton = QPushButton(VehicleCascade)
        self.cancelButton.setObjectName(u"cancelButton")

        self.cascadeButtons.addWidget(self.cancelButton)

        self.useButton = QPushButton(VehicleCascade)
        self.useButton.setObjectName(u"useButton")
        self.useButton.setProperty(u"primary", True)

        self.cascadeButtons.addWidget(self.useButton)


        self.cascadeLayout.addLayout(self.cascadeButtons)

        self.cascadeLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.makeList, self.groupList)
        QWidget.setTabOrder(self.groupList, self.modelList)
        QWidget.setTabOrder(self.modelList, self.variantList)
        QWidget.setTabOrder(self.variantList, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.useButton)

        self.retranslateUi(VehicleCascade)

        QMetaObject.connectSlotsByName(VehicleCascade)
    # setupUi

    def retranslateUi(self, VehicleCascade):
        pass
    # retranslateUi


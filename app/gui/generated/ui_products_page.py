# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'products_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from app.gui.widgets.product_list import (ProductList, SelectedStrip)

class Ui_ProductsPage(object):
    def setupUi(self, ProductsPage):
        if not ProductsPage.objectName():
            ProductsPage.setObjectName(u"ProductsPage")
        ProductsPage.resize(1024, 560)
        self.pageLayout = QVBoxLayout(ProductsPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(24, 12, 24, 12)
        self.headingLayout = QHBoxLayout()
        self.headingLayout.setSpacing(16)
        self.headingLayout.setObjectName(u"headingLayout")
        self.headingLabel = QLabel(ProductsPage)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setProperty(u"role", u"heading")

        self.headingLayout.addWidget(self.headingLabel)

        self.vehicleLabel = QLabel(ProductsPage)
        self.vehicleLabel.setObjectName(u"vehicleLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.vehicleLabel.sizePolicy().hasHeightForWidth())
        self.vehicleLabel.setSizePolicy(sizePolicy)
        self.vehicleLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.vehicleLabel.setWordWrap(True)
        self.vehicleLabel.setProperty(u"role", u"hint")

        self.headingLayout.addWidget(self.vehicleLabel)


        self.pageLayout.addLayout(self.headingLayout)

        self.contentLayout = QHBoxLayout()
        self.contentLayout.setSpacing(16)
        self.contentLayout.setObjectName(u"contentLayout")
        self.browseLayout = QVBoxLayout()
        self.browseLayout.setSpacing(6)
        self.browseLayout.setObjectName(u"browseLayout")
        self.browseLabel = QLabel(ProductsPage)
        self.browseLabel.setObjectName(u"browseLabel")
        self.browseLabel.setProperty(u"role", u"subheading")

        self.browseLayout.addWidget(self.browseLabel)

        self.browseList = QListWidget(ProductsPage)
        self.browseList.setObjectName(u"browseList")
        self.browseList.setMinimumSize(QSize(230, 0))
        self.browseList.setMaximumSize(QSize(300, 16777215))
        self.browseList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browseList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.browseList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.browseList.setWordWrap(True)

        self.browseLayout.addWidget(self.browseList)


        self.contentLayout.addLayout(self.browseLayout)

        self.listLayout = QVBoxLayout()
        self.listLayout.setSpacing(8)
        self.listLayout.setObjectName(u"listLayout")
        self.searchEdit = QLineEdit(ProductsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.searchEdit)

        self.titleLayout = QHBoxLayout()
        self.titleLayout.setSpacing(12)
        self.titleLayout.setObjectName(u"titleLayout")
        self.listTitle = QLabel(ProductsPage)
        self.listTitle.setObjectName(u"listTitle")
        self.listTitle.setProperty(u"role", u"subheading")

        self.titleLayout.addWidget(self.listTitle)

        self.listHint = QLabel(ProductsPage)
        self.listHint.setObjectName(u"listHint")
        sizePolicy.setHeightForWidth(self.listHint.sizePolicy().hasHeightForWidth())
        self.listHint.setSizePolicy(sizePolicy)
        self.listHint.setProperty(u"role", u"hint")

        self.titleLayout.addWidget(self.listHint)


        self.listLayout.addLayout(self.titleLayout)

        self.bundleCard = QFrame(ProductsPage)
        self.bundleCard.setObjectName(u"bundleCard")
        self.bundleLayout = QHBoxLayout(self.bundleCard)
        self.bundleLayout.setSpacing(16)
        self.bundleLayout.setObjectName(u"bundleLayout")
        self.bundleLayout.setContentsMargins(14, 10, 14, 10)
        self.bundleTextLayout = QVBoxLayout()
        self.bundleTextLayout.setSpacing(2)
        self.bundleTextLayout.setObjectName(u"bundleTextLayout")
        self.bundleNameLabel = QLabel(self.bundleCard)
        self.bundleNameLabel.setObjectName(u"bundleNameLabel")
        self.bundleNameLabel.setProperty(u"role", u"value")

        self.bundleTextLayout.addWidget(self.bundleNameLabel)

        self.bundleDescriptionLabel = QLabel(self.bundleCard)
        self.bundleDescriptionLabel.setObjectName(u"bundleDescriptionLabel")
        self.bundleDescriptionLabel.setWordWrap(True)
        self.bundleDescriptionLabel.setProperty(u"role", u"hint")

        self.bundleTextLayout.addWidget(self.bundleDescriptionLabel)


        self.bundleLayout.addLayout(self.bundleTextLayout)

        self.bundleButton = QPushButton(self.bundleCard)
        self.bundleButton.setObjectName(u"bundleButton")

        self.bundleLayout.addWidget(self.bundleButton)

        self.bundleLayout.setStretch(0, 1)

        self.listLayout.addWidget(self.bundleCard)

        self.productList = ProductList(ProductsPage)
        self.productList.setObjectName(u"productList")

        self.listLayout.addWidget(self.productList)

        self.listLayout.setStretch(3, 1)

        self.contentLayout.addLayout(self.listLayout)

        self.contentLayout.setStretch(1, 1)

        self.pageLayout.addLayout(self.contentLayout)

        self.selectedStrip = SelectedStrip(ProductsPage)
        self.selectedStrip.setObjectName(u"selectedStrip")

        self.pageLayout.addWidget(self.selectedStrip)


        self.retranslateUi(ProductsPage)

        QMetaObject.connectSlotsByName(ProductsPage)
    # setupUi

    def retranslateUi(self, ProductsPage):
        pass
    # retranslateUi


<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ErrorDialog</name>
    <message numerus="yes">
        <source>%n errors happened.</source>
        <translation>
            <numerusform>%n error happened.</numerusform>
            <numerusform>%n errors happened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n tickets, the newest first.</source>
        <translation>
            <numerusform>%n ticket.</numerusform>
            <numerusform>%n tickets, the newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message numerus="yes">
        <source>%n services match “%1”</source>
        <translation>
            <numerusform>%n service matches “%1”</numerusform>
            <numerusform>%n services match “%1”</numerusform>
        </translation>
    </message>
</context>
</TS>

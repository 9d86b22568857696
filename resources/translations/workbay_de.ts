<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppHeader</name>
    <message>
        <source>Workbay remote diagnostics</source>
        <translation>Workbay Ferndiagnose</translation>
    </message>
    <message>
        <source>Remote diagnostics</source>
        <translation>Ferndiagnose</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>End the session on this computer</source>
        <translation>Sitzung an diesem Computer beenden</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Connector %1</source>
        <translation>Connector %1</translation>
    </message>
    <message>
        <source>Connector %1 is %2</source>
        <translation>Connector %1 ist %2</translation>
    </message>
</context>
<context>
    <name>AttentionBanner</name>
    <message>
        <source>The operator needs you at the car.</source>
        <translation>Der Operator braucht Sie am Fahrzeug.</translation>
    </message>
    <message>
        <source>Go to the car and follow the operator&apos;s instructions in the messages.</source>
        <translation>Gehen Sie zum Fahrzeug und folgen Sie den Anweisungen des Operators in den Nachrichten.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>I am at the car</source>
        <translation>Ich bin am Fahrzeug</translation>
    </message>
</context>
<context>
    <name>Blocker</name>
    <message>
        <source>Log in with a connector to continue.</source>
        <translation>Zum Fortfahren mit einem Connector anmelden.</translation>
    </message>
    <message>
        <source>Find the car by its VIN, or choose it by hand.</source>
        <translation>Fahrzeug über die FIN suchen oder manuell auswählen.</translation>
    </message>
    <message>
        <source>Correct the VIN, or choose the car by hand.</source>
        <translation>FIN korrigieren oder Fahrzeug manuell auswählen.</translation>
    </message>
    <message>
        <source>This car needs a DoIP connector.</source>
        <translation>Dieses Fahrzeug benötigt einen DoIP-Connector.</translation>
    </message>
    <message>
        <source>Choose at least one product.</source>
        <translation>Mindestens eine Leistung auswählen.</translation>
    </message>
    <message>
        <source>Loading the questions…</source>
        <translation>Fragen werden geladen …</translation>
    </message>
    <message>
        <source>Answer the required questions.</source>
        <translation>Pflichtfragen beantworten.</translation>
    </message>
    <message>
        <source>Correct the marked answers.</source>
        <translation>Markierte Antworten korrigieren.</translation>
    </message>
    <message>
        <source>Calculating the price…</source>
        <translation>Preis wird berechnet …</translation>
    </message>
    <message>
        <source>Updating the price…</source>
        <translation>Preis wird aktualisiert …</translation>
    </message>
    <message>
        <source>Confirm the unattended service.</source>
        <translation>Unbeaufsichtigte Ausführung bestätigen.</translation>
    </message>
    <message>
        <source>The service center is closed.</source>
        <translation>Das Servicecenter ist geschlossen.</translation>
    </message>
    <message>
        <source>The wallet does not cover the total.</source>
        <translation>Das Guthaben deckt den Gesamtbetrag nicht.</translation>
    </message>
    <message>
        <source>Remove or correct the voucher.</source>
        <translation>Gutschein entfernen oder korrigieren.</translation>
    </message>
    <message>
        <source>Create the ticket.</source>
        <translation>Ticket erstellen.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>No messages yet. The operator writes here when they start.</source>
        <translation>Noch keine Nachrichten. Der Operator schreibt hier, sobald er beginnt.</translation>
    </message>
    <message>
        <source>Messages with the operator</source>
        <translation>Nachrichten mit dem Operator</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>Original anzeigen</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Übersetzen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Workbay service</source>
        <translation>Workbay-Dienst</translation>
    </message>
    <message>
        <source>You asked the operator for attention</source>
        <translation>Sie haben beim Operator nachgefragt</translation>
    </message>
    <message>
        <source>The operator asked for your attention</source>
        <translation>Der Operator bittet um Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>%1 (translated)</source>
        <translation>%1 (übersetzt)</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Wird übersetzt …</translation>
    </message>
    <message>
        <source>Translated · </source>
        <translation>Übersetzt · </translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet …</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Attach</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Send photos or files. You can also drop files here or paste a picture.</source>
        <translation>Fotos oder Dateien senden. Sie können Dateien auch hierher ziehen oder ein Bild einfügen.</translation>
    </message>
    <message>
        <source>Attach photos or files</source>
        <translation>Fotos oder Dateien anhängen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Nachricht senden (Enter)</translation>
    </message>
    <message>
        <source>Write to the operator…</source>
        <translation>Nachricht schreiben …</translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line.</source>
        <translation>Enter sendet die Nachricht, Umschalt+Enter beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Drop the files here to send them to the operator</source>
        <translation>Dateien hier ablegen, um sie an den Operator zu senden</translation>
    </message>
    <message>
        <source>Message to the operator</source>
        <translation>Nachricht an den Operator</translation>
    </message>
    <message>
        <source>The operator has been quiet for a while.</source>
        <translation>Der Operator hat sich eine Weile nicht gemeldet.</translation>
    </message>
    <message>
        <source>Sends a signal to the operator&apos;s screen; it does not write a message.</source>
        <translation>Sendet ein Signal an den Bildschirm des Operators; es wird keine Nachricht geschrieben.</translation>
    </message>
    <message>
        <source>Ask the operator</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>This chat is closed.</source>
        <translation>Dieser Chat ist geschlossen.</translation>
    </message>
    <message>
        <source>Choose photos or files to send</source>
        <translation>Fotos oder Dateien zum Senden auswählen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
</context>
<context>
    <name>CsatPrompt</name>
    <message>
        <source>How did it go?</source>
        <translation>Wie ist es gelaufen?</translation>
    </message>
    <message>
        <source>Tell the service center how the remote diagnosis went. It takes a few seconds.</source>
        <translation>Sagen Sie dem Servicecenter, wie die Ferndiagnose gelaufen ist. Das dauert nur ein paar Sekunden.</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Nicht gut</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Geht so</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Anything to add? (optional)</source>
        <translation>Noch etwas zu ergänzen? (optional)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Keep my rating</source>
        <translation>Bewertung beibehalten</translation>
    </message>
    <message>
        <source>Thank you for your feedback</source>
        <translation>Vielen Dank für Ihre Rückmeldung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Change your rating or comment</source>
        <translation>Bewertung oder Kommentar ändern</translation>
    </message>
    <message>
        <source>You rated this ticket: %1</source>
        <translation>Ihre Bewertung: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters used</source>
        <translation>%1 von %2 Zeichen verwendet</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Workbay: unexpected error</source>
        <translation>Workbay: Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your work is saved.</source>
        <translation>Etwas Unerwartetes ist schiefgelaufen. Ihre Arbeit ist gespeichert.</translation>
    </message>
    <message>
        <source>You can carry on. If it happens again, copy the details and send them to support with what you were doing.</source>
        <translation>Sie können weiterarbeiten. Wenn es wieder passiert, kopieren Sie die Details und senden Sie sie mit einer kurzen Beschreibung Ihrer letzten Schritte an den Support.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message numerus="yes">
        <source>%n errors happened.</source>
        <translation>
            <numerusform>%n Fehler ist aufgetreten.</numerusform>
            <numerusform>%n Fehler sind aufgetreten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>Workbay cannot reach the diagnostics service. Check the network cable or Wi-Fi, then retry.</source>
        <translation>Workbay erreicht den Diagnosedienst nicht. Prüfen Sie Netzwerkkabel oder WLAN und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The diagnostics service is taking too long to answer. Retry in a moment.</source>
        <translation>Der Diagnosedienst antwortet zu langsam. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The diagnostics service had a problem. Nothing was lost: retry in a moment.</source>
        <translation>Beim Diagnosedienst ist ein Problem aufgetreten. Es ist nichts verloren: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The connector UUID or pincode is not correct. Check both on the connector&apos;s label.</source>
        <translation>Connector-UUID oder PIN ist falsch. Prüfen Sie beides auf dem Etikett des Connectors.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment, then try again.</source>
        <translation>Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again; your choices are kept.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an; Ihre Auswahl bleibt erhalten.</translation>
    </message>
    <message>
        <source>This connector is not allowed to do that. Ask your workshop administrator.</source>
        <translation>Dieser Connector ist dafür nicht freigegeben. Wenden Sie sich an den Administrator Ihrer Werkstatt.</translation>
    </message>
    <message>
        <source>The service does not know this item. Check what you entered.</source>
        <translation>Der Dienst kennt diesen Eintrag nicht. Prüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <source>The connector is offline. Check that it sits in the OBD port and the ignition is on.</source>
        <translation>Der Connector ist offline. Prüfen Sie, ob er in der OBD-Buchse steckt und die Zündung eingeschaltet ist.</translation>
    </message>
    <message>
        <source>This car needs a connector that supports DoIP. Use a DoIP connector for this car.</source>
        <translation>Dieses Fahrzeug benötigt einen Connector mit DoIP. Verwenden Sie für dieses Fahrzeug einen DoIP-Connector.</translation>
    </message>
    <message>
        <source>This connector already has an open ticket. Open it to follow the work.</source>
        <translation>Für diesen Connector gibt es bereits ein offenes Ticket. Öffnen Sie es, um die Arbeiten zu verfolgen.</translation>
    </message>
    <message>
        <source>The service center is closed right now, so no ticket can be created.</source>
        <translation>Das Servicecenter ist gerade geschlossen, daher kann kein Ticket erstellt werden.</translation>
    </message>
    <message>
        <source>The voucher was not accepted.</source>
        <translation>Der Gutschein wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The wallet balance does not cover this order. Top up the wallet or remove a product.</source>
        <translation>Das Guthaben reicht für diesen Auftrag nicht aus. Laden Sie das Guthaben auf oder entfernen Sie eine Leistung.</translation>
    </message>
    <message>
        <source>Confirm the unattended service on the price page before ordering.</source>
        <translation>Bestätigen Sie vor der Bestellung die unbeaufsichtigte Ausführung auf der Preisseite.</translation>
    </message>
    <message>
        <source>Some required questions are not answered. Go back to the questions page.</source>
        <translation>Einige Pflichtfragen sind nicht beantwortet. Gehen Sie zurück zur Seite mit den Fragen.</translation>
    </message>
    <message>
        <source>The prepared ticket can no longer be used. Continue without it.</source>
        <translation>Das vorbereitete Ticket kann nicht mehr verwendet werden. Fahren Sie ohne dieses Ticket fort.</translation>
    </message>
    <message>
        <source>This ticket is closed, so the chat no longer takes messages.</source>
        <translation>Dieses Ticket ist abgeschlossen; im Chat können keine Nachrichten mehr gesendet werden.</translation>
    </message>
    <message>
        <source>The file is too large to send.</source>
        <translation>Die Datei ist zu groß zum Senden.</translation>
    </message>
    <message>
        <source>This file cannot be sent: the chat takes photos and documents, not programs, scripts, folders or empty files.</source>
        <translation>Diese Datei kann nicht gesendet werden: Der Chat nimmt Fotos und Dokumente an, aber keine Programme, Skripte, Ordner oder leeren Dateien.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The diagnostics service refused the request. Retry; if it happens again, call support.</source>
        <translation>Der Diagnosedienst hat die Anfrage abgelehnt. Versuchen Sie es erneut; wenn es wieder passiert, rufen Sie den Support an.</translation>
    </message>
    <message>
        <source>“%1” is too large to send.</source>
        <translation>„%1“ ist zu groß zum Senden.</translation>
    </message>
    <message>
        <source>“%1” cannot be sent: the chat takes photos and documents, not programs, scripts, folders or empty files.</source>
        <translation>„%1“ kann nicht gesendet werden: Der Chat nimmt Fotos und Dokumente an, aber keine Programme, Skripte, Ordner oder leeren Dateien.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2, the largest file the chat takes. Send a smaller file.</source>
        <translation>„%1“ ist größer als %2, die maximale Dateigröße im Chat. Senden Sie eine kleinere Datei.</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing in it to send.</source>
        <translation>„%1“ ist leer: Es gibt nichts zu senden.</translation>
    </message>
    <message>
        <source>“%1” is a program or script, which the chat does not take. Send a photo, PDF or text file.</source>
        <translation>„%1“ ist ein Programm oder Skript; das nimmt der Chat nicht an. Senden Sie ein Foto, eine PDF- oder Textdatei.</translation>
    </message>
    <message>
        <source>“%1” is not a file that can be read. Choose the file again.</source>
        <translation>„%1“ lässt sich nicht lesen. Wählen Sie die Datei erneut aus.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Earlier tickets</source>
        <translation>Frühere Tickets</translation>
    </message>
    <message>
        <source>This vehicle</source>
        <translation>Dieses Fahrzeug</translation>
    </message>
    <message>
        <source>Every finished ticket of this VIN</source>
        <translation>Alle abgeschlossenen Tickets zu dieser FIN</translation>
    </message>
    <message>
        <source>This connector</source>
        <translation>Dieser Connector</translation>
    </message>
    <message>
        <source>Every finished ticket ordered through this connector, for any car</source>
        <translation>Alle abgeschlossenen Tickets dieses Connectors, für jedes Fahrzeug</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeiten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Looking for earlier tickets…</source>
        <translation>Frühere Tickets werden gesucht …</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Back to the earlier tickets (Esc)</source>
        <translation>Zurück zu den früheren Tickets (Esc)</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation>Kilometerstand</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Ihre Referenz</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>The server sent no product lines for this ticket.</source>
        <translation>Der Server hat zu diesem Ticket keine Positionen gesendet.</translation>
    </message>
    <message>
        <source>The operator&apos;s notes</source>
        <translation>Notizen des Operators</translation>
    </message>
    <message>
        <source>The operator left no notes on this ticket.</source>
        <translation>Der Operator hat zu diesem Ticket keine Notizen hinterlassen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The earlier tickets could not be loaded.</source>
        <translation>Die früheren Tickets konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No earlier tickets for this vehicle.</source>
        <translation>Keine früheren Tickets zu diesem Fahrzeug.</translation>
    </message>
    <message>
        <source>No earlier tickets for this connector.</source>
        <translation>Keine früheren Tickets zu diesem Connector.</translation>
    </message>
    <message>
        <source>Finished and cancelled tickets appear here.</source>
        <translation>Abgeschlossene und stornierte Tickets erscheinen hier.</translation>
    </message>
    <message>
        <source>The newest %1 tickets.</source>
        <translation>Die neuesten %1 Tickets.</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets, the newest first.</source>
        <translation>
            <numerusform>%n Ticket.</numerusform>
            <numerusform>%n Tickets, das neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets ordered through the connector you are logged in with, for any car.</source>
        <translation>Über den angemeldeten Connector bestellte Tickets, für alle Fahrzeuge.</translation>
    </message>
    <message>
        <source>VIN %1</source>
        <translation>FIN %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No products named</source>
        <translation>Keine Leistungen angegeben</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Abgeschlossen am %1</translation>
    </message>
    <message>
        <source>Click to see the products, the totals and the operator&apos;s notes.</source>
        <translation>Klicken, um Leistungen, Beträge und Notizen des Operators zu sehen.</translation>
    </message>
    <message>
        <source>Ticket %1 is not among the finished tickets.</source>
        <translation>Ticket %1 ist nicht unter den abgeschlossenen Tickets.</translation>
    </message>
    <message>
        <source>Ticket %1 could not be loaded.</source>
        <translation>Ticket %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Reading ticket %1…</source>
        <translation>Ticket %1 wird geladen …</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Sub-total</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation>Gutschein %1</translation>
    </message>
    <message>
        <source>OE service fee</source>
        <translation>OE-Servicegebühr</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Leistung %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>A file without a name</source>
        <translation>Datei ohne Namen</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>Your ticket</source>
        <translation>Ihr Ticket</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the ticket and its messages again</source>
        <translation type="vanished">Ticket und Nachrichten neu laden</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Ticketnummer</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Read the ticket, its messages and notes again now</source>
        <translation>Ticket, Nachrichten und Notizen jetzt neu laden</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>Earlier tickets of this vehicle and this connector</source>
        <translation>Frühere Tickets zu diesem Fahrzeug und diesem Connector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Ihre Referenz</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>The operator needs you at the car.</source>
        <translation>Der Operator braucht Sie am Fahrzeug.</translation>
    </message>
    <message>
        <source>%1 is a program or script, so Workbay does not open it. It is saved in %2.</source>
        <translation>%1 ist ein Programm oder Skript, daher öffnet Workbay es nicht. Die Datei ist in %2 gespeichert.</translation>
    </message>
    <message>
        <source>%1 is saved in %2; no program here opens it.</source>
        <translation>%1 ist in %2 gespeichert; kein Programm auf diesem Computer kann die Datei öffnen.</translation>
    </message>
    <message>
        <source>The operator&apos;s screen shows that you are waiting. They answer here in the chat.</source>
        <translation>Der Operator sieht auf seinem Bildschirm, dass Sie warten. Er antwortet hier im Chat.</translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>The work is finished. You can unplug the connector. Tell us how it went below.</source>
        <translation type="vanished">Die Arbeiten sind abgeschlossen. Sie können den Connector abziehen. Sagen Sie uns unten, wie es gelaufen ist.</translation>
    </message>
    <message>
        <source>This ticket was cancelled. You can unplug the connector.</source>
        <translation type="vanished">Dieses Ticket wurde storniert. Sie können den Connector abziehen.</translation>
    </message>
    <message>
        <source>The ticket is followed live; changes show here as they happen.</source>
        <translation type="vanished">Das Ticket wird live verfolgt; Änderungen erscheinen hier sofort.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="vanished">Wird geladen …</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Reading the ticket…</source>
        <translation>Ticket wird geladen …</translation>
    </message>
    <message>
        <source>This ticket has no chat.</source>
        <translation>Dieses Ticket hat keinen Chat.</translation>
    </message>
    <message>
        <source>The ticket is over; the chat is closed. Its messages stay here to read.</source>
        <translation>Das Ticket ist beendet und der Chat geschlossen. Die Nachrichten bleiben hier lesbar.</translation>
    </message>
    <message>
        <source>Your order is placed. Reading its state from the service…</source>
        <translation>Ihr Auftrag ist erteilt. Der Status wird abgefragt …</translation>
    </message>
    <message>
        <source>Your order is placed. An operator will pick it up shortly; keep the connector plugged in and the ignition on.</source>
        <translation type="vanished">Ihr Auftrag ist erteilt. Ein Operator übernimmt ihn in Kürze; lassen Sie den Connector eingesteckt und die Zündung eingeschaltet.</translation>
    </message>
    <message>
        <source>An operator is working on the car remotely. Keep the connector plugged in.</source>
        <translation type="vanished">Ein Operator arbeitet per Fernzugriff am Fahrzeug. Lassen Sie den Connector eingesteckt.</translation>
    </message>
    <message>
        <source>This ticket is over. You can unplug the connector.</source>
        <translation type="vanished">Dieses Ticket ist abgeschlossen. Sie können den Connector abziehen.</translation>
    </message>
    <message>
        <source>Press Refresh to read the newest state and messages.</source>
        <translation type="vanished">Mit „Aktualisieren“ laden Sie Status und Nachrichten neu.</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>Nachrichten werden geladen …</translation>
    </message>
    <message>
        <source>The messages could not be read just now. Press Refresh to try again.</source>
        <translation type="vanished">Die Nachrichten konnten gerade nicht geladen werden. Drücken Sie „Aktualisieren“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>No messages yet. The operator writes here when they start.</source>
        <translation type="vanished">Noch keine Nachrichten. Der Operator schreibt hier, sobald er beginnt.</translation>
    </message>
    <message>
        <source>Press Refresh to see new messages.</source>
        <translation type="vanished">Neue Nachrichten mit „Aktualisieren“ laden.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>You</source>
        <translation type="vanished">Sie</translation>
    </message>
    <message>
        <source>Workbay service</source>
        <translation>Workbay-Dienst</translation>
    </message>
    <message>
        <source>Sent a file: %1</source>
        <translation>Datei gesendet: %1</translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="vanished">heading</translation>
    </message>
    <message>
        <source>badge</source>
        <translation type="vanished">badge</translation>
    </message>
    <message>
        <source>hint</source>
        <translation type="vanished">hint</translation>
    </message>
    <message>
        <source>subheading</source>
        <translation type="vanished">subheading</translation>
    </message>
    <message>
        <source>value</source>
        <translation type="vanished">value</translation>
    </message>
    <message>
        <source>money</source>
        <translation type="vanished">money</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Logged in with connector %1. Press Next to continue, or log in with another connector.</source>
        <translation>Angemeldet mit Connector %1. Drücken Sie „Weiter“ oder melden Sie sich mit einem anderen Connector an.</translation>
    </message>
    <message>
        <source>Log in with your connector</source>
        <translation>Mit Ihrem Connector anmelden</translation>
    </message>
    <message>
        <source>Type or scan the UUID printed on the connector, then enter the connector&apos;s pincode.</source>
        <translation>Geben Sie die auf dem Connector aufgedruckte UUID ein oder scannen Sie sie. Geben Sie dann die PIN des Connectors ein.</translation>
    </message>
    <message>
        <source>Connector &amp;UUID</source>
        <translation>Connector-&amp;UUID</translation>
    </message>
    <message>
        <source>e.g. 03991f3a-26f3-…</source>
        <translation>z. B. 03991f3a-26f3-…</translation>
    </message>
    <message>
        <source>Connector UUID</source>
        <translation>Connector-UUID</translation>
    </message>
    <message>
        <source>&amp;Pincode</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Digits only</source>
        <translation>Nur Ziffern</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation>Ziffernblock</translation>
    </message>
    <message>
        <source>Show or hide the large number keys for touch screens</source>
        <translation>Große Zifferntasten für Touchscreens ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Remember this connector on this computer</source>
        <translation>Diesen Connector auf diesem Computer speichern</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>&amp;Einmalcode</translation>
    </message>
    <message>
        <source>The code you were given</source>
        <translation>Der Code, den Sie erhalten haben</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>Your service provider gives you a one-time code. It works once; Workbay does not keep it.</source>
        <translation>Ihr Dienstleister gibt Ihnen einen Einmalcode. Er gilt nur einmal; Workbay speichert ihn nicht.</translation>
    </message>
    <message>
        <source>Remembered connectors</source>
        <translation>Gespeicherte Connectors</translation>
    </message>
    <message>
        <source>Tap a connector to fill in its UUID, and its pincode when it is stored.</source>
        <translation>Tippen Sie auf einen Connector, um seine UUID einzutragen – und seine PIN, falls sie gespeichert ist.</translation>
    </message>
    <message>
        <source>Training connectors</source>
        <translation>Schulungs-Connectors</translation>
    </message>
    <message>
        <source>Sample connectors of the training server, to practise with. Nothing is really ordered.</source>
        <translation>Beispiel-Connectors des Schulungsservers zum Üben. Es wird nichts wirklich bestellt.</translation>
    </message>
    <message>
        <source>Enter the one-time code.</source>
        <translation>Geben Sie den Einmalcode ein.</translation>
    </message>
    <message>
        <source>Enter the connector&apos;s pincode.</source>
        <translation>Geben Sie die PIN des Connectors ein.</translation>
    </message>
    <message>
        <source>The connector is offline: plug it into the OBD port and switch the ignition on. You can continue choosing; ordering needs it online.</source>
        <translation>Der Connector ist offline: Stecken Sie ihn in die OBD-Buchse und schalten Sie die Zündung ein. Sie können weiter auswählen; zum Bestellen muss er online sein.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>Enter the connector&apos;s UUID: it is printed on the connector.</source>
        <translation>Geben Sie die UUID des Connectors ein: Sie ist auf den Connector aufgedruckt.</translation>
    </message>
    <message>
        <source>This is not a connector UUID. It has 32 digits and letters a to f, like 03991f3a-26f3-521a-913f-e5db77b27774.</source>
        <translation>Das ist keine Connector-UUID. Sie besteht aus 32 Ziffern und Buchstaben von a bis f, z. B. 03991f3a-26f3-521a-913f-e5db77b27774.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 is no longer remembered on this computer.</source>
        <translation>%1 ist auf diesem Computer nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>The only password store on this computer is not secure: Workbay will remember the connector but not its pincode.</source>
        <translation>Der einzige Passwortspeicher auf diesem Computer ist nicht sicher: Workbay speichert den Connector, aber nicht seine PIN.</translation>
    </message>
    <message>
        <source>The password store on this computer cannot be used: Workbay will remember the connector but not its pincode.</source>
        <translation>Der Passwortspeicher auf diesem Computer ist nicht nutzbar: Workbay speichert den Connector, aber nicht seine PIN.</translation>
    </message>
    <message>
        <source>No secure password store on this computer: Workbay will remember the connector but not its pincode.</source>
        <translation>Kein sicherer Passwortspeicher auf diesem Computer: Workbay speichert den Connector, aber nicht seine PIN.</translation>
    </message>
    <message>
        <source>%1… · pincode %2</source>
        <translation>%1… · PIN %2</translation>
    </message>
    <message>
        <source>The training server&apos;s sample connectors appear here as soon as it runs.</source>
        <translation>Die Beispiel-Connectors des Schulungsservers erscheinen hier, sobald er läuft.</translation>
    </message>
    <message>
        <source>Connecting to the diagnostics service…</source>
        <translation>Verbindung zum Diagnosedienst wird hergestellt …</translation>
    </message>
    <message>
        <source>Log in with UUID and pincode instead</source>
        <translation>Stattdessen mit UUID und PIN anmelden</translation>
    </message>
    <message>
        <source>Log in with a one-time code instead</source>
        <translation>Stattdessen mit Einmalcode anmelden</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>A pincode from the password store is not shown</source>
        <translation>Eine PIN aus dem Passwortspeicher wird nicht angezeigt</translation>
    </message>
    <message>
        <source>Hide the pincode</source>
        <translation>PIN verbergen</translation>
    </message>
    <message>
        <source>Show the pincode</source>
        <translation>PIN anzeigen</translation>
    </message>
    <message>
        <source>last used today at %1</source>
        <translation>zuletzt verwendet heute um %1</translation>
    </message>
    <message>
        <source>last used yesterday</source>
        <translation>zuletzt verwendet gestern</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>zuletzt verwendet am %1</translation>
    </message>
    <message>
        <source>pincode stored</source>
        <translation>PIN gespeichert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Starting the training server…</source>
        <translation>Schulungsserver wird gestartet …</translation>
    </message>
    <message>
        <source>SANDBOX — training server, no real orders</source>
        <translation>SANDBOX – Schulungsserver, keine echten Aufträge</translation>
    </message>
    <message>
        <source>Workbay runs its built-in training server: tickets created here are not real orders.</source>
        <translation>Workbay nutzt seinen eingebauten Schulungsserver: Hier erstellte Tickets sind keine echten Aufträge.</translation>
    </message>
    <message>
        <source>Follow the ticket</source>
        <translation>Ticket verfolgen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bitte warten …</translation>
    </message>
    <message>
        <source>Enter the connector&apos;s UUID and pincode.</source>
        <translation>Geben Sie UUID und PIN des Connectors ein.</translation>
    </message>
    <message>
        <source>Log in to continue</source>
        <translation>Zum Fortfahren anmelden</translation>
    </message>
    <message>
        <source>Log in with connector %1 to continue at %2.</source>
        <translation>Melden Sie sich mit Connector %1 an, um bei „%2“ fortzufahren.</translation>
    </message>
    <message>
        <source>Continue where you left off?</source>
        <translation>Dort weitermachen, wo Sie aufgehört haben?</translation>
    </message>
    <message>
        <source>%1 for %2, saved %3.</source>
        <translation>%1 für %2, gespeichert %3.</translation>
    </message>
    <message>
        <source>%1, saved %2.</source>
        <translation>%1, gespeichert %2.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Log out of this connector?</source>
        <translation>Von diesem Connector abmelden?</translation>
    </message>
    <message>
        <source>The order you are putting together is discarded. A ticket already created goes on.</source>
        <translation>Der Auftrag, den Sie gerade zusammenstellen, wird verworfen. Ein bereits erstelltes Ticket läuft weiter.</translation>
    </message>
    <message>
        <source>Stay logged in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>You are logged out. The order in progress was discarded.</source>
        <translation>Sie sind abgemeldet. Der begonnene Auftrag wurde verworfen.</translation>
    </message>
    <message>
        <source>You can log in as soon as the training server runs.</source>
        <translation>Sie können sich anmelden, sobald der Schulungsserver läuft.</translation>
    </message>
    <message>
        <source>Workbay</source>
        <translation>Workbay</translation>
    </message>
    <message>
        <source>subheading</source>
        <translation type="vanished">subheading</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>hint</source>
        <translation type="vanished">hint</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes from the operator</source>
        <translation>Notizen vom Operator</translation>
    </message>
    <message>
        <source>Reading the notes…</source>
        <translation>Notizen werden geladen …</translation>
    </message>
    <message>
        <source>The notes could not be read.</source>
        <translation>Die Notizen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No notes from the operator yet.</source>
        <translation>Noch keine Notizen vom Operator.</translation>
    </message>
    <message>
        <source>Time not known</source>
        <translation>Zeitpunkt unbekannt</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen …</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>New message from the operator</source>
        <translation>Neue Nachricht vom Operator</translation>
    </message>
    <message>
        <source>Open Workbay to read it.</source>
        <translation>Öffnen Sie Workbay, um sie zu lesen.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the pincode</source>
        <translation>PIN löschen</translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation>Ziffer %1</translation>
    </message>
</context>
<context>
    <name>PrerequisiteField</name>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>A number, e.g. 12 or 12.5</source>
        <translation>Eine Zahl, z. B. 12 oder 12,5</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Choose the services first: go back to the products page.</source>
        <translation>Wählen Sie zuerst die Leistungen aus: Gehen Sie zurück zur Seite „Leistungen“.</translation>
    </message>
    <message>
        <source>Before the work starts</source>
        <translation>Vor Arbeitsbeginn</translation>
    </message>
    <message>
        <source>The remote specialist needs these answers for the services you chose. Answer every question marked Required; the others help if you know them.</source>
        <translation>Der Remote-Spezialist benötigt diese Antworten für die gewählten Leistungen. Beantworten Sie jede mit „Pflicht“ markierte Frage; die übrigen helfen, wenn Sie die Antwort kennen.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Go to the first question that still needs an answer</source>
        <translation>Zur ersten noch offenen Frage springen</translation>
    </message>
    <message>
        <source>Required: not answered yet.</source>
        <translation>Pflichtfrage: noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>Enter a number, for example 12 or 12,5.</source>
        <translation>Geben Sie eine Zahl ein, zum Beispiel 12 oder 12,5.</translation>
    </message>
    <message>
        <source>Choose Yes or No.</source>
        <translation>Wählen Sie „Ja“ oder „Nein“.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Wählen Sie eine der Optionen.</translation>
    </message>
    <message>
        <source>This answer is not valid.</source>
        <translation>Diese Antwort ist ungültig.</translation>
    </message>
    <message>
        <source>Fetching the questions for these services…</source>
        <translation>Fragen zu diesen Leistungen werden geladen …</translation>
    </message>
    <message>
        <source>These services ask no questions. Press Next to see the price.</source>
        <translation>Zu diesen Leistungen gibt es keine Fragen. Drücken Sie „Weiter“, um den Preis zu sehen.</translation>
    </message>
    <message>
        <source>1 required answer missing</source>
        <translation>1 Pflichtantwort fehlt</translation>
    </message>
    <message>
        <source>%1 required answers missing</source>
        <translation>%1 Pflichtantworten fehlen</translation>
    </message>
    <message>
        <source>1 answer is not valid</source>
        <translation>1 Antwort ist ungültig</translation>
    </message>
    <message>
        <source>%1 answers are not valid</source>
        <translation>%1 Antworten sind ungültig</translation>
    </message>
    <message>
        <source>All required questions are answered.</source>
        <translation>Alle Pflichtfragen sind beantwortet.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Für: %1</translation>
    </message>
</context>
<context>
    <name>PricePage</name>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>Ihr Auftrag</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Gutschein</translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation>Gutscheincode</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the voucher</source>
        <translation>Gutschein entfernen</translation>
    </message>
    <message>
        <source>Prepaid wallet</source>
        <translation>Prepaid-Guthaben</translation>
    </message>
    <message>
        <source>Unattended service</source>
        <translation>Unbeaufsichtigte Ausführung</translation>
    </message>
    <message>
        <source>I confirm that this service may run unattended</source>
        <translation>Ich bestätige die unbeaufsichtigte Ausführung</translation>
    </message>
    <message>
        <source>%1 · VIN %2</source>
        <translation>%1 · FIN %2</translation>
    </message>
    <message>
        <source>Choose a car and at least one product to see the price.</source>
        <translation>Wählen Sie ein Fahrzeug und mindestens eine Leistung, um den Preis zu sehen.</translation>
    </message>
    <message>
        <source>The price could not be calculated. Retry, or go back and change the order.</source>
        <translation>Der Preis konnte nicht berechnet werden. Versuchen Sie es erneut oder gehen Sie zurück und ändern Sie den Auftrag.</translation>
    </message>
    <message>
        <source>Calculating the price…</source>
        <translation>Preis wird berechnet …</translation>
    </message>
    <message>
        <source>Have a voucher? Enter its code; the price updates as you type.</source>
        <translation>Sie haben einen Gutschein? Geben Sie den Code ein; der Preis passt sich sofort an.</translation>
    </message>
    <message>
        <source>Checking the voucher…</source>
        <translation>Gutschein wird geprüft …</translation>
    </message>
    <message>
        <source>The voucher was not accepted.</source>
        <translation>Der Gutschein wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Remove it or enter a valid one to continue. The price shown is without it.</source>
        <translation>Entfernen Sie ihn oder geben Sie einen gültigen ein, um fortzufahren. Der angezeigte Preis gilt ohne Gutschein.</translation>
    </message>
    <message>
        <source>%1 runs unattended: automatically, with no operator watching.</source>
        <translation>%1 läuft unbeaufsichtigt: automatisch, ohne dass ein Operator zusieht.</translation>
    </message>
    <message>
        <source>Some of these services run unattended: automatically, with no operator watching.</source>
        <translation>Einige dieser Leistungen laufen unbeaufsichtigt: automatisch, ohne dass ein Operator zusieht.</translation>
    </message>
    <message>
        <source>Keep the car connected, ignition on, until it has finished.</source>
        <translation>Connector eingesteckt und Zündung eingeschaltet lassen, bis alles abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Tick the box to continue.</source>
        <translation>Zum Fortfahren bitte das Häkchen setzen.</translation>
    </message>
    <message>
        <source>Checking the wallet…</source>
        <translation>Guthaben wird geprüft …</translation>
    </message>
    <message>
        <source>The wallet balance is not known.</source>
        <translation>Das Guthaben ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <source>This order is invoiced; the wallet is not charged.</source>
        <translation>Dieser Auftrag wird in Rechnung gestellt; das Guthaben wird nicht belastet.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The wallet balance (%1) does not cover the total (%2).</source>
        <translation>Das Guthaben (%1) deckt den Gesamtbetrag (%2) nicht.</translation>
    </message>
    <message>
        <source>Top up the wallet before ordering.</source>
        <translation>Laden Sie das Guthaben vor der Bestellung auf.</translation>
    </message>
    <message>
        <source>The service center is closed</source>
        <translation>Das Servicecenter ist geschlossen</translation>
    </message>
    <message>
        <source>It opens again at %1.</source>
        <translation>Wieder geöffnet ab %1.</translation>
    </message>
    <message>
        <source>No ticket can be created until it opens. Your choices are kept.</source>
        <translation>Bis dahin kann kein Ticket erstellt werden. Ihre Auswahl bleibt erhalten.</translation>
    </message>
    <message>
        <source>Tickets are scheduled</source>
        <translation>Tickets werden eingeplant</translation>
    </message>
    <message>
        <source>You can order now; the service center starts your ticket after %1.</source>
        <translation>Sie können jetzt bestellen; das Servicecenter bearbeitet Ihr Ticket ab %1.</translation>
    </message>
    <message>
        <source>You can order now; the service center starts your ticket later.</source>
        <translation>Sie können jetzt bestellen; das Servicecenter bearbeitet Ihr Ticket später.</translation>
    </message>
    <message>
        <source>Message from the service center</source>
        <translation>Nachricht vom Servicecenter</translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>Voucher %1 applied</source>
        <translation>Gutschein %1 eingelöst</translation>
    </message>
    <message>
        <source>Voucher %1: %2</source>
        <translation>Gutschein %1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>Sub-total</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>OE service fee</source>
        <translation>OE-Servicegebühr</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 Rabatt</translation>
    </message>
    <message>
        <source>plus OE service fee</source>
        <translation>zzgl. OE-Servicegebühr</translation>
    </message>
    <message>
        <source>runs unattended</source>
        <translation>läuft unbeaufsichtigt</translation>
    </message>
</context>
<context>
    <name>ProductRow</name>
    <message>
        <source>Choose this service</source>
        <translation>Diese Leistung auswählen</translation>
    </message>
    <message>
        <source>Unattended</source>
        <translation>Unbeaufsichtigt</translation>
    </message>
    <message>
        <source>Runs without an operator at the car</source>
        <translation>Läuft ohne Operator am Fahrzeug</translation>
    </message>
    <message>
        <source>Price on request</source>
        <translation>Preis auf Anfrage</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Details zu %1</translation>
    </message>
    <message>
        <source>No description given.</source>
        <translation>Keine Beschreibung vorhanden.</translation>
    </message>
    <message>
        <source>Unattended: the service runs on its own once ordered; nobody needs to stay at the car.</source>
        <translation>Unbeaufsichtigt: Die Leistung läuft nach der Bestellung selbstständig; niemand muss am Fahrzeug bleiben.</translation>
    </message>
    <message>
        <source>Attended: a remote specialist works on the car with you.</source>
        <translation>Begleitet: Ein Remote-Spezialist arbeitet gemeinsam mit Ihnen am Fahrzeug.</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <source>Item number: %1</source>
        <translation>Artikelnummer: %1</translation>
    </message>
    <message>
        <source>The price is calculated when you order.</source>
        <translation>Der Preis wird bei der Bestellung berechnet.</translation>
    </message>
    <message>
        <source>List price: %1</source>
        <translation>Listenpreis: %1</translation>
    </message>
    <message>
        <source>Your discount: %1</source>
        <translation>Ihr Rabatt: %1</translation>
    </message>
    <message>
        <source>You pay: %1</source>
        <translation>Sie zahlen: %1</translation>
    </message>
    <message>
        <source>Plus the car maker&apos;s online fee: %1</source>
        <translation>Zzgl. Online-Gebühr des Herstellers: %1</translation>
    </message>
    <message>
        <source>Remove %1 from your favourites</source>
        <translation>%1 aus den Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add %1 to your favourites</source>
        <translation>%1 zu den Favoriten hinzufügen</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Products</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Choose the car first: go back to the vehicle page.</source>
        <translation>Wählen Sie zuerst das Fahrzeug: Gehen Sie zurück zur Seite „Fahrzeug“.</translation>
    </message>
    <message>
        <source>The questions for these services could not be fetched.</source>
        <translation>Die Fragen zu diesen Leistungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Choose the services</source>
        <translation>Leistungen auswählen</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Search all services by name or description</source>
        <translation>Alle Leistungen nach Name oder Beschreibung durchsuchen</translation>
    </message>
    <message>
        <source>Search all services</source>
        <translation>Alle Leistungen durchsuchen</translation>
    </message>
    <message>
        <source>Favourites, groups and bundles</source>
        <translation>Favoriten, Gruppen und Pakete</translation>
    </message>
    <message>
        <source>Loading the services for this car…</source>
        <translation>Leistungen für dieses Fahrzeug werden geladen …</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Favourites (%1)</source>
        <translation>Favoriten (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Tap a star to keep a service here.</source>
        <translation>Mit dem Stern legen Sie Leistungen hier ab.</translation>
    </message>
    <message>
        <source>No favourites yet. Tap the star next to a service to keep it here.</source>
        <translation>Noch keine Favoriten. Tippen Sie auf den Stern neben einer Leistung, um sie hier abzulegen.</translation>
    </message>
    <message>
        <source>Loading the services…</source>
        <translation>Leistungen werden geladen …</translation>
    </message>
    <message>
        <source>This group has no services for this car.</source>
        <translation>Diese Gruppe enthält keine Leistungen für dieses Fahrzeug.</translation>
    </message>
    <message>
        <source>A bundle: services that belong together</source>
        <translation>Ein Paket: Leistungen, die zusammengehören</translation>
    </message>
    <message>
        <source>Included in the bundle</source>
        <translation>Im Paket enthalten</translation>
    </message>
    <message>
        <source>Optional: add what this car needs</source>
        <translation>Optional: Ergänzen Sie, was dieses Fahrzeug braucht</translation>
    </message>
    <message>
        <source>Optional, choice %1: add what this car needs</source>
        <translation>Optional, Auswahl %1: Ergänzen Sie, was dieses Fahrzeug braucht</translation>
    </message>
    <message>
        <source>This bundle has no services for this car.</source>
        <translation>Dieses Paket enthält keine Leistungen für dieses Fahrzeug.</translation>
    </message>
    <message>
        <source>Remove the bundle</source>
        <translation>Paket entfernen</translation>
    </message>
    <message>
        <source>Add the bundle</source>
        <translation>Paket hinzufügen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Loading every service to search…</source>
        <translation>Alle Leistungen werden für die Suche geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n services match “%1”</source>
        <translation>
            <numerusform>%n Leistung passt zu „%1“</numerusform>
            <numerusform>%n Leistungen passen zu „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>No service matches “%1”. Try another word, or clear the search to browse.</source>
        <translation>Keine Leistung passt zu „%1“. Versuchen Sie ein anderes Wort oder leeren Sie die Suche, um zur Übersicht zu gelangen.</translation>
    </message>
    <message>
        <source>For the %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <source>“%1” could not be added to your favourites.</source>
        <translation>„%1“ konnte nicht zu den Favoriten hinzugefügt werden.</translation>
    </message>
    <message>
        <source>“%1” could not be removed from your favourites.</source>
        <translation>„%1“ konnte nicht aus den Favoriten entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Resume</name>
    <message>
        <source>today at %1</source>
        <translation>heute um %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
</context>
<context>
    <name>SelectedStrip</name>
    <message>
        <source>Selected (%1)</source>
        <translation>Ausgewählt (%1)</translation>
    </message>
    <message>
        <source>Nothing chosen yet: tick the services the car needs.</source>
        <translation>Noch nichts ausgewählt: Haken Sie die Leistungen an, die das Fahrzeug braucht.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>This computer&apos;s storage cannot be written: a crash would lose the order in progress.</source>
        <translation>Der Speicher dieses Computers ist nicht beschreibbar: Bei einem Absturz ginge der begonnene Auftrag verloren.</translation>
    </message>
    <message>
        <source>The training server could not start. Retry; if it fails again, restart Workbay and send the log file to support.</source>
        <translation>Der Schulungsserver konnte nicht starten. Versuchen Sie es erneut; wenn es wieder fehlschlägt, starten Sie Workbay neu und senden Sie die Protokolldatei an den Support.</translation>
    </message>
    <message>
        <source>The training server stopped. Retry to start it again; your choices are kept.</source>
        <translation>Der Schulungsserver wurde beendet. Versuchen Sie es erneut, um ihn neu zu starten; Ihre Auswahl bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <source>Working…</source>
        <translation>Bitte warten …</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Live ticket</source>
        <translation>Live-Ticket</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Order steps</source>
        <translation>Bestellschritte</translation>
    </message>
    <message>
        <source>Go back to this step</source>
        <translation>Zurück zu diesem Schritt</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch offen</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Create the ticket</source>
        <translation>Ticket erstellen</translation>
    </message>
    <message>
        <source>Check the order, add your own reference if you like, then create the ticket.</source>
        <translation>Prüfen Sie den Auftrag, ergänzen Sie bei Bedarf Ihre eigene Referenz und erstellen Sie dann das Ticket.</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>Ihr Auftrag</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Your reference (optional)</source>
        <translation>Ihre Referenz (optional)</translation>
    </message>
    <message>
        <source>For example your job number or the licence plate</source>
        <translation>Zum Beispiel Ihre Auftragsnummer oder das Kennzeichen</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Ihre Referenz</translation>
    </message>
    <message>
        <source>What is wrong with the car? (optional)</source>
        <translation>Was fehlt dem Fahrzeug? (optional)</translation>
    </message>
    <message>
        <source>The complaint, the warning lights, and what you have already tried.</source>
        <translation>Die Beanstandung, die Warnleuchten und was Sie bereits versucht haben.</translation>
    </message>
    <message>
        <source>Description for the operator</source>
        <translation>Beschreibung für den Operator</translation>
    </message>
    <message>
        <source>The operator reads this first: it is sent as the first message of the ticket&apos;s chat.</source>
        <translation>Der Operator liest dies zuerst: Es wird als erste Nachricht im Chat des Tickets gesendet.</translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation>Ticket erstellen</translation>
    </message>
    <message>
        <source>Ticket %1 was created.</source>
        <translation>Ticket %1 wurde erstellt.</translation>
    </message>
    <message>
        <source>Your description could not be sent to the operator yet:</source>
        <translation>Ihre Beschreibung konnte noch nicht an den Operator gesendet werden:</translation>
    </message>
    <message>
        <source>Retry, or go on with Next and write it in the chat.</source>
        <translation>Versuchen Sie es erneut oder schreiben Sie sie nach „Weiter“ in den Chat.</translation>
    </message>
    <message>
        <source>Open the open ticket</source>
        <translation>Offenes Ticket öffnen</translation>
    </message>
    <message>
        <source>The open ticket is no longer open. Create this ticket again: nothing was ordered twice.</source>
        <translation>Das offene Ticket ist nicht mehr offen. Erstellen Sie dieses Ticket erneut: Es wurde nichts doppelt bestellt.</translation>
    </message>
    <message>
        <source>No car chosen</source>
        <translation>Kein Fahrzeug ausgewählt</translation>
    </message>
    <message>
        <source>VIN %1</source>
        <translation>FIN %1</translation>
    </message>
    <message>
        <source>%1 (read by the connector)</source>
        <translation>%1 (vom Connector gelesen)</translation>
    </message>
    <message>
        <source>No VIN</source>
        <translation>Keine FIN</translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation>Gutschein %1</translation>
    </message>
    <message>
        <source>Unattended service confirmed</source>
        <translation>Unbeaufsichtigte Ausführung bestätigt</translation>
    </message>
    <message>
        <source>From a prepared ticket</source>
        <translation>Aus einem vorbereiteten Ticket</translation>
    </message>
    <message>
        <source>Creating the ticket…</source>
        <translation>Ticket wird erstellt …</translation>
    </message>
    <message>
        <source>Sending your description to the operator…</source>
        <translation>Ihre Beschreibung wird an den Operator gesendet …</translation>
    </message>
    <message>
        <source>Ticket %1 created.</source>
        <translation>Ticket %1 erstellt.</translation>
    </message>
    <message>
        <source>The ticket needs the car&apos;s 17-character VIN. Go back to the car and enter it.</source>
        <translation>Für das Ticket wird die 17-stellige FIN des Fahrzeugs benötigt. Gehen Sie zurück zum Fahrzeug und geben Sie sie ein.</translation>
    </message>
    <message>
        <source>The price is not confirmed yet. Go back to the price page.</source>
        <translation>Der Preis ist noch nicht bestätigt. Gehen Sie zurück zur Preisseite.</translation>
    </message>
    <message>
        <source>Ticket created</source>
        <translation>Ticket erstellt</translation>
    </message>
</context>
<context>
    <name>TicketState</name>
    <message>
        <source>Prepared, not yet ordered</source>
        <translation>Vorbereitet, noch nicht bestellt</translation>
    </message>
    <message>
        <source>Waiting for an operator</source>
        <translation>Wartet auf einen Operator</translation>
    </message>
    <message>
        <source>An operator is working on it</source>
        <translation>Ein Operator bearbeitet es</translation>
    </message>
    <message>
        <source>With a specialist</source>
        <translation>Beim Spezialisten</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>State %1</source>
        <translation>Status %1</translation>
    </message>
</context>
<context>
    <name>TicketStatusPanel</name>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>until tomorrow, %1</source>
        <translation>bis morgen, %1</translation>
    </message>
    <message>
        <source>until %1, %2</source>
        <translation>bis %1, %2</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Gestern, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 V</source>
        <translation>%1 V</translation>
    </message>
    <message>
        <source>Connector in the car</source>
        <translation>Connector im Fahrzeug</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation>Verbindungsdetails</translation>
    </message>
    <message>
        <source>What the support desk may ask you for</source>
        <translation>Angaben, nach denen der Support fragen kann</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Script UI available</source>
        <translation>Skript-Oberfläche verfügbar</translation>
    </message>
    <message>
        <source>Autonomous</source>
        <translation>Autonom</translation>
    </message>
    <message>
        <source>Script running</source>
        <translation>Skript läuft</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Live-Aktualisierung</translation>
    </message>
    <message>
        <source>Reconnect attempt</source>
        <translation>Verbindungsversuch</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Reading the ticket…</source>
        <translation>Ticket wird geladen …</translation>
    </message>
    <message>
        <source>The ticket&apos;s state shows here as soon as it is read.</source>
        <translation>Der Status des Tickets erscheint hier, sobald er geladen ist.</translation>
    </message>
    <message>
        <source>Ticket state: %1</source>
        <translation>Ticketstatus: %1</translation>
    </message>
    <message>
        <source>The ticket is prepared but not ordered yet.</source>
        <translation>Das Ticket ist vorbereitet, aber noch nicht bestellt.</translation>
    </message>
    <message>
        <source>Your order is in the queue. An operator picks it up shortly: keep the connector plugged in and the ignition on.</source>
        <translation>Ihr Auftrag ist in der Warteschlange. Ein Operator übernimmt ihn in Kürze: Lassen Sie den Connector eingesteckt und die Zündung eingeschaltet.</translation>
    </message>
    <message>
        <source>An operator is working on the car remotely. Keep the connector plugged in and stay near the car.</source>
        <translation>Ein Operator arbeitet per Fernzugriff am Fahrzeug. Lassen Sie den Connector eingesteckt und bleiben Sie in der Nähe des Fahrzeugs.</translation>
    </message>
    <message>
        <source>The work continues as an unattended service. Keep the connector plugged in until the ticket is finished.</source>
        <translation>Die Arbeiten laufen als unbeaufsichtigte Ausführung weiter. Lassen Sie den Connector eingesteckt, bis das Ticket abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The operator has finished. You can unplug the connector.</source>
        <translation>Der Operator ist fertig. Sie können den Connector abziehen.</translation>
    </message>
    <message>
        <source>The ticket was cancelled. Reason: %1</source>
        <translation>Das Ticket wurde storniert. Grund: %1</translation>
    </message>
    <message>
        <source>The ticket was cancelled. Nothing more happens on it.</source>
        <translation>Das Ticket wurde storniert. Es wird nicht weiter bearbeitet.</translation>
    </message>
    <message>
        <source>The service reports a state this version of Workbay does not know. The operator can tell you more in the messages.</source>
        <translation>Der Dienst meldet einen Status, den diese Workbay-Version nicht kennt. Der Operator kann Ihnen in den Nachrichten mehr dazu sagen.</translation>
    </message>
    <message>
        <source>The service center is not taking new work right now. Your ticket keeps its place.</source>
        <translation>Das Servicecenter nimmt gerade keine neuen Aufträge an. Ihr Ticket behält seinen Platz.</translation>
    </message>
    <message>
        <source>Connector state not known yet</source>
        <translation>Connector-Status noch unbekannt</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Battery voltage not measured yet</source>
        <translation>Batteriespannung noch nicht gemessen</translation>
    </message>
    <message>
        <source>The car&apos;s battery voltage, measured by the connector</source>
        <translation>Batteriespannung des Fahrzeugs, vom Connector gemessen</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>The connector is offline. Check that it sits firmly in the OBD port and the ignition is on.</source>
        <translation>Der Connector ist offline. Prüfen Sie, ob er fest in der OBD-Buchse steckt und die Zündung eingeschaltet ist.</translation>
    </message>
    <message>
        <source>The battery is low (below %1). Connect a battery charger: control units can drop out during the diagnosis.</source>
        <translation>Die Batteriespannung ist niedrig (unter %1). Schließen Sie ein Ladegerät an: Sonst können während der Diagnose Steuergeräte ausfallen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Starting live updates; the ticket is read meanwhile</source>
        <translation>Live-Aktualisierung startet; bis dahin wird das Ticket abgefragt</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Live updates paused; checking every few seconds</source>
        <translation>Live-Aktualisierung unterbrochen; Abfrage alle paar Sekunden</translation>
    </message>
    <message>
        <source>Live updates off</source>
        <translation>Live-Aktualisierung aus</translation>
    </message>
    <message>
        <source>Live updates stopped; the ticket is still checked every few seconds</source>
        <translation>Live-Aktualisierung beendet; das Ticket wird weiterhin alle paar Sekunden abgefragt</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting, checking every few seconds</source>
        <translation>Verbindet neu; Abfrage alle paar Sekunden</translation>
    </message>
    <message>
        <source>Off, checking every few seconds</source>
        <translation>Aus, Abfrage alle paar Sekunden</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>UploadRow</name>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop sending %1</source>
        <translation>Senden von %1 stoppen</translation>
    </message>
    <message>
        <source>Cancel sending %1</source>
        <translation>Senden von %1 abbrechen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the message about %1</source>
        <translation>Meldung zu %1 schließen</translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation>%1 wird gesendet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>VehicleCascade</name>
    <message>
        <source>Choose the car by hand</source>
        <translation>Fahrzeug manuell auswählen</translation>
    </message>
    <message>
        <source>Choose the make, then the model group, the model and the variant. Type a few letters above a list to shorten it.</source>
        <translation>Wählen Sie die Marke, dann Modellreihe, Modell und Variante. Geben Sie über einer Liste einige Buchstaben ein, um sie einzugrenzen.</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Filter makes</source>
        <translation>Marken filtern</translation>
    </message>
    <message>
        <source>No makes to show.</source>
        <translation>Keine Marken vorhanden.</translation>
    </message>
    <message>
        <source>No make contains “%1”.</source>
        <translation>Keine Marke enthält „%1“.</translation>
    </message>
    <message>
        <source>Model group</source>
        <translation>Modellreihe</translation>
    </message>
    <message>
        <source>Filter model groups</source>
        <translation>Modellreihen filtern</translation>
    </message>
    <message>
        <source>Choose a make first.</source>
        <translation>Wählen Sie zuerst eine Marke.</translation>
    </message>
    <message>
        <source>No model group contains “%1”.</source>
        <translation>Keine Modellreihe enthält „%1“.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <source>Choose a model group first.</source>
        <translation>Wählen Sie zuerst eine Modellreihe.</translation>
    </message>
    <message>
        <source>No model contains “%1”.</source>
        <translation>Kein Modell enthält „%1“.</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Filter variants</source>
        <translation>Varianten filtern</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>No variant contains “%1”.</source>
        <translation>Keine Variante enthält „%1“.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Back to the VIN, keeping the car found before</source>
        <translation>Zurück zur FIN; das zuvor gefundene Fahrzeug bleibt erhalten</translation>
    </message>
    <message>
        <source>Use this car</source>
        <translation>Fahrzeug übernehmen</translation>
    </message>
    <message>
        <source>Loading the makes…</source>
        <translation>Marken werden geladen …</translation>
    </message>
    <message>
        <source>This make has no model groups.</source>
        <translation>Diese Marke hat keine Modellreihen.</translation>
    </message>
    <message>
        <source>This model group has no models.</source>
        <translation>Diese Modellreihe hat keine Modelle.</translation>
    </message>
    <message>
        <source>This model has no variants.</source>
        <translation>Dieses Modell hat keine Varianten.</translation>
    </message>
    <message>
        <source>Loading the model groups…</source>
        <translation>Modellreihen werden geladen …</translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation>Modelle werden geladen …</translation>
    </message>
    <message>
        <source>Loading the variants…</source>
        <translation>Varianten werden geladen …</translation>
    </message>
    <message>
        <source>No car chosen yet.</source>
        <translation>Noch kein Fahrzeug ausgewählt.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>So far: %1</source>
        <translation>Bisher: %1</translation>
    </message>
</context>
<context>
    <name>VehiclePage</name>
    <message>
        <source>Vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <source>Vehicle identification number (VIN)</source>
        <translation>Fahrgestellnummer (FIN)</translation>
    </message>
    <message>
        <source>Type or scan the 17 characters from the windscreen, the door pillar or the registration papers. Spaces and dashes are left out for you.</source>
        <translation>Geben Sie die 17 Zeichen von der Windschutzscheibe, der Türsäule oder aus den Fahrzeugpapieren ein oder scannen Sie sie. Leerzeichen und Bindestriche werden automatisch entfernt.</translation>
    </message>
    <message>
        <source>17 characters</source>
        <translation>17 Zeichen</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>The car</source>
        <translation>Das Fahrzeug</translation>
    </message>
    <message>
        <source>DoIP</source>
        <translation>DoIP</translation>
    </message>
    <message>
        <source>Diagnosed over Ethernet (DoIP): needs a DoIP-capable connector</source>
        <translation>Diagnose über Ethernet (DoIP): benötigt einen DoIP-fähigen Connector</translation>
    </message>
    <message>
        <source>Chosen by hand</source>
        <translation>Manuell ausgewählt</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Model group</source>
        <translation>Modellreihe</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Production years</source>
        <translation>Baujahre</translation>
    </message>
    <message>
        <source>Not this car?</source>
        <translation>Falsches Fahrzeug?</translation>
    </message>
    <message>
        <source>Choose the make, model and variant by hand</source>
        <translation>Marke, Modell und Variante manuell auswählen</translation>
    </message>
    <message>
        <source>Choose the car by hand</source>
        <translation>Fahrzeug manuell auswählen</translation>
    </message>
    <message>
        <source>This car needs a DoIP connector</source>
        <translation>Dieses Fahrzeug benötigt einen DoIP-Connector</translation>
    </message>
    <message>
        <source>This car is diagnosed over DoIP (Ethernet). The connector in this car does not support DoIP. Use a DoIP-capable connector for this car, or choose a different car if this one is wrong.</source>
        <translation>Dieses Fahrzeug wird über DoIP (Ethernet) diagnostiziert. Der Connector in diesem Fahrzeug unterstützt kein DoIP. Verwenden Sie einen DoIP-fähigen Connector oder wählen Sie ein anderes Fahrzeug, falls dieses falsch ist.</translation>
    </message>
    <message>
        <source>Prepared tickets</source>
        <translation>Vorbereitete Tickets</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Earlier tickets for this VIN</source>
        <translation>Frühere Tickets zu dieser FIN</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Every earlier ticket of this car and of this connector, with its products and totals</source>
        <translation>Alle früheren Tickets zu diesem Fahrzeug und diesem Connector, mit Leistungen und Beträgen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeiten</translation>
    </message>
    <message>
        <source>The prepared ticket chosen before has been used or withdrawn; it is no longer chosen.</source>
        <translation>Das zuvor gewählte vorbereitete Ticket wurde verwendet oder zurückgezogen; es ist nicht mehr ausgewählt.</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Read by the connector</source>
        <translation>Vom Connector gelesen</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Use the VIN the connector read: %1</source>
        <translation>Vom Connector gelesene FIN verwenden: %1</translation>
    </message>
    <message>
        <source>Characters that cannot be part of a VIN besides these: %1.</source>
        <translation>Weitere Zeichen, die in keiner FIN vorkommen: %1.</translation>
    </message>
    <message>
        <source>Type or scan the VIN.</source>
        <translation>FIN eingeben oder scannen.</translation>
    </message>
    <message>
        <source>A VIN has 17 characters; this one has %1. Remove %2.</source>
        <translation>Eine FIN hat 17 Zeichen, diese hat %1. Entfernen Sie %2.</translation>
    </message>
    <message>
        <source>The connector read only %1 characters. Type the VIN from the car; a VIN has 17.</source>
        <translation>Der Connector hat nur %1 Zeichen gelesen. Geben Sie die FIN vom Fahrzeug ein; eine FIN hat 17 Zeichen.</translation>
    </message>
    <message>
        <source>Characters still to type: %1.</source>
        <translation>Noch fehlende Zeichen: %1.</translation>
    </message>
    <message>
        <source>Position %1 is the letter %2, which no VIN contains. Is it a %3?</source>
        <translation>Stelle %1 ist der Buchstabe %2, der in keiner FIN vorkommt. Ist es eine %3?</translation>
    </message>
    <message>
        <source>Position %1 holds %2, which no VIN contains: only digits and the letters A to Z without I, O and Q.</source>
        <translation>An Stelle %1 steht %2; das kommt in keiner FIN vor. Erlaubt sind nur Ziffern und die Buchstaben A bis Z ohne I, O und Q.</translation>
    </message>
    <message>
        <source>The check digit (position 9) does not match. Many European cars have VINs like this; continue if the VIN is the one on the car.</source>
        <translation>Die Prüfziffer (Stelle 9) passt nicht. Das ist bei vielen europäischen Fahrzeugen so; fahren Sie fort, wenn die FIN mit der am Fahrzeug übereinstimmt.</translation>
    </message>
    <message>
        <source>No region of the world has VINs starting with %1: check the first character.</source>
        <translation>Keine Region der Welt vergibt FINs, die mit %1 beginnen: Prüfen Sie das erste Zeichen.</translation>
    </message>
    <message>
        <source>Looking up the car for this VIN…</source>
        <translation>Fahrzeug zu dieser FIN wird gesucht …</translation>
    </message>
    <message>
        <source>No car is known for this VIN. Compare it with the VIN on the car; if it is right, choose the car by hand.</source>
        <translation>Zu dieser FIN ist kein Fahrzeug bekannt. Vergleichen Sie sie mit der FIN am Fahrzeug; wenn sie stimmt, wählen Sie das Fahrzeug manuell aus.</translation>
    </message>
    <message>
        <source>The car could not be looked up. Retry, or choose the car by hand.</source>
        <translation>Die Fahrzeugsuche ist fehlgeschlagen. Versuchen Sie es erneut oder wählen Sie das Fahrzeug manuell aus.</translation>
    </message>
    <message>
        <source>The car is looked up as soon as the VIN is complete and correct.</source>
        <translation>Das Fahrzeug wird gesucht, sobald die FIN vollständig und korrekt ist.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Prepared tickets for the VIN appear here.</source>
        <translation>Vorbereitete Tickets zur FIN erscheinen hier.</translation>
    </message>
    <message>
        <source>Looking for prepared tickets…</source>
        <translation>Vorbereitete Tickets werden gesucht …</translation>
    </message>
    <message>
        <source>The prepared tickets could not be loaded.</source>
        <translation>Die vorbereiteten Tickets konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>No ticket was prepared for this car.</source>
        <translation>Für dieses Fahrzeug wurde kein Ticket vorbereitet.</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>Leistung %1</translation>
    </message>
    <message>
        <source>This ticket is used: %1.</source>
        <translation>Dieses Ticket wird verwendet: %1.</translation>
    </message>
    <message>
        <source>A ticket was prepared for this car: %1.</source>
        <translation>Ticket für dieses Fahrzeug: %1.</translation>
    </message>
    <message>
        <source>It was prepared for another variant of this model.</source>
        <translation>Es wurde für eine andere Variante dieses Modells vorbereitet.</translation>
    </message>
    <message>
        <source>Don&apos;t use it</source>
        <translation>Nicht verwenden</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>No earlier tickets for this VIN.</source>
        <translation>Keine früheren Tickets zu dieser FIN.</translation>
    </message>
    <message>
        <source>The newest %1 of %2 tickets.</source>
        <translation>Die neuesten %1 von %2 Tickets.</translation>
    </message>
    <message>
        <source>Earlier tickets for the VIN appear here.</source>
        <translation>Frühere Tickets zur FIN erscheinen hier.</translation>
    </message>
    <message>
        <source>Looking for earlier tickets…</source>
        <translation>Frühere Tickets werden gesucht …</translation>
    </message>
    <message>
        <source>The earlier tickets could not be loaded.</source>
        <translation>Die früheren Tickets konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>%1 (reference: %2)</source>
        <translation>%1 (Referenz: %2)</translation>
    </message>
    <message>
        <source>Click for the products, the totals and the operator&apos;s notes.</source>
        <translation>Klicken für Leistungen, Beträge und Notizen des Operators.</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>With a specialist</source>
        <translation>Beim Spezialisten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>State %1</source>
        <translation>Status %1</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Prepared, not yet ordered</source>
        <translation type="vanished">Vorbereitet, noch nicht bestellt</translation>
    </message>
    <message>
        <source>Waiting for an operator</source>
        <translation type="vanished">Wartet auf einen Operator</translation>
    </message>
    <message>
        <source>An operator is working on it</source>
        <translation type="vanished">Ein Operator bearbeitet es</translation>
    </message>
    <message>
        <source>With a specialist</source>
        <translation type="vanished">Beim Spezialisten</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="vanished">Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="vanished">Storniert</translation>
    </message>
    <message>
        <source>State %1</source>
        <translation type="vanished">Status %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="vanished">Operator</translation>
    </message>
    <message>
        <source>Workbay service</source>
        <translation type="vanished">Workbay-Dienst</translation>
    </message>
    <message>
        <source>Sent a file: %1</source>
        <translation type="vanished">Datei gesendet: %1</translation>
    </message>
</context>
</TS>

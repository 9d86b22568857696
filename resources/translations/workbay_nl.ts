<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppHeader</name>
    <message>
        <source>Workbay remote diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionBanner</name>
    <message>
        <source>The operator needs you at the car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the car and follow the operator&apos;s instructions in the messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am at the car</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Blocker</name>
    <message>
        <source>Log in with a connector to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the car by its VIN, or choose it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the VIN, or choose the car by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This car needs a DoIP connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the required questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating the price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the unattended service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service center is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet does not cover the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or correct the voucher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>No messages yet. The operator writes here when they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages with the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbay service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked the operator for attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator asked for your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (translated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send photos or files. You can also drop files here or paste a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach photos or files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the files here to send them to the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator has been quiet for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a signal to the operator&apos;s screen; it does not write a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chat is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose photos or files to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsatPrompt</name>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the service center how the remote diagnosis went. It takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to add? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your rating or comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rated this ticket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Workbay: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your work is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can carry on. If it happens again, copy the details and send them to support with what you were doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n errors happened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>Workbay cannot reach the diagnostics service. Check the network cable or Wi-Fi, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostics service is taking too long to answer. Retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostics service had a problem. Nothing was lost: retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector UUID or pincode is not correct. Check both on the connector&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Log in again; your choices are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connector is not allowed to do that. Ask your workshop administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not know this item. Check what you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector is offline. Check that it sits in the OBD port and the ignition is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This car needs a connector that supports DoIP. Use a DoIP connector for this car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connector already has an open ticket. Open it to follow the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service center is closed right now, so no ticket can be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet balance does not cover this order. Top up the wallet or remove a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the unattended service on the price page before ordering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some required questions are not answered. Go back to the questions page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prepared ticket can no longer be used. Continue without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is closed, so the chat no longer takes messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be sent: the chat takes photos and documents, not programs, scripts, folders or empty files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostics service refused the request. Retry; if it happens again, call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be sent: the chat takes photos and documents, not programs, scripts, folders or empty files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2, the largest file the chat takes. Send a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing in it to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a program or script, which the chat does not take. Send a photo, PDF or text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file that can be read. Choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Earlier tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every finished ticket of this VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every finished ticket ordered through this connector, for any car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for earlier tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the earlier tickets (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no product lines for this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator left no notes on this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier tickets could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier tickets for this vehicle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier tickets for this connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished and cancelled tickets appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tickets, the newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tickets ordered through the connector you are logged in with, for any car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see the products, the totals and the operator&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not among the finished tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ticket %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OE service fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file without a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>Your ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the ticket, its messages and notes again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier tickets of this vehicle and this connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator needs you at the car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a program or script, so Workbay does not open it. It is saved in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved in %2; no program here opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator&apos;s screen shows that you are waiting. They answer here in the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbay service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent a file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket has no chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is over; the chat is closed. Its messages stay here to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order is placed. Reading its state from the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in with connector %1. Press Next to continue, or log in with another connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the UUID printed on the connector, then enter the connector&apos;s pincode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector &amp;UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 03991f3a-26f3-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the large number keys for touch screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this connector on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code you were given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your service provider gives you a one-time code. It works once; Workbay does not keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembered connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a connector to fill in its UUID, and its pincode when it is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample connectors of the training server, to practise with. Nothing is really ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the connector&apos;s pincode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector is offline: plug it into the OBD port and switch the ignition on. You can continue choosing; ordering needs it online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the connector&apos;s UUID: it is printed on the connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a connector UUID. It has 32 digits and letters a to f, like 03991f3a-26f3-521a-913f-e5db77b27774.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pincode stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only password store on this computer is not secure: Workbay will remember the connector but not its pincode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password store on this computer cannot be used: Workbay will remember the connector but not its pincode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure password store on this computer: Workbay will remember the connector but not its pincode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… · pincode %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training server&apos;s sample connectors appear here as soon as it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the diagnostics service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with UUID and pincode instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with a one-time code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pincode from the password store is not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last used today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last used yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Starting the training server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX — training server, no real orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbay runs its built-in training server: tickets created here are not real orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the connector&apos;s UUID and pincode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with connector %1 to continue at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where you left off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2, saved %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, saved %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of this connector?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order you are putting together is discarded. A ticket already created goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are logged out. The order in progress was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can log in as soon as the training server runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Notes from the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes from the operator yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>New message from the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workbay to read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrerequisiteField</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, e.g. 12 or 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the services first: go back to the products page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the work starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote specialist needs these answers for the services you chose. Answer every question marked Required; the others help if you know them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first question that still needs an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, for example 12 or 12,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Yes or No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the questions for these services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These services ask no questions. Press Next to see the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 required answer missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 required answers missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 answer is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers are not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All required questions are answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricePage</name>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepaid wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattended service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm that this service may run unattended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · VIN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a car and at least one product to see the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price could not be calculated. Retry, or go back and change the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating the price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have a voucher? Enter its code; the price updates as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the voucher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it or enter a valid one to continue. The price shown is without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs unattended: automatically, with no operator watching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of these services run unattended: automatically, with no operator watching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the car connected, ignition on, until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet balance is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is invoiced; the wallet is not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet balance (%1) does not cover the total (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up the wallet before ordering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service center is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket can be created until it opens. Your choices are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets are scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can order now; the service center starts your ticket after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can order now; the service center starts your ticket later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from the service center</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>Voucher %1 applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OE service fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plus OE service fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs unattended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductRow</name>
    <message>
        <source>Choose this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs without an operator at the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattended: the service runs on its own once ordered; nobody needs to stay at the car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended: a remote specialist works on the car with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is calculated when you order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your discount: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You pay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus the car maker&apos;s online fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from your favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to your favourites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the car first: go back to the vehicle page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions for these services could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all services by name or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites, groups and bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the services for this car…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a star to keep a service here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No favourites yet. Tap the star next to a service to keep it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This group has no services for this car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle: services that belong together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: add what this car needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, choice %1: add what this car needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle has no services for this car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading every service to search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n services match “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No service matches “%1”. Try another word, or clear the search to browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be added to your favourites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be removed from your favourites.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resume</name>
    <message>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectedStrip</name>
    <message>
        <source>Selected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing chosen yet: tick the services the car needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>This computer&apos;s storage cannot be written: a crash would lose the order in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training server could not start. Retry; if it fails again, restart Workbay and send the log file to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training server stopped. Retry to start it again; your choices are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Order steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the order, add your own reference if you like, then create the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example your job number or the licence plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with the car? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint, the warning lights, and what you have already tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description for the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator reads this first: it is sent as the first message of the ticket&apos;s chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your description could not be sent to the operator yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry, or go on with Next and write it in the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the open ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open ticket is no longer open. Create this ticket again: nothing was ordered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No car chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read by the connector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattended service confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a prepared ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your description to the operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket needs the car&apos;s 17-character VIN. Go back to the car and enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is not confirmed yet. Go back to the price page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketState</name>
    <message>
        <source>Prepared, not yet ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator is working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStatusPanel</name>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until tomorrow, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector in the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the support desk may ask you for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script UI available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket&apos;s state shows here as soon as it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is prepared but not ordered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order is in the queue. An operator picks it up shortly: keep the connector plugged in and the ignition on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operator is working on the car remotely. Keep the connector plugged in and stay near the car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work continues as an unattended service. Keep the connector plugged in until the ticket is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator has finished. You can unplug the connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was cancelled. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was cancelled. Nothing more happens on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service reports a state this version of Workbay does not know. The operator can tell you more in the messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service center is not taking new work right now. Your ticket keeps its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector state not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery voltage not measured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car&apos;s battery voltage, measured by the connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector is offline. Check that it sits firmly in the OBD port and the ignition is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The battery is low (below %1). Connect a battery charger: control units can drop out during the diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting live updates; the ticket is read meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates paused; checking every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates stopped; the ticket is still checked every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting, checking every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off, checking every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadRow</name>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleCascade</name>
    <message>
        <source>Choose the car by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the make, then the model group, the model and the variant. Type a few letters above a list to shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No makes to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No make contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter model groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a make first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model group contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model group first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No variant contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the VIN, keeping the car found before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the makes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This make has no model groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model group has no models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no variants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the variants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No car chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehiclePage</name>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle identification number (VIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the 17 characters from the windscreen, the door pillar or the registration papers. Spaces and dashes are left out for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>17 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DoIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosed over Ethernet (DoIP): needs a DoIP-capable connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this car?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the make, model and variant by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the car by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This car needs a DoIP connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This car is diagnosed over DoIP (Ethernet). The connector in this car does not support DoIP. Use a DoIP-capable connector for this car, or choose a different car if this one is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier tickets for this VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every earlier ticket of this car and of this connector, with its products and totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prepared ticket chosen before has been used or withdrawn; it is no longer chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by the connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the VIN the connector read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters that cannot be part of a VIN besides these: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the VIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN has 17 characters; this one has %1. Remove %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connector read only %1 characters. Type the VIN from the car; a VIN has 17.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters still to type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1 is the letter %2, which no VIN contains. Is it a %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1 holds %2, which no VIN contains: only digits and the letters A to Z without I, O and Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit (position 9) does not match. Many European cars have VINs like this; continue if the VIN is the one on the car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region of the world has VINs starting with %1: check the first character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the car for this VIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No car is known for this VIN. Compare it with the VIN on the car; if it is right, choose the car by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car could not be looked up. Retry, or choose the car by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car is looked up as soon as the VIN is complete and correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared tickets for the VIN appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for prepared tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prepared tickets could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket was prepared for this car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket was prepared for this car: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was prepared for another variant of this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier tickets for this VIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 of %2 tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier tickets for the VIN appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for earlier tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier tickets could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reference: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for the products, the totals and the operator&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

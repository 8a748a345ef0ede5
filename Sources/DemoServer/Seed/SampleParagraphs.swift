/// Pools of body text the sample messages combine; a seed picks from each.
enum SampleParagraphs {
    static let complaints = [
        "I ordered on Monday and the tracking page still says <i>label created</i>. Could you check what is going on?",
        "The invoice I received lists the wrong billing address, and our accounting team cannot book it like this.",
        "After the last update the device restarts every few minutes. I already tried a factory reset.",
        "The parcel arrived today but the box was crushed and one item is broken.",
        "Ich habe die Bestellung storniert, aber der Betrag wurde trotzdem abgebucht. Bitte um Erstattung.",
        "注文した商品がまだ届いていません。配送状況を確認していただけますか？よろしくお願いします。",
        "I love the product 😍 but the size runs small — can I swap it for a larger one? 🙏",
        "Je n'arrive pas à me connecter depuis hier soir ; le lien de réinitialisation a expiré.",
        "Our finance department needs the invoice to show our PO number before they can pay it.",
        "Na fakturze brakuje numeru NIP naszej firmy. Czy możecie wystawić korektę?",
    ]

    static let details = [
        "<ul><li>Order date: last week</li><li>Payment: credit card</li><li>Delivery: standard</li></ul>",
        "<ol><li>Open the app</li><li>Go to <b>Settings</b></li><li>It crashes immediately</li></ol>",
        "You can see the photos here: <a href=\"https://photos.example/album/8f3a\">https://photos.example/album/8f3a</a>",
        "<table border=\"1\" cellpadding=\"4\"><tr><th>Item</th><th>Qty</th><th>Price</th></tr><tr><td>Trail jacket</td><td>1</td><td>€ 189,00</td></tr><tr><td>Wool socks</td><td>3</td><td>€ 14,97</td></tr></table>",
        "Model: SK-4000, serial 7741-ÄÖÜ-0093, firmware 2.3.1",
        "My customer number is in the signature below, in case you need it.",
    ]

    static let closings = ["Kind regards,", "Best,", "Thanks in advance!", "Mit freundlichen Grüßen", "よろしくお願いいたします。", "Cheers 🙂"]

    static let agentAnswers = [
        "Thank you for reaching out. I have checked your order and it left our warehouse yesterday; you should receive it within two working days.",
        "I am sorry for the trouble. I have issued a refund; it will show on your statement within 5–7 business days.",
        "I have attached a corrected invoice with your PO number. Please let me know if anything else is missing.",
        "Could you send us a photo of the damage and the label on the box? Then we can arrange a replacement right away.",
        "Our technical team found the cause: please update to firmware 2.3.2, which fixes the restarts.",
        "Sie erhalten die Erstattung in den nächsten Tagen. Entschuldigen Sie die Unannehmlichkeiten.",
    ]

    static let notes = [
        "Customer called twice already — please prioritise.",
        "Checked with the warehouse: parcel is at the depot, carrier will deliver tomorrow.",
        "Refund approved by finance, reference RF-2291.",
        "Possible duplicate of another ticket from the same customer; merged nothing yet.",
        "Known issue with firmware 2.3.1, see the internal wiki page on SK-4000.",
        "VIP customer ⭐ — offer free express shipping on the replacement.",
    ]
}

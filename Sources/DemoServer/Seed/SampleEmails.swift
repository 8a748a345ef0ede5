/// Renders a seeded timeline body as the HTML a real mail client would have sent:
/// Outlook (MsoNormal, conditional comments, `<o:p>`), Gmail (`div dir="ltr"`, gmail_quote),
/// Apple Mail (`blockquote type="cite"`), plain-ish text, agent replies and notes.
///
/// Pure: the same template, seed and context give the same HTML, so nothing is stored.
enum SampleEmails {
    static func render(_ template: EmailTemplate, seed: Int, context: EmailContext) -> String {
        var random = SeededRandom(seed: UInt64(bitPattern: Int64(seed)))
        let complaint = random.pick(SampleParagraphs.complaints)
        let detail = random.pick(SampleParagraphs.details)
        let closing = random.pick(SampleParagraphs.closings)
        let customer = escape(context.customerName)
        let agent = escape(context.agentName)
        let brand = escape(context.brandName)
        switch template {
        case .outlook:
            return """
                <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\
                <style><!-- p.MsoNormal {margin:0cm; font-family:"Calibri",sans-serif;} --></style>\
                <!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]--></head>\
                <body lang="EN-GB" link="#0563C1"><div class="WordSection1">\
                <p class="MsoNormal">Hello \(brand) team,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>\
                <p class="MsoNormal">\(complaint)<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>\
                <div>\(detail)</div><p class="MsoNormal">\(closing)<o:p></o:p></p>\
                <p class="MsoNormal"><b><span style="color:#1F3864">\(customer)</span></b><o:p></o:p></p>\
                </div></body></html>
                """
        case .gmail:
            return """
                <div dir="ltr"><div>Hi,</div><div><br></div><div>\(complaint)</div><div><br></div>\
                <div>\(detail)</div><div><br></div><div>\(closing)<br>\(customer)</div></div>
                """
        case .appleMail:
            return """
                <html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>\
                <body style="word-wrap: break-word; -webkit-nbsp-mode: space;" dir="auto">\
                <div>\(complaint)</div><div><br></div><div>\(detail)</div><div><br></div>\
                <div>\(closing)</div><div>\(customer)</div><div><br><div dir="ltr">Sent from my iPhone</div></div></body></html>
                """
        case .plain:
            return "<p>\(complaint)</p><p>\(detail)</p><p>\(closing)<br>\(customer)</p>"
        case .agentReply:
            let answer = random.pick(SampleParagraphs.agentAnswers)
            return "<p>Dear \(customer),</p><p>\(answer)</p><p>Best regards,<br>\(agent)<br>\(brand)</p>"
        case .note:
            return "<p>\(random.pick(SampleParagraphs.notes))</p>"
        case .customerFollowUp:
            let answer = random.pick(SampleParagraphs.agentAnswers)
            let quote = random.chance(0.5)
                ? """
                <div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, \(agent) &lt;support@desk.example&gt; wrote:<br></div>\
                <blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\
                <p>Dear \(customer),</p><p>\(answer)</p></blockquote></div>
                """
                : """
                <div><br><blockquote type="cite"><div>On Monday, \(agent) wrote:</div><br>\
                <div><p>\(answer)</p></div></blockquote></div>
                """
            return "<div dir=\"ltr\">Thanks — but it still isn't solved. \(random.pick(SampleParagraphs.complaints))</div><br>\(quote)"
        case .chatTranscript:
            return """
                <p><b>\(customer):</b> hi, quick question about &quot;\(escape(context.title))&quot;</p>\
                <p><b>\(agent):</b> Hello! Happy to help 👋</p><p><b>\(customer):</b> \(complaint)</p>
                """
        case .callSummary:
            return "<p>Phone call with \(customer) (4 min).</p><p>\(complaint)</p><p>Promised a call back.</p>"
        }
    }

    /// Escapes the characters that would change the HTML's structure.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}

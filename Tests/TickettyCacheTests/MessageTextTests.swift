import Testing

@testable import TickettyCache

@Suite struct MessageTextTests {
    @Test func tagsBecomeSpacesAndEntitiesTheirCharacters() {
        #expect(MessageText.stripTags("<p>a<br/>b</p>") == " a b ")
        #expect(MessageText.stripTags("Tom &amp; Jerry &lt;3 &#233;t&#xE9; &nbsp;") == "Tom & Jerry <3 été  ")
    }

    @Test func textThatOnlyLooksLikeAnEntityIsKept() {
        #expect(MessageText.stripTags("AT&T & co; R&D<b>x") == "AT&T & co; R&D x")
        #expect(MessageText.stripTags("&bogus; &#99999999; &") == "&bogus; &#99999999; &")
        #expect(MessageText.stripTags("unclosed <tag and more") == "unclosed  ")
    }
}

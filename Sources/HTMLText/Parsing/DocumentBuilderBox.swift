/// Holds the builder while libxml2 calls back with an opaque pointer to it.
final class DocumentBuilderBox {
    var builder: DocumentBuilder

    init(_ builder: DocumentBuilder) {
        self.builder = builder
    }
}

/// libxml2's parsing cost on its own, for benchmarks that put the renderer's figures in context.
///
/// Not for the app: `import HTMLText` does not see it without `@_spi(Benchmark)`.
@_spi(Benchmark)
public enum ParsingBaseline {
    /// Runs libxml2's HTML parser over `data` with no callbacks, as the renderer would decode it.
    public static func parse(data: [UInt8], charset: String? = nil) {
        data.withUnsafeBufferPointer { bytes in
            HTMLSAXParser.parseOnly(bytes, encoding: CharsetDetection.encoding(for: bytes, declared: charset))
        }
    }
}

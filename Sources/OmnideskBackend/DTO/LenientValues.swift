import Foundation

/// Decoders that take whatever shape Omnidesk sends for a field and never throw.
///
/// The vendor's own example mixes `"id": 858462` with `"id": "3143281"`, sends `null` nearly
/// everywhere and `tags` as `""`. A field that cannot be read becomes nil, so one odd value
/// does not cost the whole ticket (or the whole page).

/// An integer sent as a number, a numeric string or an integral float.
struct LenientInt: Decodable, Sendable {
    let value: Int?

    init(from decoder: any Decoder) {
        guard let container = try? decoder.singleValueContainer(), !container.decodeNil() else {
            value = nil
            return
        }
        if let int = try? container.decode(Int.self) {
            value = int
        } else if let double = try? container.decode(Double.self), double.isFinite,
            double == double.rounded(), abs(double) < 9.0e15
        {
            value = Int(double)
        } else if let text = try? container.decode(String.self) {
            value = Int(text.trimmingCharacters(in: [" ", "\t", "\n", "\r"]))
        } else {
            value = nil
        }
    }
}

/// Text sent as a string, or a number or boolean that should have been one.
struct LenientString: Decodable, Sendable {
    let value: String?

    init(from decoder: any Decoder) {
        guard let container = try? decoder.singleValueContainer(), !container.decodeNil() else {
            value = nil
            return
        }
        if let text = try? container.decode(String.self) {
            value = text
        } else if let int = try? container.decode(Int.self) {
            value = String(int)
        } else if let double = try? container.decode(Double.self) {
            value = String(double)
        } else if let bool = try? container.decode(Bool.self) {
            value = String(bool)
        } else {
            value = nil
        }
    }
}

/// Tags sent as `""`, `"a,b"`, `["a","b"]` or `[{"name":"a"}]`; anything else is no tags.
struct LenientTags: Decodable, Sendable {
    let value: [String]

    private struct NamedTag: Decodable {
        let name: LenientString?
    }

    private enum Element: Decodable {
        case text(String)
        case none

        init(from decoder: any Decoder) {
            if let text = LenientString(from: decoder).value {
                self = .text(text)
            } else if let named = try? NamedTag(from: decoder), let name = named.name?.value {
                self = .text(name)
            } else {
                self = .none
            }
        }
    }

    init(from decoder: any Decoder) {
        if let text = LenientString(from: decoder).value {
            value = Self.split(text)
        } else if let elements = try? [Element](from: decoder) {
            value = elements.flatMap { element -> [String] in
                if case .text(let text) = element { return Self.split(text) }
                return []
            }
        } else {
            value = []
        }
    }

    private static func split(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: [" ", "\t", "\n", "\r"]) }.filter { !$0.isEmpty }
    }
}

import Foundation
import TOMLKit

extension Theme {
    /// Reads a theme file.
    ///
    /// ```toml
    /// [roles]
    /// selected_row = { fg = "black", bg = "cyan", bold = true }
    /// note = { fg = 221 }
    /// ```
    ///
    /// Colours are "default", ANSI names ("red", "bright-red", …) or numbers 0–255; attributes
    /// are `bold`, `dim`, `italic`, `underline` and `reverse`. Roles left out keep the style
    /// of `fallback`.
    public static func load(contentsOf path: String, fallback: Theme = .builtInDefault) throws(ThemeError) -> Theme {
        let text: String
        do { text = try TOMLDocument.read(path) } catch { throw ThemeError(error, file: path) }
        return try parse(text, file: path, fallback: fallback)
    }

    /// Parses theme TOML; `file` names the source in errors.
    public static func parse(_ toml: String, file: String, fallback: Theme = .builtInDefault) throws(ThemeError) -> Theme {
        let table: TOMLTable
        do { table = try TOMLDocument.parse(toml) } catch { throw ThemeError(error, file: file) }
        for key in table.keys where key != "roles" {
            throw .invalidStyle(role: key, detail: "unexpected top-level key; put roles under [roles]", file: file)
        }
        guard let roles = table["roles"]?.table else { throw .missingRoles(file: file) }
        var theme = fallback
        for name in roles.keys.sorted() {
            guard let role = ThemeRole(rawValue: name) else { throw .unknownRole(name, file: file) }
            guard let value = roles[name]?.table else {
                throw .invalidStyle(role: name, detail: "expected a table like { fg = \"red\", bold = true }", file: file)
            }
            theme[role] = try style(from: value, role: name, file: file)
        }
        return theme
    }

    private static func style(from table: TOMLTable, role: String, file: String) throws(ThemeError) -> CellStyle {
        var style = CellStyle()
        for key in table.keys {
            guard let value = table[key] else { continue }
            switch key {
            case "fg", "bg":
                guard let color = color(from: value) else {
                    throw .invalidStyle(
                        role: role,
                        detail: "\(key) = \(value.debugDescription) is not a colour (\"default\", a name like \"bright-red\", or 0–255)",
                        file: file)
                }
                if key == "fg" { style.foreground = color } else { style.background = color }
            default:
                guard let attribute = attributeNames[key] else {
                    throw .invalidStyle(
                        role: role,
                        detail: "unknown key \"\(key)\" (use fg, bg, bold, dim, italic, underline, reverse)",
                        file: file)
                }
                guard let on = value.bool else {
                    throw .invalidStyle(role: role, detail: "\(key) must be true or false", file: file)
                }
                if on { style.attributes.insert(attribute) }
            }
        }
        return style
    }

    private static func color(from value: TOMLValueConvertible) -> TerminalColor? {
        if let number = value.int {
            guard (0...255).contains(number) else { return nil }
            return .indexed(UInt8(number))
        }
        guard let name = value.string?.lowercased() else { return nil }
        if name == "default" { return .default }
        var base = name
        var offset: UInt8 = 0
        if name.hasPrefix("bright-") {
            base = String(name.dropFirst("bright-".count))
            offset = 8
        }
        guard let index = colorNames.firstIndex(of: base) else { return nil }
        return .ansi(UInt8(index) + offset)
    }

    private static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    private static let attributeNames: [String: TextAttributes] = [
        "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline, "reverse": .reverse,
    ]
}

import Foundation
import XCTest
@testable import TickettyUI

final class ThemeTests: XCTestCase {
    /// /work/main/themes, found from this file's place in the repository.
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("themes")

    private func path(_ name: String) -> String { Self.themesDirectory.appendingPathComponent(name).path }

    func testTheBuiltInDefaultEqualsDefaultToml() throws {
        // Parse over a blank fallback so a role missing from the file shows up as a difference.
        let parsed = try Theme.load(contentsOf: path("default.toml"), fallback: Theme(uniform: CellStyle(foreground: .ansi(13))))
        for role in ThemeRole.allCases {
            XCTAssertEqual(parsed[role], Theme.builtInDefault[role], "role \(role.rawValue)")
        }
    }

    func testEveryShippedThemeParses() throws {
        for name in ["default.toml", "light.toml", "high-contrast.toml", "monochrome.toml"] {
            XCTAssertNoThrow(try Theme.load(contentsOf: path(name)), name)
        }
    }

    func testMonochromeUsesAttributesOnly() throws {
        let theme = try Theme.load(contentsOf: path("monochrome.toml"), fallback: Theme(uniform: .plain))
        for role in ThemeRole.allCases {
            XCTAssertEqual(theme[role].foreground, .default, role.rawValue)
            XCTAssertEqual(theme[role].background, .default, role.rawValue)
        }
        XCTAssertTrue(theme[.selectedRow].attributes.contains(.reverse))
    }

    func testColoursByNameNumberAndDefault() throws {
        let theme = try Theme.parse("""
            [roles]
            selected_row = { fg = "black", bg = "bright-cyan", bold = true, reverse = false }
            note = { fg = 221, bg = "default", italic = true }
            """, file: "t.toml")
        XCTAssertEqual(theme[.selectedRow], CellStyle(foreground: .ansi(0), background: .ansi(14), attributes: .bold))
        XCTAssertEqual(theme[.note], CellStyle(foreground: .indexed(221), background: .default, attributes: .italic))
        XCTAssertEqual(theme[.event], Theme.builtInDefault[.event], "missing roles fall back")
    }

    func testUnknownRolesAreRejectedNamingRoleAndFile() {
        XCTAssertThrowsError(try Theme.parse("[roles]\nselcted_row = { bold = true }", file: "mine.toml")) { error in
            XCTAssertEqual(error as? ThemeError, .unknownRole("selcted_row", file: "mine.toml"))
            XCTAssertTrue("\(error)".contains("mine.toml"))
            XCTAssertTrue("\(error)".contains("selcted_row"))
        }
    }

    func testBadValuesAreRejected() {
        XCTAssertThrowsError(try Theme.parse("[roles]\nnote = { fg = \"purpleish\" }", file: "a.toml"))
        XCTAssertThrowsError(try Theme.parse("[roles]\nnote = { fg = 300 }", file: "a.toml"))
        XCTAssertThrowsError(try Theme.parse("[roles]\nnote = { blink = true }", file: "a.toml"))
        XCTAssertThrowsError(try Theme.parse("[roles]\nnote = \"red\"", file: "a.toml"))
        XCTAssertThrowsError(try Theme.parse("[roles\n", file: "a.toml")) { error in
            guard case .syntax(let file, _, _, _)? = error as? ThemeError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "a.toml")
        }
        XCTAssertThrowsError(try Theme.load(contentsOf: "/nonexistent/theme.toml")) { error in
            guard case .unreadable? = error as? ThemeError else { return XCTFail("\(error)") }
        }
    }
}

extension HTML2TextFilter {
    /// Reads the arguments of `ticketty html2text` without swift-argument-parser, or returns
    /// `nil` so that the full parser handles them.
    ///
    /// The argument parser finds a command's options by reflection, which in a binary this size
    /// costs more than rendering a typical message; a mail filter pays that on every message.
    /// Only the plain forms are taken here (`--width N`, `--width=N`, `--charset X`,
    /// `--charset=X`, `--`, `-` and file names). Anything else — `--help`, an unknown option, a
    /// width that is not a positive number — returns `nil`, and the full parser answers with its
    /// usual help or error, so both paths accept and refuse the same things.
    static func parsingPlainArguments(_ arguments: [String], environmentWidth: () -> Int = defaultWidth) -> HTML2TextFilter? {
        var width: Int?
        var charset: String?
        var files: [String] = []
        var onlyFiles = false
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if onlyFiles || argument == "-" || !argument.hasPrefix("-") {
                files.append(argument)
                continue
            }
            if argument == "--" {
                onlyFiles = true
                continue
            }
            let (name, inlineValue) = split(argument)
            guard name == "--width" || name == "--charset" else { return nil }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.endIndex else { return nil }
                value = arguments[index]
                index += 1
            }
            if name == "--width" {
                guard width == nil, let number = Int(value), number >= 1 else { return nil }
                width = number
            } else {
                guard charset == nil else { return nil }
                charset = value
            }
        }
        return HTML2TextFilter(width: width ?? environmentWidth(), charset: charset, files: files)
    }

    /// "--width=72" as ("--width", "72"); "--width" as ("--width", nil).
    private static func split(_ argument: String) -> (name: String, value: String?) {
        guard let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }
}

/// One unit of input as `wget_wch` returns it, before it is decoded into keys.
///
/// Keeping this a plain value lets ``KeyDecoder`` be tested without a terminal.
enum RawInput: Hashable, Sendable {
    /// A character code point (`wget_wch` returned `OK`).
    case character(UInt32)
    /// A function key code (`wget_wch` returned `KEY_CODE_YES`), such as `KEY_UP`.
    case keyCode(Int32)
}

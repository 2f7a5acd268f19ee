import DubaoCore

extension MetadataOrigin {
    /// What the title bar says of a page's metadata that was not in its file name (`日期、版次据版面文字`);
    /// nil when the file name gave all that is known.
    public var fromHeaderNote: String? {
        let fields = [("报名", paper), ("日期", date), ("版次", page)].filter { $0.1 == .header }.map(\.0)
        return fields.isEmpty ? nil : fields.joined(separator: "、") + "据版面文字"
    }
}

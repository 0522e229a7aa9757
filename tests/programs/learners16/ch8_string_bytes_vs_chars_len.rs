// len() counts bytes: a word with accents and an emoji compared by bytes and chars, and a reversed string.
fn main() {
    for w in ["hello", "héllo", "日本", "a😀b"] {
        let reversed: String = w.chars().rev().collect();
        println!("{} bytes={} chars={} rev={}", w, w.len(), w.chars().count(), reversed);
    }
}
// expect: hello bytes=5 chars=5 rev=olleh
// expect: héllo bytes=6 chars=5 rev=olléh
// expect: 日本 bytes=6 chars=2 rev=本日
// expect: a😀b bytes=6 chars=3 rev=b😀a

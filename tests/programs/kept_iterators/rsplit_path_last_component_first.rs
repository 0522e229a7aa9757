// A kept `rsplit('/')` hands out the path's last component first; `{:?}` shows std's RSplit moving `end` and `finger_back` down.
fn main() {
    let path = String::from("usr/local/bin/rustc");
    let mut parts = path.rsplit('/');
    let file = parts.next().unwrap();
    println!("{} {:?}", file, parts);
    let dirs: Vec<&str> = parts.collect();
    println!("{:?}", dirs);
}
// expect: rustc RSplit(SplitInternal { start: 0, end: 13, matcher: CharSearcher { haystack: "usr/local/bin/rustc", finger: 0, finger_back: 13, needle: '/', utf8_size: 1, utf8_encoded: [47, 0, 0, 0] }, allow_trailing_empty: true, finished: false })
// expect: ["bin", "local", "usr"]

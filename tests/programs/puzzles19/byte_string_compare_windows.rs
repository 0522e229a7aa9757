// A byte string literal b"XMAS" is a &[u8; 4]: compared with a window of bytes, indexed, measured and printed.
fn main() {
    let line = "XMASAMXMAS".as_bytes();
    let word = b"XMAS";
    let forward = line.windows(word.len()).filter(|w| *w == word).count();
    let backward = line.windows(4).filter(|w| w.iter().rev().eq(word.iter())).count();
    println!("{forward} {backward}");
    println!("{} {} {:?}", word.len(), word[1] as char, word);
    println!("{:?}", b"a\n\x41\\");
    println!("{:?}", br"a\n");
    let empty: &[u8] = b"";
    println!("{:?} {}", empty, empty.is_empty());
}
// expect: 2 1
// expect: 4 M [88, 77, 65, 83]
// expect: [97, 10, 65, 92]
// expect: [97, 92, 110]
// expect: [] true

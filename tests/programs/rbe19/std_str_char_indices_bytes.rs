// Walking a &str by chars, char_indices and bytes; a multi-byte char shows different counts.
fn main() {
    let s = "héllo";
    println!("{} bytes, {} chars", s.len(), s.chars().count());
    for (i, c) in s.char_indices() {
        print!("{}:{} ", i, c);
    }
    println!();
    let bytes: Vec<u8> = s.bytes().collect();
    println!("{:?}", bytes);
    let upper: String = s.chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{}", upper);
    println!("{:?}", s.find('l'));
    println!("{:?}", s.split('l').collect::<Vec<_>>());
}
// expect: 6 bytes, 5 chars
// expect: 0:h 1:é 3:l 4:l 5:o 
// expect: [104, 195, 169, 108, 108, 111]
// expect: HéLLO
// expect: Some(3)
// expect: ["hé", "", "o"]

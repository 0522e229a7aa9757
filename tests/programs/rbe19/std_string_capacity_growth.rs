// A String growing by push_str: its length and capacity printed as it reallocates.
fn main() {
    let mut s = String::new();
    println!("{} {}", s.len(), s.capacity());
    for word in ["hello", " ", "world", ", this is longer", "!"] {
        s.push_str(word);
        println!("{} {} {}", s, s.len(), s.capacity());
    }
    let t = s.clone();
    println!("{}", t.capacity());
    s.shrink_to_fit();
    println!("{}", s.capacity());
}
// expect: 0 0
// expect: hello 5 8
// expect: hello  6 8
// expect: hello world 11 16
// expect: hello world, this is longer 27 32
// expect: hello world, this is longer! 28 32
// expect: 28
// expect: 28

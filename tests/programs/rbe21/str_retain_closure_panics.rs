// A closure panicking inside String::retain: the panic is the closure's, at its line.
fn main() {
    let mut s = String::from("abc");
    s.retain(|c| {
        if c == 'c' { panic!("no c"); }
        true
    });
    println!("{s}");
}
// panic: no c
// panic-at: 5:23

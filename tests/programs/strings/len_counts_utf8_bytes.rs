// `len()` counts UTF-8 bytes, not characters: é takes 2 bytes and 🦀 takes 4.
fn main() {
    let s = String::from("héllo");
    println!("{} {}", s, s.len());
    let mut t = String::new();
    t.push('é');
    println!("{}", t.len());
    t.push('🦀');
    println!("{} {}", t, t.len());
}
// expect: héllo 6
// expect: 2
// expect: é🦀 6

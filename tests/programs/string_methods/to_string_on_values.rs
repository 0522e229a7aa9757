// `to_string` turns literals and numbers into new Strings.
fn main() {
    let a = "literal".to_string();
    let b = 42.to_string();
    let c = 3.5.to_string();
    let d = 'x'.to_string();
    let e = true.to_string();
    println!("{} {} {} {} {}", a, b, c, d, e);
    println!("{} {}", b.len(), b.capacity());
}
// expect: literal 42 3.5 x true
// expect: 2 10

// `*b` reads the value inside a Box; arithmetic needs the deref.
fn main() {
    let b = Box::new(5);
    let x = *b + 1;
    println!("b = {}, x = {}", b, x);
    let mut m = Box::new(10);
    *m += 5;
    println!("m = {}", m);
}
// expect: b = 5, x = 6
// expect: m = 15

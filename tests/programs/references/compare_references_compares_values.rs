// `==` on references compares the values they point to.
fn main() {
    let a = String::from("same");
    let b = String::from("same");
    let ra = &a;
    let rb = &b;
    println!("{}", ra == rb);
    let x = 3;
    let y = 3;
    println!("{}", &x == &y);
}
// expect: true
// expect: true

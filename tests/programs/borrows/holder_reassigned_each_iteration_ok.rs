// A reference variable given a new `&mut` in each iteration lets go of the old one: no conflict across iterations.
fn main() {
    let mut a = String::from("a");
    let mut b = String::from("b");
    let mut last = &mut a;
    for _ in 0..2 {
        last = &mut b;
        last.push('!');
    }
    last.push('?');
    println!("{} {}", a, b);
}
// expect: a b!!?

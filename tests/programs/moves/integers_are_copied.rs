// Integers are Copy: `let b = a;` copies the value and `a` stays usable.
fn main() {
    let a = 5;
    let b = a;
    println!("{} {}", a, b);
    let x = 1.5;
    let y = x;
    let c = 'c';
    let d = c;
    println!("{} {} {} {}", x, y, c, d);
}
// expect: 5 5
// expect: 1.5 1.5 c c

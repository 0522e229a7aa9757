// Integers, floats, bools and chars are Copy: assigning or passing them leaves the original usable.
fn show(n: i32, f: f64, b: bool, c: char) {
    println!("{} {} {} {}", n, f, b, c);
}

fn main() {
    let n = 5;
    let f = 1.5;
    let b = true;
    let c = 'z';
    let m = n;
    show(n, f, b, c);
    println!("{} {} {} {} {}", n, m, f, b, c);
}
// expect: 5 1.5 true z
// expect: 5 5 1.5 true z

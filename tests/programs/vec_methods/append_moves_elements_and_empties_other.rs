// `a.append(&mut b)` moves b's elements to the end of a (one reservation) and leaves b empty with its buffer kept.
fn main() {
    let mut a = vec![String::from("x")];
    let mut b = vec![String::from("y"), String::from("z")];
    a.append(&mut b);
    println!("{:?} {:?} {} {}", a, b, a.capacity(), b.capacity());
    b.push(String::from("again"));
    println!("{:?}", b);
}
// expect: ["x", "y", "z"] [] 4 2
// expect: ["again"]

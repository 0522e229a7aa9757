// Destructuring an array with let [a, b, c] and a slice pattern with a rest binding in a let-else.
fn main() {
    let [a, b, c] = [10, 20, 30];
    println!("{} {} {}", a, b, c);
    let v = vec![1, 2, 3, 4];
    let [first, .., last] = v[..] else {
        panic!("too short");
    };
    println!("{} {}", first, last);
    let [x, rest @ ..] = &v[..] else { return };
    println!("{} {:?}", x, rest);
}
// expect: 10 20 30
// expect: 1 4
// expect: 1 [2, 3, 4]
